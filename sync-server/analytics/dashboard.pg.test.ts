// Every figure of the server's dashboard (dashboardSql) against a count by
// hand over the same rows (brute.ts), on a company seeded with requests moved
// through the real status trigger, bookings, site counters, conversations,
// clients, tasks, invoices and budget lines — several periods and filters.
import pg from 'pg';
import {afterAll, beforeAll, describe, expect, inject, it} from 'vitest';
import type {AnalyticsGrants} from '#shared/analytics/access.ts';
import type {AnalyticsInput} from '#shared/analytics/input.ts';
import {SECTIONS, type DashboardQuery} from '#shared/analytics/types.ts';
import {dayOf} from '#shared/booking/zone.ts';
import {signupCompany} from '../testing/http.ts';
import {bruteDashboard} from './brute.ts';
import {dashboardSql} from './dashboard-sql.ts';
import {loadInput} from './load-input.ts';
import {seedAnalytics, type Seeded} from './seed.ts';

const pool = new pg.Pool({connectionString: inject('pgUrl'), max: 4});
afterAll(() => pool.end());

const ZONE = 'Asia/Almaty';
const BASE = Date.UTC(2026, 10, 20, 7, 30);
const NOW = BASE + 3600_000;
const ALL: AnalyticsGrants = {sections: SECTIONS, funnelBookings: true, funnelChats: true};

let companyId: string;
let seeded: Seeded;
let input: AnalyticsInput;

beforeAll(async () => {
  const {me} = await signupCompany('Аналитика: подсчёт');
  companyId = me.company.id;
  seeded = await seedAnalytics(pool, companyId, me.member.id, 17, BASE);
  input = await loadInput(pool, companyId, ZONE, ALL);
});

describe('dashboardSql', () => {
  it('gives every figure a count by hand gives, over periods and filters', async () => {
    const to = dayOf(BASE, ZONE);
    const queries: DashboardQuery[] = [
      {from: '2026-10-01', to},
      {from: '2026-11-01', to: '2026-11-30'},
      {from: '2026-10-20', to: '2026-10-26', branch: 'Алматы'},
      {from: '2026-09-01', to, typeId: seeded.typeId},
      {from: '2026-09-01', to, typeId: ''},
      {from: '2026-09-01', to, responsibleId: seeded.members[1]!},
      {from: '2026-09-01', to, branch: '', project: 'Кафе'},
      {from: '2026-01-01', to: '2026-12-31'},
    ];
    for (const q of queries) {
      const sql = await dashboardSql(pool, companyId, ZONE, ALL, q, NOW);
      expect(sql, JSON.stringify(q)).toEqual(bruteDashboard(input, q, NOW));
    }
  });

  it('reads another zone from a rollup rebuilt in it (a half-hour zone too), and back', async () => {
    const q = {from: '2026-10-01', to: '2026-11-20'};
    for (const zone of ['Asia/Kolkata', ZONE]) {
      const inZone = await loadInput(pool, companyId, zone, ALL);
      expect(await dashboardSql(pool, companyId, zone, ALL, q, NOW), zone).toEqual(bruteDashboard(inZone, q, NOW));
    }
  });

  it('counts the seeded data, not nothing', async () => {
    const d = await dashboardSql(pool, companyId, ZONE, ALL, {from: '2026-09-01', to: dayOf(BASE, ZONE)}, NOW);
    expect(d.requests!.total).toBe(60);
    expect(d.requests!.stages.length).toBeGreaterThan(3);
    expect(d.requests!.processing.n).toBeGreaterThan(0);
    expect(d.bookings!.visits).toBeGreaterThan(0);
    expect(d.bookings!.masters.every((m) => m.openMin > 0)).toBe(true);
    expect(d.funnel!.rows.length).toBeGreaterThan(0);
    expect(d.people!.rows.some((r) => r.returned > 0 || r.reviews > 0)).toBe(true);
    expect(d.finance!.budget.length).toBeGreaterThan(0);
  });

  it('leaves out what the viewer may not see, as the device does', async () => {
    const grants: AnalyticsGrants = {sections: ['funnel', 'clients', 'people'], funnelBookings: false, funnelChats: false};
    const q = {from: '2026-09-01', to: dayOf(BASE, ZONE)};
    const d = await dashboardSql(pool, companyId, ZONE, grants, q, NOW);
    expect(Object.keys(d).sort()).toEqual(['clients', 'funnel', 'now', 'people', 'query']);
    expect(d.funnel!.rows.every((r) => r.wrote === 0 && r.booked === 0)).toBe(true);
    expect(d).toEqual(bruteDashboard({...input, grants}, q, NOW));
  });

  it('never counts another company', async () => {
    const {me} = await signupCompany('Аналитика: соседи');
    await seedAnalytics(pool, me.company.id, me.member.id, 99, BASE, 10);
    const q = {from: '2026-09-01', to: dayOf(BASE, ZONE)};
    expect((await dashboardSql(pool, companyId, ZONE, ALL, q, NOW)).requests!.total).toBe(60);
    expect((await dashboardSql(pool, me.company.id, ZONE, ALL, q, NOW)).requests!.total).toBe(10);
  });
});
