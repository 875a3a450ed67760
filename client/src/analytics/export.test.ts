import {describe, expect, it} from 'vitest';
import type {Dashboard} from '#shared/analytics/types.ts';
import type {Translate} from '#shared/i18n/translate.ts';
import {cellText, cellValue, percent, signed} from './cells.ts';
import {sheetRows} from './export.ts';
import type {Labels} from './tables.ts';
import {dashboardSearch, onDevice} from './use-dashboard.ts';

const t = ((key: string) => key) as Translate;
const labels: Labels = {
  source: (s) => (s ? `src:${s}` : 'direct'),
  type: (id) => `type:${id}`,
  department: (d) => d || 'none',
  member: (id) => `member:${id}`,
  master: (id) => `master:${id}`,
  service: (k) => k,
  item: (id) => `item:${id}`,
  status: (k) => k,
  page: (k) => k,
  budgetLine: (id) => id,
};

const funnelOnly = (views: number): Dashboard => ({
  query: {from: '2026-12-01', to: '2026-12-07'},
  now: 0,
  funnel: {rows: [{source: 'qr-table', views, visitors: 4, wrote: 2, booked: 1, came: 1, cameAgain: 0}], pages: [], items: []},
  bookings: {
    visits: 3,
    cancelled: 1,
    noShow: 0,
    revenue: 1_500_000,
    masters: [{key: 'm1', openMin: 600, bookedMin: 150, visits: 3, cancelled: 1, noShow: 0, revenue: 1_500_000}],
    services: [],
  },
});

describe('the dashboard as a spreadsheet', () => {
  const rows = sheetRows(funnelOnly(9), {...funnelOnly(5), query: {from: '2026-11-24', to: '2026-11-30'}}, labels, t);
  const values = rows.map((r) => r.map((c) => c?.value ?? null));
  it('writes the funnel per QR placement with its numbers and conversion in percent', () => {
    expect(values).toContainEqual(['src:qr-table', 9, 4, 2, 50, 1, 1, 0]);
  });
  it('writes money in tenge and occupancy in percent, headline figures beside the previous period', () => {
    expect(values).toContainEqual(['master:m1', 3, 25, 1, 0, 15_000]);
    expect(values).toContainEqual(['an.revenue, ₸', 15_000, 15_000]);
  });
});

describe('figures in words', () => {
  it('shows a change with its sign and a share without dividing by zero', () => {
    expect(signed(8, 'ru')).toBe('+8');
    expect(signed(-3, 'ru')).toBe('−3');
    expect(percent(1, 3, 'en')).toBe('33 %');
    expect(percent(1, 0, 'en')).toBe('—');
    expect(cellText({avg: [9, 2]}, 'en')).toBe('4.5');
    expect(cellValue({ms: 5_400_000})).toBe(1.5);
  });
});

describe('where a dashboard is computed', () => {
  it('on the device only when the previous period starts inside the window', () => {
    expect(onDevice({from: '2026-12-01', to: '2026-12-31'}, '2026-08-28')).toBe(true);
    expect(onDevice({from: '2026-10-01', to: '2026-12-31'}, '2026-08-28')).toBe(false);
  });
  it('asks the server with the filters that are set', () => {
    expect(dashboardSearch({from: '2026-01-01', to: '2026-01-31', typeId: 't1', branch: ''})).toBe('from=2026-01-01&to=2026-01-31&typeId=t1');
  });
});
