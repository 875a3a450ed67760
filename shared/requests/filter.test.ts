import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {activeFilterCount, dayStart, EMPTY_FILTERS, filterRequests, NONE, parseFilters, periodBounds, type FilterEnv, type RequestFilters} from './filter.ts';

const ALMATY = 'Asia/Almaty';
const HOUR = 3_600_000;
const env: FilterEnv = {
  timeZone: ALMATY,
  statusKind: (_type, status) => ({new: 'open', in_progress: 'in_work', waiting: 'waiting', done: 'done', cancelled: 'cancelled'})[status] as never,
};

let seq = 0;
const req = (over: Record<string, unknown> = {}) => ({
  id: `r${++seq}`,
  number: seq,
  title: '',
  text: 'Текст',
  client_name: '',
  client_phone: '',
  status: 'new',
  type_id: null as string | null,
  priority: 'medium',
  responsible_id: null as string | null,
  source: 'manual',
  created_at: Date.UTC(2026, 2, 10, 6),
  ...over,
});
const f = (over: Partial<RequestFilters>): RequestFilters => ({...EMPTY_FILTERS, scope: 'all', ...over});

describe('days in the company’s time zone', () => {
  it('a day in Almaty (UTC+5) starts at 19:00 UTC the day before', () => {
    expect(dayStart('2026-03-01', ALMATY)).toBe(Date.UTC(2026, 1, 28, 19));
  });

  it('the period includes its whole last day and nothing after', () => {
    const {from, to} = periodBounds('2026-03-01', '2026-03-01', ALMATY);
    expect(to - from).toBe(24 * HOUR);
    const rows = [
      req({created_at: Date.UTC(2026, 1, 28, 18, 59)}), // 23:59 on Feb 28 in Almaty
      req({created_at: Date.UTC(2026, 1, 28, 19)}), // 00:00 on Mar 1
      req({created_at: Date.UTC(2026, 2, 1, 18, 59)}), // 23:59 on Mar 1
      req({created_at: Date.UTC(2026, 2, 1, 19)}), // 00:00 on Mar 2
    ];
    expect(filterRequests(rows, f({createdFrom: '2026-03-01', createdTo: '2026-03-01'}), env).map((r) => r.id)).toEqual([rows[1]!.id, rows[2]!.id]);
    expect(filterRequests(rows, f({createdFrom: '2026-03-02'}), env)).toHaveLength(1);
    expect(filterRequests(rows, f({createdTo: '2026-02-28'}), env)).toHaveLength(1);
  });

  it('respects daylight saving where a zone has it', () => {
    // Berlin switched to summer time on 2026-03-29: that day is 23 hours long.
    const {from, to} = periodBounds('2026-03-29', '2026-03-29', 'Europe/Berlin');
    expect(to - from).toBe(23 * HOUR);
  });
});

describe('filters', () => {
  const rows = [
    req({status: 'new', priority: 'urgent', type_id: 't1', responsible_id: 'm1', source: 'qr-table'}),
    req({status: 'in_progress', priority: 'low', type_id: 't2', source: 'form'}),
    req({status: 'done', priority: 'high', type_id: null, responsible_id: 'm2', source: 'manual'}),
    req({status: 'cancelled', priority: 'urgent', type_id: 't1', source: 'api'}),
  ];
  const ids = (filters: RequestFilters) => filterRequests(rows, filters, env).map((r) => rows.indexOf(r));

  it('"open" hides the done and cancelled kinds; "all" shows them', () => {
    expect(ids({...EMPTY_FILTERS})).toEqual([0, 1]);
    expect(ids(f({}))).toEqual([0, 1, 2, 3]);
  });

  it('filters by type, status, priority, responsible and source, "none" included', () => {
    expect(ids(f({types: ['t1']}))).toEqual([0, 3]);
    expect(ids(f({types: [NONE]}))).toEqual([2]);
    expect(ids(f({statuses: ['done', 'new']}))).toEqual([0, 2]);
    expect(ids(f({priorities: ['urgent']}))).toEqual([0, 3]);
    expect(ids(f({responsible: [NONE]}))).toEqual([1, 3]);
    expect(ids(f({responsible: ['m1', 'm2']}))).toEqual([0, 2]);
    expect(ids(f({sources: ['qr']}))).toEqual([0]);
    expect(ids(f({sources: ['form', 'api']}))).toEqual([1, 3]);
    expect(ids(f({types: ['t1'], priorities: ['urgent'], scope: 'open'}))).toEqual([0]);
  });

  it('counts the filters that are set', () => {
    expect(activeFilterCount(EMPTY_FILTERS)).toBe(0);
    expect(activeFilterCount(f({types: ['t1'], createdFrom: '2026-01-01', createdTo: '2026-01-31', search: 'x'}))).toBe(3);
  });

  it('reads a stored filter leniently: what does not parse is not filtered on', () => {
    expect(parseFilters(null)).toEqual(EMPTY_FILTERS);
    expect(parseFilters({priorities: ['urgent', 'nope'], createdFrom: 'yesterday', types: ['t1'], scope: 'all'})).toEqual({
      ...EMPTY_FILTERS,
      scope: 'all',
      types: ['t1'],
    });
  });
});

describe('filter properties', () => {
  const arbRow = fc.record({
    status: fc.constantFrom('new', 'in_progress', 'waiting', 'done', 'cancelled'),
    priority: fc.constantFrom('low', 'medium', 'high', 'urgent'),
    type_id: fc.constantFrom(null, 't1', 't2'),
    responsible_id: fc.constantFrom(null, 'm1', 'm2'),
    source: fc.constantFrom('manual', 'form', 'api', 'qr-door', 'vk'),
    created_at: fc.integer({min: Date.UTC(2026, 0, 1), max: Date.UTC(2026, 11, 31)}),
  });
  const arbFilters = fc.record({
    scope: fc.constantFrom('open' as const, 'all' as const),
    statuses: fc.subarray(['new', 'in_progress', 'waiting', 'done', 'cancelled']),
    types: fc.subarray([NONE, 't1', 't2']),
    priorities: fc.subarray(['low', 'medium', 'high', 'urgent'] as const),
    responsible: fc.subarray([NONE, 'm1', 'm2']),
    sources: fc.subarray(['manual', 'form', 'api', 'qr', 'other'] as const),
    createdFrom: fc.constantFrom('', '2026-03-01', '2026-06-15'),
    createdTo: fc.constantFrom('', '2026-06-30', '2026-12-31'),
    search: fc.constant(''),
  });

  it('each filter only narrows: the rows of several filters are those every one of them keeps', () => {
    fc.assert(
      fc.property(fc.array(arbRow, {maxLength: 40}), arbFilters, (raw, filters) => {
        const rows = raw.map((r) => req(r));
        const together = new Set(filterRequests(rows, filters, env));
        const singles: RequestFilters[] = [
          {...EMPTY_FILTERS, scope: filters.scope},
          f({statuses: filters.statuses}),
          f({types: filters.types}),
          f({priorities: filters.priorities}),
          f({responsible: filters.responsible}),
          f({sources: filters.sources}),
          f({createdFrom: filters.createdFrom, createdTo: filters.createdTo}),
        ];
        const kept = singles.map((s) => new Set(filterRequests(rows, s, env)));
        for (const r of rows) expect(together.has(r)).toBe(kept.every((k) => k.has(r)));
      }),
    );
  });

  it('splitting a period in two adjacent periods loses and doubles nothing', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({min: Date.UTC(2026, 0, 1), max: Date.UTC(2026, 1, 28)}), {maxLength: 50}),
        fc.integer({min: 2, max: 27}),
        (times, split) => {
          const rows = times.map((t) => req({created_at: t}));
          const mid = `2026-02-${String(split).padStart(2, '0')}`;
          const next = `2026-02-${String(split + 1).padStart(2, '0')}`;
          const whole = filterRequests(rows, f({createdFrom: '2026-01-01', createdTo: '2026-02-28'}), env);
          const a = filterRequests(rows, f({createdFrom: '2026-01-01', createdTo: mid}), env);
          const b = filterRequests(rows, f({createdFrom: next, createdTo: '2026-02-28'}), env);
          expect(a.length + b.length).toBe(whole.length);
          expect(new Set([...a, ...b]).size).toBe(whole.length);
        },
      ),
    );
  });
});
