// Every figure of the requests section against a brute-force count over random
// rows (testing/brute.ts), plus one day an owner can check by hand.
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {addDays, localToUtc} from '../../booking/zone.ts';
import {SECTIONS, type RequestsSection} from '../types.ts';
import {computeDashboard} from './index.ts';
import {randomCase, type AnalyticsCase} from './testing/arbitrary.ts';
import {durationRef, inPeriodOf, kindRef, set, sortedBy, tally} from './testing/brute.ts';
import {dayOf} from '../../booking/zone.ts';

function expected(c: AnalyticsCase): RequestsSection {
  const {input, query: q, now} = c;
  const inP = inPeriodOf(c);
  const rows = input.requests.filter(
    (r) =>
      inP(r.created_at) &&
      (set(q, 'branch') === null || r.department === set(q, 'branch')) &&
      (set(q, 'typeId') === null || r.type_id === set(q, 'typeId')) &&
      (set(q, 'responsibleId') === null || r.responsible_id === set(q, 'responsibleId')),
  );
  const kind = (r: (typeof rows)[number]) => kindRef(c, r.type_id, r.status);
  const open = (r: (typeof rows)[number]) => ['open', 'in_work', 'waiting'].includes(kind(r));
  const late = (r: (typeof rows)[number]) => open(r) && [r.sla_due_at, r.deadline].some((d) => d !== null && d !== undefined && now > d);
  const stagesOf = (id: string) => input.stages.filter((s) => s.request_id === id);
  const group = (keyOf: (r: (typeof rows)[number]) => string) =>
    sortedBy(
      [...new Set(rows.map(keyOf))].map((key) => {
        const of = rows.filter((r) => keyOf(r) === key);
        return {key, total: of.length, open: of.filter(open).length, overdue: of.filter(late).length};
      }),
      ['total'],
      'key',
    );
  const days: string[] = [];
  for (let d = q.from; d <= q.to; d = addDays(d, 1)) days.push(d);
  const processing = rows.flatMap((r) => {
    const entered = stagesOf(r.id).filter((s) => s.status === r.status);
    return kind(r) === 'done' && entered.length ? [Math.max(...entered.map((s) => s.entered_at)) - r.created_at] : [];
  });
  const allStages = rows.flatMap((r) => stagesOf(r.id));
  return {
    total: rows.length,
    byDay: days.map((day) => ({day, count: rows.filter((r) => dayOf(r.created_at, input.timeZone) === day).length})),
    bySource: tally(rows.map((r) => r.source)),
    byKind: ['open', 'in_work', 'waiting', 'done', 'cancelled'].map((key) => ({key, count: rows.filter((r) => kind(r) === key).length})),
    overdue: rows.filter(late).length,
    byType: group((r) => r.type_id ?? ''),
    byDepartment: group((r) => r.department),
    processing: durationRef(processing),
    stages: [...new Set(allStages.map((s) => s.status))].sort().map((key) => ({
      key,
      ...durationRef(allStages.filter((s) => s.status === key).map((s) => (s.left_at ?? now) - s.entered_at)),
    })),
    byItem: tally(rows.flatMap((r) => (r.catalog_item_id ? [r.catalog_item_id] : []))),
  };
}

describe('requests section', () => {
  it('every figure equals a brute-force count over the same rows, in any zone and period', () => {
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        const c = randomCase(seed);
        expect(computeDashboard(c.input, c.query, c.now).requests).toEqual(expected(c));
      }),
      {numRuns: 150},
    );
  });

  it('an Almaty week: a request at 23:59 local is that day, at 00:00 the next; done in 2 and 4 hours gives a median of 2', () => {
    const at = (day: string, minute: number) => localToUtc(day, minute, 'Asia/Almaty');
    const H = 3_600_000;
    const types = [{id: 't', workflow: null}];
    const req = (id: string, created_at: number, status: string, extra = {}) => ({
      id,
      created_at,
      source: 'form',
      status,
      type_id: 't',
      department: 'north',
      ...extra,
    });
    const input = {
      timeZone: 'Asia/Almaty',
      grants: {sections: SECTIONS, funnelBookings: true, funnelChats: true},
      types,
      requests: [
        req('a', at('2026-12-01', 23 * 60 + 59), 'done'),
        req('b', at('2026-12-02', 0), 'done', {source: 'qr-table'}),
        req('c', at('2026-12-02', 600), 'new', {deadline: at('2026-12-03', 0)}),
        req('d', at('2026-11-30', 23 * 60 + 59), 'new'),
      ],
      stages: [
        {request_id: 'a', status: 'new', entered_at: at('2026-12-01', 23 * 60 + 59), left_at: at('2026-12-01', 23 * 60 + 59) + 2 * H},
        {request_id: 'a', status: 'done', entered_at: at('2026-12-01', 23 * 60 + 59) + 2 * H},
        {request_id: 'b', status: 'done', entered_at: at('2026-12-02', 0) + 4 * H},
      ],
      reviews: [],
      siteStats: [],
      conversations: [],
      bookings: [],
      masters: [],
      clients: [],
      tasks: [],
      invoices: [],
      budget: [],
    };
    const now = at('2026-12-06', 600);
    const r = computeDashboard(input, {from: '2026-12-01', to: '2026-12-07'}, now).requests!;
    expect(r.total).toBe(3);
    expect(r.byDay.slice(0, 3)).toEqual([
      {day: '2026-12-01', count: 1},
      {day: '2026-12-02', count: 2},
      {day: '2026-12-03', count: 0},
    ]);
    expect(r.bySource).toEqual([
      {key: 'form', count: 2},
      {key: 'qr-table', count: 1},
    ]);
    expect(r.overdue).toBe(1);
    expect(r.processing).toEqual({n: 2, totalMs: 6 * H, medianMs: 2 * H});
    expect(r.byKind.find((k) => k.key === 'done')?.count).toBe(2);
    expect(r.byType).toEqual([{key: 't', total: 3, open: 1, overdue: 1}]);
  });
});
