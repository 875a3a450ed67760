// The device and the server give the same dashboard for the same rows: the
// rows of seeded companies (requests moved through the real status trigger,
// bookings, counters, tasks, invoices…) loaded from PostgreSQL into the
// device's AnalyticsInput and computed by computeDashboard, against
// dashboardSql over the database — several seeds, periods, filters, viewers.
import pg from 'pg';
import {afterAll, beforeAll, describe, expect, inject, it} from 'vitest';
import type {AnalyticsGrants} from '#shared/analytics/access.ts';
import {computeDashboard} from '#shared/analytics/compute/index.ts';
import {previousPeriod} from '#shared/analytics/period.ts';
import {SECTIONS, type DashboardQuery} from '#shared/analytics/types.ts';
import {addDays, dayOf} from '#shared/booking/zone.ts';
import {signupCompany} from '../testing/http.ts';
import {dashboardSql} from './dashboard-sql.ts';
import {loadInput} from './load-input.ts';
import {rng, seedAnalytics, type Seeded} from './seed.ts';

const pool = new pg.Pool({connectionString: inject('pgUrl'), max: 4});
afterAll(() => pool.end());

const ZONE = 'Asia/Almaty';
const BASE = Date.UTC(2026, 10, 20, 18, 55);
const ALL: AnalyticsGrants = {sections: SECTIONS, funnelBookings: true, funnelChats: true};
const VIEWERS: AnalyticsGrants[] = [
  ALL,
  {sections: ['requests', 'funnel', 'clients', 'people'], funnelBookings: false, funnelChats: true},
  {sections: ['funnel', 'clients', 'bookings'], funnelBookings: true, funnelChats: false},
];

const companies: {id: string; seeded: Seeded}[] = [];

beforeAll(async () => {
  for (const seed of [101, 202, 303]) {
    const {me} = await signupCompany(`Аналитика: согласие ${seed}`);
    companies.push({id: me.company.id, seeded: await seedAnalytics(pool, me.company.id, me.member.id, seed, BASE, 50)});
  }
});

/** Periods and filters drawn from a seed: a day, a week across a month's end, months, a quarter, every filter alone and together. */
function queriesOf(seed: number, s: Seeded): DashboardQuery[] {
  const r = rng(seed);
  const today = dayOf(BASE, ZONE);
  const day = (back: number) => addDays(today, -Math.floor(r() * back));
  const from = day(70);
  const out: DashboardQuery[] = [
    {from: today, to: today},
    {from, to: addDays(from, Math.floor(r() * 20))},
    {from: '2026-10-01', to: '2026-10-31'},
    {from: '2026-10-01', to: '2026-12-31'},
    {from: day(60), to: today, branch: ['', 'Алматы', 'Астана'][Math.floor(r() * 3)]!},
    {from: day(60), to: today, typeId: r() < 0.5 ? s.typeId : ''},
    {from: day(60), to: today, responsibleId: s.members[Math.floor(r() * 3)]!},
    {from: day(60), to: today, project: 'Кафе', branch: 'Алматы'},
  ];
  return [...out, previousPeriod(out[1]!)];
}

describe('device and server agree', () => {
  it('for every seeded company, period, filter and viewer', async () => {
    for (const [i, c] of companies.entries()) {
      for (const grants of VIEWERS) {
        const input = await loadInput(pool, c.id, ZONE, grants);
        for (const [n, now] of [BASE, BASE + 7 * 86_400_000].entries()) {
          for (const q of queriesOf(i * 10 + n, c.seeded)) {
            const sql = await dashboardSql(pool, c.id, ZONE, grants, q, now);
            expect(sql, `${c.id} ${JSON.stringify(q)} ${grants.sections.join()}`).toEqual(computeDashboard(input, q, now));
          }
        }
      }
    }
  });

  it('still agrees when requests change after the rollup was counted (their days re-counted on the next read)', async () => {
    const c = companies[0]!;
    const today = dayOf(BASE, ZONE);
    await dashboardSql(pool, c.id, ZONE, ALL, {from: '2026-01-01', to: today}, BASE);
    const dirty = async () =>
      Number((await pool.query<{n: string}>('select count(*) as n from analytics_request_dirty where company_id = $1', [c.id])).rows[0]!.n);
    expect(await dirty()).toBe(0);
    const {rows} = await pool.query<{id: string}>('select id from request where company_id = $1 order by created_at desc limit 8', [c.id]);
    const id = (i: number) => rows[i]!.id;
    // Through the real triggers: statuses (a stage entered again makes it returned), who and where, a deletion.
    await pool.query(`update request set status = 'done' where id = any($1)`, [[id(0), id(1)]]);
    await pool.query(`update request set status = 'new' where id = any($1)`, [[id(1), id(2)]]);
    await pool.query(`update request set status = 'cancel', responsible_id = null, department = 'Астана' where id = $1`, [id(3)]);
    await pool.query(`update request set sla_due_at = $2 where id = $1`, [id(4), new Date(BASE - 60_000).toISOString()]);
    await pool.query('delete from request where id = $1', [id(5)]);
    expect(await dirty()).toBeGreaterThan(0);
    const input = await loadInput(pool, c.id, ZONE, ALL);
    for (const q of queriesOf(7, c.seeded)) {
      expect(await dashboardSql(pool, c.id, ZONE, ALL, q, BASE), JSON.stringify(q)).toEqual(computeDashboard(input, q, BASE));
    }
    expect(await dirty()).toBe(0);
  });
});
