// What every viewer gets whatever their rights: exactly the sections granted,
// the query and the moment echoed, and an empty company reads as zeros (a day
// with nothing is a zero on the chart, not a gap).
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import type {AnalyticsInput} from '../input.ts';
import {SECTIONS} from '../types.ts';
import {computeDashboard} from './index.ts';
import {randomCase} from './testing/arbitrary.ts';

const EMPTY: AnalyticsInput = {
  timeZone: 'Asia/Almaty',
  grants: {sections: SECTIONS, funnelBookings: true, funnelChats: true},
  types: [],
  requests: [],
  stages: [],
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

describe('computeDashboard', () => {
  it('has exactly the sections granted, whatever the rows', () => {
    fc.assert(
      fc.property(fc.integer(), fc.subarray([...SECTIONS]), (seed, sections) => {
        const c = randomCase(seed);
        const d = computeDashboard({...c.input, grants: {...c.input.grants, sections}}, c.query, c.now);
        expect(SECTIONS.filter((s) => d[s] !== undefined)).toEqual(SECTIONS.filter((s) => sections.includes(s)));
        expect(d.query).toBe(c.query);
        expect(d.now).toBe(c.now);
      }),
      {numRuns: 50},
    );
  });

  it('an empty company: every day of the week a zero, every kind a zero, no rows', () => {
    const d = computeDashboard(EMPTY, {from: '2026-11-30', to: '2026-12-06'}, Date.parse('2026-12-06T12:00:00Z'));
    expect(d.requests!.byDay.map((x) => x.count)).toEqual([0, 0, 0, 0, 0, 0, 0]);
    expect(d.requests!.byDay[6]!.day).toBe('2026-12-06');
    expect(d.requests!.byKind).toEqual(['open', 'in_work', 'waiting', 'done', 'cancelled'].map((key) => ({key, count: 0})));
    expect(d.requests!.processing).toEqual({n: 0, totalMs: 0, medianMs: 0});
    expect(d.funnel).toEqual({rows: [], pages: [], items: []});
    expect(d.clients).toEqual({active: 0, new: 0, repeat: 0});
    expect(d.bookings).toEqual({visits: 0, cancelled: 0, noShow: 0, revenue: 0, masters: [], services: []});
    expect(d.people).toEqual({rows: []});
    expect(d.workload).toEqual({rows: []});
    expect(d.finance).toEqual({awaiting: {count: 0, amount: 0}, paying: {count: 0, amount: 0}, paid: {count: 0, amount: 0}, budget: []});
  });
});
