import {describe, expect, it} from 'vitest';
import {v} from './args.ts';

const check = (schema: {'~standard': {validate: (x: unknown) => unknown}}, x: unknown) =>
  schema['~standard'].validate(x) as {value?: unknown; issues?: {message: string; path: PropertyKey[]}[]};

describe('the arguments of a read', () => {
  const card = v.object({id: v.string().max(5), since: v.number().int().min(0).optional()});

  it('takes what fits and keeps only the keys it names', () => {
    expect(check(card, {id: 'abc', since: 3, extra: 'x'})).toEqual({value: {id: 'abc', since: 3}});
    expect(check(card, {id: 'abc'})).toEqual({value: {id: 'abc'}});
  });

  it('refuses, with where and why, what does not fit', () => {
    for (const bad of [undefined, null, 'x', [], {}, {id: 1}, {id: 'toolong'}, {id: 'a', since: -1}, {id: 'a', since: 1.5}, {id: 'a', since: NaN}])
      expect(check(card, bad).issues?.length, JSON.stringify(bad)).toBeGreaterThan(0);
    expect(check(card, {id: 'toolong'}).issues).toEqual([{message: 'longer than 5', path: ['id']}]);
  });

  it('checks patterns, arrays and optional objects', () => {
    const day = v.object({day: v.string().regex(/^\d{4}-\d{2}-\d{2}$/)});
    expect(check(day, {day: '2026-01-02'}).issues).toBeUndefined();
    expect(check(day, {day: '2026-1-2'}).issues?.[0]?.path).toEqual(['day']);
    const ids = v.object({ids: v.array(v.string().max(3)).max(2)});
    expect(check(ids, {ids: ['a', 'b']})).toEqual({value: {ids: ['a', 'b']}});
    expect(check(ids, {ids: ['a', 'b', 'c']}).issues).toHaveLength(1);
    expect(check(ids, {ids: ['a', 'long']}).issues?.[0]?.path).toEqual(['ids', 1]);
    const maybe = v.object({p: v.string().optional()}).optional();
    expect(check(maybe, undefined)).toEqual({value: undefined});
    expect(check(maybe, {p: 1}).issues).toHaveLength(1);
  });
});
