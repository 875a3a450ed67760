// Occupancy, cancellations, no-shows and revenue per master against a
// brute-force count, and a master's week an owner can check by hand.
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {shiftsOn, scheduleOf} from '../../booking/working-ranges.ts';
import {addDays, isTimeZone, localToUtc} from '../../booking/zone.ts';
import {toMinutes} from '../../company/hours.ts';
import type {AnalyticsInput} from '../input.ts';
import type {BookingsSection} from '../types.ts';
import {computeDashboard} from './index.ts';
import {randomCase, type AnalyticsCase} from './testing/arbitrary.ts';
import {inPeriodOf, set, sortedBy, tally} from './testing/brute.ts';

/** Minutes in the union of [start, end) ranges: sorted, then swept. */
function unionMinutes(ranges: {start: number; end: number}[]): number {
  let total = 0;
  let reach = -Infinity;
  for (const r of ranges.filter((x) => x.end > x.start).sort((a, b) => a.start - b.start)) {
    if (r.end <= reach) continue;
    total += r.end - Math.max(r.start, reach);
    reach = r.end;
  }
  return Math.floor(total / 60_000);
}

/** Open minutes of a master's live places: each day's shifts in the place's zone, from the day before (its night), cut to [lo, hi). */
function openRef(m: AnalyticsInput['masters'][number], from: string, to: string, lo: number, hi: number): number {
  const ranges: {start: number; end: number}[] = [];
  for (const p of m.places) {
    if (p.archived_at !== null && p.archived_at !== undefined) continue;
    if (!isTimeZone(p.timezone)) continue;
    const schedule = scheduleOf(p, p.exceptions);
    for (let d = addDays(from, -1); d <= to; d = addDays(d, 1)) {
      for (const iv of shiftsOn(schedule, d)) {
        const a = toMinutes(iv.from);
        const b = toMinutes(iv.to) <= a ? toMinutes(iv.to) + 1440 : toMinutes(iv.to);
        ranges.push({start: Math.max(lo, localToUtc(d, a, p.timezone)), end: Math.min(hi, localToUtc(d, b, p.timezone))});
      }
    }
  }
  return unionMinutes(ranges);
}

function expected(c: AnalyticsCase): BookingsSection {
  const {input, query: q, now} = c;
  const inP = inPeriodOf(c);
  const member = set(q, 'responsibleId');
  const counted = (masterId: string) => member === null || input.masters.some((m) => m.id === masterId && m.member_id === member);
  const visits = input.bookings.filter((b) => b.kind === 'visit' && inP(b.starts_at) && counted(b.master_id));
  const revenueOf = (bs: typeof visits) => bs.filter((b) => b.status === 'confirmed' && b.ends_at <= now).reduce((s, b) => s + (b.price ?? 0), 0);
  // The period's moments: from the company zone's first midnight to the one after the last day.
  const lo = localToUtc(q.from, 0, input.timeZone);
  const hi = localToUtc(addDays(q.to, 1), 0, input.timeZone);
  const open = new Map(input.masters.filter((m) => counted(m.id)).map((m) => [m.id, openRef(m, q.from, q.to, lo, hi)]));
  const keys = new Set([...[...open].filter(([, min]) => min > 0).map(([id]) => id), ...visits.map((b) => b.master_id)]);
  const masters = [...keys].map((key) => {
    const mine = visits.filter((b) => b.master_id === key);
    return {
      key,
      openMin: open.get(key) ?? 0,
      bookedMin: mine.filter((b) => b.status !== 'cancelled').reduce((s, b) => s + Math.max(0, Math.floor((b.ends_at - b.starts_at) / 60_000)), 0),
      visits: mine.length,
      cancelled: mine.filter((b) => b.status === 'cancelled').length,
      noShow: mine.filter((b) => b.status === 'no_show').length,
      revenue: revenueOf(mine),
    };
  });
  return {
    visits: visits.length,
    cancelled: visits.filter((b) => b.status === 'cancelled').length,
    noShow: visits.filter((b) => b.status === 'no_show').length,
    revenue: revenueOf(visits),
    masters: sortedBy(masters, ['revenue', 'visits'], 'key'),
    services: tally(visits.map((b) => b.service_id || b.service_title)),
  };
}

describe('bookings section', () => {
  it('every figure equals a brute-force count; per-master rows sum to the totals', () => {
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        const c = randomCase(seed);
        const got = computeDashboard(c.input, c.query, c.now).bookings;
        // A viewer without bookings has no such section (and no booking rows).
        if (!c.input.grants.sections.includes('bookings')) {
          expect(got).toBeUndefined();
          return;
        }
        expect(got).toEqual(expected(c));
        expect(got!.masters.reduce((s, m) => s + m.visits, 0)).toBe(got!.visits);
      }),
      {numRuns: 120},
    );
  });

  it("a master's Almaty week: 5 days of 09:00–18:00 with a day off by exception, a cancelled and a no-show visit", () => {
    const zone = 'Asia/Almaty';
    const day = {open: true, intervals: [{from: '09:00', to: '18:00'}]};
    const closed = {open: false, intervals: []};
    const hours = {mon: day, tue: day, wed: day, thu: day, fri: day, sat: closed, sun: closed};
    const at = (d: string, h: number) => localToUtc(d, h * 60, zone);
    const visit = (id: string, d: string, status: string, price: number) => ({
      id,
      master_id: 'k1',
      service_id: 's1',
      service_title: 'Стрижка',
      kind: 'visit',
      status,
      starts_at: at(d, 10),
      ends_at: at(d, 11),
      price,
      source: '',
      created_at: at('2026-11-30', 8),
    });
    const input: AnalyticsInput = {
      timeZone: zone,
      grants: {sections: ['bookings'], funnelBookings: true, funnelChats: false},
      types: [],
      requests: [],
      stages: [],
      reviews: [],
      siteStats: [],
      conversations: [],
      bookings: [
        visit('v1', '2026-11-30', 'confirmed', 500_000),
        visit('v2', '2026-12-01', 'cancelled', 500_000),
        visit('v3', '2026-12-02', 'no_show', 500_000),
        // Later than now: not yet revenue.
        visit('v4', '2026-12-04', 'confirmed', 700_000),
        {...visit('x', '2026-12-03', 'confirmed', 0), kind: 'block'},
      ],
      masters: [
        {
          id: 'k1',
          member_id: 'm1',
          places: [{id: 'p', hours, timezone: zone, exceptions: [{day: '2026-12-03', open: false, intervals: []}]}],
        },
        // Works only in an archived place: no row.
        {id: 'k2', places: [{id: 'q', hours, timezone: zone, archived_at: 1, exceptions: []}]},
      ],
      clients: [],
      tasks: [],
      invoices: [],
      budget: [],
    };
    const b = computeDashboard(input, {from: '2026-11-30', to: '2026-12-06'}, at('2026-12-03', 12)).bookings!;
    expect(b).toEqual({
      visits: 4,
      cancelled: 1,
      noShow: 1,
      revenue: 500_000,
      masters: [{key: 'k1', openMin: 4 * 9 * 60, bookedMin: 180, visits: 4, cancelled: 1, noShow: 1, revenue: 500_000}],
      services: [{key: 's1', count: 4}],
    });
    expect(computeDashboard(input, {from: '2026-11-30', to: '2026-12-06', responsibleId: 'm2'}, at('2026-12-03', 12)).bookings!.visits).toBe(0);
  });
});
