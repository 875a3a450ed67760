// The daily rollup of requests (schema/migrations/0702): kept exact at read
// time. A dashboard first re-counts its company's dirty days (those a request
// change touched since), then sums the rollup; the scan below does the same
// for every company with dirty days each minute, so a reader rarely waits.
import type pg from 'pg';
import type {DueScan} from '../jobs/registry.ts';

/** Re-counts the company's dirty days in the zone given (every day when the rollup is in another zone); how many days it counted. */
export async function refreshRollup(pool: pg.Pool, companyId: string, zone: string): Promise<number> {
  const {rows} = await pool.query<{n: number}>('select dot_analytics_refresh($1, $2) as n', [companyId, zone]);
  return rows[0]?.n ?? 0;
}

/** Every company with dirty days, each in its own zone and transaction (a lock per company, held briefly). */
export async function refreshDirtyRollups(pool: pg.Pool): Promise<number> {
  const {rows} = await pool.query<{id: string; timezone: string}>(
    'select c.id, c.timezone from company c where c.id in (select distinct company_id from analytics_request_dirty)',
  );
  let days = 0;
  for (const c of rows) days += await refreshRollup(pool, c.id, c.timezone);
  return days;
}

export function rollupScan(pool: pg.Pool): DueScan {
  return {
    name: 'analytics.rollup',
    everyMs: 60_000,
    run: async () => {
      await refreshDirtyRollups(pool);
    },
  };
}
