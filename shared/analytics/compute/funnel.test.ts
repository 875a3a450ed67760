// The funnel per source against a brute-force count, and the QR placement an
// owner reads: 10 views → 3 requests → 2 bookings → 1 came → 1 came again.
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {localToUtc} from '../../booking/zone.ts';
import type {AnalyticsInput} from '../input.ts';
import type {FunnelSection} from '../types.ts';
import {computeDashboard} from './index.ts';
import {randomCase, type AnalyticsCase} from './testing/arbitrary.ts';
import {inPeriodOf, sortedBy} from './testing/brute.ts';

function expected(c: AnalyticsCase): FunnelSection {
  const {input, query: q, now} = c;
  const inP = inPeriodOf(c);
  const stats = input.siteStats.filter((s) => s.day >= q.from && s.day <= q.to);
  const sum = (rows: typeof stats) => rows.reduce((a, s) => a + s.count, 0);
  const cameAt = (b: AnalyticsInput['bookings'][number]) => b.kind === 'visit' && b.status === 'confirmed' && b.ends_at <= now;
  const booked = input.grants.funnelBookings ? input.bookings.filter((b) => b.kind === 'visit' && inP(b.created_at)) : [];
  const sources = new Set([
    ...stats.map((s) => s.source),
    ...input.requests.map((r) => r.source),
    ...input.conversations.map((x) => x.source),
    ...input.bookings.map((b) => b.source),
  ]);
  const rows = [...sources]
    .map((source) => {
      const mine = booked.filter((b) => b.source === source);
      const came = mine.filter(cameAt);
      return {
        source,
        views: sum(stats.filter((s) => s.source === source && s.kind === 'view')),
        visitors: sum(stats.filter((s) => s.source === source && s.kind === 'visitor')),
        wrote:
          (input.grants.sections.includes('requests') ? input.requests.filter((r) => r.source === source && inP(r.created_at)).length : 0) +
          (input.grants.funnelChats ? input.conversations.filter((x) => x.source === source && inP(x.created_at)).length : 0),
        booked: mine.length,
        came: came.length,
        cameAgain: came.filter((b) => b.client_id && input.bookings.some((l) => l.client_id === b.client_id && cameAt(l) && l.starts_at > b.starts_at)).length,
      };
    })
    .filter((r) => r.views + r.visitors + r.wrote + r.booked > 0);
  const pages = [...new Set(stats.map((s) => s.page))]
    .map((key) => ({
      key,
      views: sum(stats.filter((s) => s.page === key && s.kind === 'view')),
      requests: sum(stats.filter((s) => s.page === key && s.kind === 'request')),
    }))
    .filter((p) => p.views + p.requests > 0);
  const items = [...new Set(stats.map((s) => s.ref_id))]
    .filter((id) => id !== '')
    .map((key) => ({key, count: sum(stats.filter((s) => s.ref_id === key && s.page === 'item' && s.kind === 'view'))}))
    .filter((i) => i.count > 0);
  return {
    rows: sortedBy(rows, ['views', 'wrote', 'booked'], 'source'),
    pages: sortedBy(pages, ['views'], 'key'),
    items: sortedBy(items, ['count'], 'key'),
  };
}

describe('funnel section', () => {
  it('every figure equals a brute-force count; filters other than the period do not apply', () => {
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        const c = randomCase(seed);
        expect(computeDashboard(c.input, c.query, c.now).funnel).toEqual(expected(c));
      }),
      {numRuns: 150},
    );
  });

  it('a QR sign on a table: 10 views → 3 requests → 2 bookings → 1 came → 1 came again', () => {
    const zone = 'Asia/Almaty';
    const at = (day: string, hour: number) => localToUtc(day, hour * 60, zone);
    const visit = (id: string, created: number, starts: number, source: string, client: string, status = 'confirmed') => ({
      id,
      master_id: 'k1',
      service_title: 'Стрижка',
      kind: 'visit',
      status,
      starts_at: starts,
      ends_at: starts + 3_600_000,
      source,
      client_id: client,
      created_at: created,
    });
    const input: AnalyticsInput = {
      timeZone: zone,
      grants: {sections: ['requests', 'funnel', 'bookings'], funnelBookings: true, funnelChats: true},
      types: [],
      requests: ['r1', 'r2'].map((id) => ({id, created_at: at('2026-12-02', 12), source: 'qr-table', status: 'new', department: ''})),
      stages: [],
      reviews: [],
      siteStats: [
        {day: '2026-12-01', kind: 'view', page: 'home', ref_id: '', source: 'qr-table', count: 6},
        {day: '2026-12-02', kind: 'view', page: 'item', ref_id: 'i1', source: 'qr-table', count: 4},
        {day: '2026-12-02', kind: 'visitor', page: 'home', ref_id: '', source: 'qr-table', count: 7},
        {day: '2026-12-02', kind: 'request', page: 'request', ref_id: '', source: 'qr-table', count: 2},
        {day: '2026-12-02', kind: 'view', page: 'home', ref_id: '', source: '', count: 3},
        // Before the period: not counted.
        {day: '2026-11-30', kind: 'view', page: 'home', ref_id: '', source: 'qr-table', count: 50},
      ],
      conversations: [{source: 'qr-table', created_at: at('2026-12-03', 9)}],
      bookings: [
        visit('b1', at('2026-12-02', 13), at('2026-12-03', 10), 'qr-table', 'anna'),
        visit('b2', at('2026-12-02', 14), at('2026-12-04', 10), 'qr-table', 'boris', 'no_show'),
        // Anna's second visit, booked by phone: she came again.
        visit('b3', at('2026-12-03', 11), at('2026-12-05', 10), 'phone', 'anna'),
      ],
      masters: [],
      clients: [],
      tasks: [],
      invoices: [],
      budget: [],
    };
    const f = computeDashboard(input, {from: '2026-12-01', to: '2026-12-07', branch: 'north'}, at('2026-12-06', 12)).funnel!;
    expect(f.rows[0]).toEqual({source: 'qr-table', views: 10, visitors: 7, wrote: 3, booked: 2, came: 1, cameAgain: 1});
    expect(f.rows.map((r) => r.source)).toEqual(['qr-table', '', 'phone']);
    expect(f.pages).toEqual([
      {key: 'home', views: 9, requests: 0},
      {key: 'item', views: 4, requests: 0},
      {key: 'request', views: 0, requests: 2},
    ]);
    expect(f.items).toEqual([{key: 'i1', count: 4}]);

    // Without requests, the inbox and the bookings, the same sign shows only what the viewer may see.
    const narrow = computeDashboard(
      {...input, grants: {sections: ['funnel'], funnelBookings: false, funnelChats: false}},
      {from: '2026-12-01', to: '2026-12-07'},
      at('2026-12-06', 12),
    );
    // Requests too are counted only for who may read them (their device holds none).
    expect(narrow.funnel!.rows[0]).toEqual({source: 'qr-table', views: 10, visitors: 7, wrote: 0, booked: 0, came: 0, cameAgain: 0});
    expect(narrow.requests).toBeUndefined();
    expect(narrow.bookings).toBeUndefined();
  });
});
