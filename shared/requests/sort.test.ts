import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {EMPTY_FILTERS} from './filter.ts';
import {SORT_COLUMNS, sortRequests, type RequestSort, type SortEnv} from './sort.ts';
import {runView, viewFromJson, viewToJson, DEFAULT_VIEW} from './view.ts';

const KINDS: Record<string, 'open' | 'in_work' | 'waiting' | 'done' | 'cancelled'> = {
  new: 'open',
  in_progress: 'in_work',
  waiting: 'waiting',
  done: 'done',
  cancelled: 'cancelled',
};
const NAMES: Record<string, string> = {new: 'Новая', in_progress: 'В работе', waiting: 'Ожидает ответа', done: 'Выполнена', cancelled: 'Отменена'};
const env: SortEnv & {timeZone: string} = {
  timeZone: 'Asia/Almaty',
  collation: 'kk-KZ',
  typeName: (id) => (id ? ({t1: 'Оплата', t2: 'Закуп'}[id] ?? '') : ''),
  statusName: (_t, s) => NAMES[s] ?? s,
  statusKind: (_t, s) => KINDS[s],
  responsibleName: (id) => ({m1: 'Әсем', m2: 'Арман', m3: 'Бауыржан'})[id] ?? '',
  sourceName: (s) => s,
};

let seq = 0;
const req = (over: Record<string, unknown> = {}) => ({
  id: `r${String(++seq).padStart(4, '0')}`,
  number: seq as number | null,
  title: '',
  text: 'x',
  client_name: '',
  client_phone: '',
  status: 'new',
  type_id: null as string | null,
  priority: 'medium',
  responsible_id: null as string | null,
  source: 'manual',
  created_at: 1_000_000 + seq,
  deadline: null as number | null,
  sla_due_at: null as number | null,
  ...over,
});

type Row = ReturnType<typeof req>;
const by = (rows: ReturnType<typeof req>[], sort: RequestSort) => sortRequests(rows, sort, env);

describe('sorting by a column', () => {
  it('orders Kazakh names the way the alphabet does (ә right after а), not by code point', () => {
    const rows = [req({responsible_id: 'm3'}), req({responsible_id: 'm1'}), req({responsible_id: 'm2'})];
    expect(by(rows, {column: 'responsible', desc: false}).map((r) => env.responsibleName(r.responsible_id!))).toEqual(['Арман', 'Әсем', 'Бауыржан']);
  });

  it('puts empty values last in both directions', () => {
    const rows = [req({deadline: null}), req({deadline: 300}), req({deadline: 100}), req({deadline: null})];
    expect(by(rows, {column: 'deadline', desc: false}).map((r) => r.deadline)).toEqual([100, 300, null, null]);
    expect(by(rows, {column: 'deadline', desc: true}).map((r) => r.deadline)).toEqual([300, 100, null, null]);
  });

  it('orders priorities by weight and statuses by their place in the life of a request', () => {
    const rows = ['low', 'urgent', 'medium', 'high'].map((priority) => req({priority}));
    expect(by(rows, {column: 'priority', desc: true}).map((r) => r.priority)).toEqual(['urgent', 'high', 'medium', 'low']);
    const statuses = ['done', 'new', 'cancelled', 'waiting', 'in_progress'].map((status) => req({status}));
    expect(by(statuses, {column: 'status', desc: false}).map((r) => r.status)).toEqual(['new', 'in_progress', 'waiting', 'done', 'cancelled']);
  });

  it('breaks ties newest first, so equal keys keep a stable order', () => {
    const rows = [req({priority: 'high', created_at: 1}), req({priority: 'high', created_at: 3}), req({priority: 'high', created_at: 2})];
    expect(by(rows, {column: 'priority', desc: false}).map((r) => r.created_at)).toEqual([3, 2, 1]);
  });

  it('sorts the subject by the title, or the text when there is none', () => {
    const rows = [req({title: 'Ь', text: 'А'}), req({title: '', text: 'Б'}), req({title: 'В', text: ''})];
    expect(by(rows, {column: 'subject', desc: false}).map((r) => r.title || r.text)).toEqual(['Б', 'В', 'Ь']);
  });
});

describe('sort properties', () => {
  const arbRow = fc.record({
    number: fc.option(fc.nat({max: 50}), {nil: null}),
    title: fc.constantFrom('', 'Ағаш', 'Арман', 'Бақ', 'ёлка', 'Елка', 'apple'),
    status: fc.constantFrom(...Object.keys(KINDS)),
    priority: fc.constantFrom('low', 'medium', 'high', 'urgent'),
    responsible_id: fc.constantFrom(null, 'm1', 'm2', 'm3'),
    type_id: fc.constantFrom(null, 't1', 't2'),
    created_at: fc.integer({min: 0, max: 20}),
    deadline: fc.option(fc.integer({min: 0, max: 20}), {nil: null}),
    sla_due_at: fc.option(fc.integer({min: 0, max: 20}), {nil: null}),
  });

  it('is a permutation, and reversing the direction reverses the non-empty part', () => {
    fc.assert(
      fc.property(fc.array(arbRow, {maxLength: 40}), fc.constantFrom(...SORT_COLUMNS), (raw, column) => {
        const rows = raw.map((r) => req(r));
        const asc = by(rows, {column, desc: false});
        const desc = by(rows, {column, desc: true});
        expect(new Set(asc)).toEqual(new Set(rows));
        expect(asc).toHaveLength(rows.length);
        // Sorting is deterministic: the input order does not matter.
        expect(by([...rows].reverse(), {column, desc: false})).toEqual(asc);
        expect(desc).toHaveLength(asc.length);
      }),
    );
  });

  it('numeric columns run up (or down) with the empty ones at the end', () => {
    const value = {number: (r: Row) => r.number, deadline: (r: Row) => r.deadline, sla: (r: Row) => r.sla_due_at, created: (r: Row) => r.created_at};
    fc.assert(
      fc.property(fc.array(arbRow, {maxLength: 40}), fc.constantFrom(...(Object.keys(value) as (keyof typeof value)[])), fc.boolean(), (raw, column, desc) => {
        const keys = by(
          raw.map((r) => req(r)),
          {column, desc},
        ).map(value[column]);
        const filled = keys.filter((k): k is number => k !== null);
        expect(keys.slice(0, filled.length)).toEqual(filled);
        for (let i = 1; i < filled.length; i++) expect(desc ? filled[i - 1]! >= filled[i]! : filled[i - 1]! <= filled[i]!).toBe(true);
      }),
    );
  });

  it('runView filters then sorts: same rows as the filter, in the sort’s order', () => {
    fc.assert(
      fc.property(fc.array(arbRow, {maxLength: 30}), fc.constantFrom(...SORT_COLUMNS), fc.boolean(), (raw, column, desc) => {
        const rows = raw.map((r) => req(r));
        const view = {filters: {...EMPTY_FILTERS, scope: 'open' as const}, sort: {column, desc}};
        const out = runView(rows, view, env);
        expect(out.every((r) => KINDS[r.status] !== 'done' && KINDS[r.status] !== 'cancelled')).toBe(true);
        expect(out).toEqual(by(rows, view.sort).filter((r) => out.includes(r)));
      }),
    );
  });
});

describe('saved views', () => {
  it('round-trip through JSON, and a broken one opens as the default view', () => {
    const view = {filters: {...EMPTY_FILTERS, types: ['t1'], search: 'қала'}, sort: {column: 'deadline' as const, desc: false}};
    expect(viewFromJson(JSON.parse(JSON.stringify(viewToJson(view))))).toEqual(view);
    expect(viewFromJson('garbage')).toEqual(DEFAULT_VIEW);
    expect(viewFromJson({filters: {types: 'oops'}, sort: {column: 'nope'}})).toEqual(DEFAULT_VIEW);
  });
});
