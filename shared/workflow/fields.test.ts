import {describe, expect, it} from 'vitest';
import {validateCustomFields, type FieldDef} from './fields.ts';

const def = (key: string, kind: FieldDef['kind'], extra: Partial<FieldDef> = {}): FieldDef => ({
  key,
  kind,
  label: {ru: key, kk: key, en: key},
  options: [{key: 'a', label: {ru: 'А', kk: 'А', en: 'A'}}],
  required: false,
  ...extra,
});

describe('custom field values', () => {
  const defs = [def('amount', 'money'), def('due', 'date'), def('kind', 'select'), def('tags', 'multi_select'), def('site', 'link'), def('n', 'number')];

  it('accepts values of the right shape', () => {
    expect(validateCustomFields(defs, {amount: 150_000, due: '2026-12-01', kind: 'a', tags: ['a'], site: 'https://dot.kz', n: 1.5}, [])).toEqual([]);
  });

  it('names each bad value', () => {
    expect(
      validateCustomFields(defs, {amount: 10.5, due: '01.12.2026', kind: 'z', site: 'dot.kz', n: 'x', other: 1}, []).map((i) => [i.field, i.code]),
    ).toEqual([
      ['fields.amount', 'v.money'],
      ['fields.due', 'v.date'],
      ['fields.kind', 'v.invalid'],
      ['fields.site', 'v.link'],
      ['fields.n', 'v.number'],
      ['fields.other', 'v.invalid'],
    ]);
  });

  it('requires what is required now', () => {
    expect(validateCustomFields(defs, {amount: 0}, [def('due', 'date')])).toEqual([{field: 'fields.due', code: 'v.required'}]);
  });
});
