// The dashboard computed on the server, for any range: every figure of
// shared/analytics/types.ts from SQL (one file per section under ./sql),
// giving exactly what the device's computeDashboard gives over the same rows
// (agreement.pg.test.ts). A section not granted is absent, as on the device.
// Scale: the requests' counts are read from a daily rollup, first brought up
// to date for the company (rollup.ts, 0702), so they stay exact; medians,
// distinct clients and the small sections read the raw rows. A year of a
// million requests (2.5 million stages) still takes seconds, almost all of it
// the exact stage medians, which need every stage of the period's requests
// (bench/analytics-server.ts); a month takes about a second.
import type pg from 'pg';
import type {AnalyticsGrants} from '#shared/analytics/access.ts';
import type {Dashboard, DashboardQuery} from '#shared/analytics/types.ts';
import {refreshRollup} from './rollup.ts';
import {bookingsSection} from './sql/bookings.ts';
import {clientsSection} from './sql/clients.ts';
import {scopeOf} from './sql/common.ts';
import {funnelSection} from './sql/funnel.ts';
import {peopleSection} from './sql/people.ts';
import {requestsSection} from './sql/requests.ts';
import {financeSection, workloadSection} from './sql/work-money.ts';

export async function dashboardSql(
  pool: pg.Pool,
  companyId: string,
  timeZone: string,
  grants: AnalyticsGrants,
  query: DashboardQuery,
  now: number,
): Promise<Dashboard> {
  await refreshRollup(pool, companyId, timeZone);
  const s = await scopeOf(pool, companyId, timeZone, query, now);
  const has = (section: string) => grants.sections.some((g) => g === section);
  const [requests, funnel, clients, bookings, people, workload, finance] = await Promise.all([
    has('requests') ? requestsSection(s) : undefined,
    has('funnel') ? funnelSection(s, grants) : undefined,
    has('clients') ? clientsSection(s, grants) : undefined,
    has('bookings') ? bookingsSection(s) : undefined,
    has('people') ? peopleSection(s, grants) : undefined,
    has('workload') ? workloadSection(s) : undefined,
    has('finance') ? financeSection(s) : undefined,
  ]);
  return {
    query,
    now,
    ...(requests && {requests}),
    ...(funnel && {funnel}),
    ...(clients && {clients}),
    ...(bookings && {bookings}),
    ...(people && {people}),
    ...(workload && {workload}),
    ...(finance && {finance}),
  };
}
