// What every section's SQL shares: the period as moments, the filters as
// parameters, a request's status kind read from its type's workflow, and the
// ordering rules of the contract (shared/analytics/types.ts). Sorting happens
// here in TypeScript, not by ORDER BY: Postgres collations order text unlike
// the device, and the two paths must give the same lists.
import type pg from 'pg';
import {rangeOf} from '#shared/analytics/period.ts';
import {filterOf} from '#shared/analytics/compute/scope.ts';
import {kindTable} from '#shared/analytics/compute/index.ts';
import type {Count, DashboardQuery, Duration} from '#shared/analytics/types.ts';

export type Scope = {
  pool: pg.Pool;
  /** The (type, status) → kind rows of compute/kinds.ts kindTable, as JSON for SQL to join. */
  kinds: string;
  companyId: string;
  timeZone: string;
  query: DashboardQuery;
  /** The filters that are set. */
  filters: {branch?: string | undefined; project?: string | undefined; typeId?: string | undefined; responsibleId?: string | undefined};
  now: number;
  /** The period's first moment and the one after its last (ms). */
  start: number;
  end: number;
};

/**
 * The period as moments, the filters as set ("" counts as not set, as the
 * screen's "all" sends it: compute/scope.ts filterOf), and the company's kind
 * table, read once: a status's kind comes from its type's workflow as the app
 * reads it (compute/kinds.ts), which SQL cannot parse, so it joins the rows.
 */
export async function scopeOf(pool: pg.Pool, companyId: string, timeZone: string, query: DashboardQuery, now: number): Promise<Scope> {
  const {start, end} = rangeOf(query, timeZone);
  const {rows} = await pool.query<{id: string; workflow: unknown}>('select id, workflow from request_type where company_id = $1', [companyId]);
  const f = (v: string | undefined) => filterOf(v);
  const filters = {branch: f(query.branch), project: f(query.project), typeId: f(query.typeId), responsibleId: f(query.responsibleId)};
  return {pool, kinds: JSON.stringify(kindTable(rows)), companyId, timeZone, query, filters, now, start, end};
}

export const iso = (ms: number) => new Date(ms).toISOString();

/** Epoch ms of a timestamptz column, as a number pg hands back exactly. */
export const ms = (col: string) => `(extract(epoch from ${col}) * 1000)::float8`;

/**
 * The period's requests with the filters that apply to requests (branch is
 * the department; project does not apply: requests have none), each with its
 * kind now. When one now done entered its status the last time is its
 * status_since: 0700's trigger starts every stage at the request's
 * status_since, so it is the start of its last stage, the moment the device
 * reads from the stages — without a second pass over them here. Parameters: $1 company, $2 start, $3 end, $4 now (typed here, so a
 * query that does not read it still runs); filters from $5 on.
 */
export function requestsCte(s: Scope, params: unknown[], extra = ''): string {
  const where: string[] = [];
  const add = (sql: string, v: unknown) => {
    params.push(v);
    where.push(sql.replace('?', `$${params.length}`));
  };
  if (s.filters.branch !== undefined) add('r.department = ?', s.filters.branch);
  if (s.filters.typeId !== undefined) add('r.type_id = ?', s.filters.typeId);
  if (s.filters.responsibleId !== undefined) add('r.responsible_id = ?', s.filters.responsibleId);
  params.push(s.kinds);
  const kinds = `$${params.length}`;
  return `kinds as (select * from jsonb_to_recordset(${kinds}::jsonb) as k(type_id text, status text, kind text)),
  r as (
    select r.id, r.created_at, r.source, r.status, coalesce(r.type_id, '') as type_id, r.responsible_id, r.department,
           r.sla_due_at, r.deadline, r.catalog_item_id, r.client_id, r.status_since, coalesce(k.kind, 'open') as kind
      from request r
      left join kinds k on k.type_id = coalesce(r.type_id, '') and k.status = r.status
     where r.company_id = $1 and $4::timestamptz is not null and r.created_at >= $2::timestamptz and r.created_at < $3::timestamptz ${where.map((w) => `and ${w}`).join(' ')} ${extra})`;
}

/**
 * The period's rows of the daily rollup (0702, rollup.ts: refreshed before a
 * dashboard is read, in its zone) with the filters that apply to requests,
 * each with its status's kind now, as requestsCte's: `d` (n requests each).
 * Parameters: $1 company, $2 first day, $3 last day; filters from $4 on.
 */
export function rollupCte(s: Scope, params: unknown[]): string {
  const where: string[] = [];
  const add = (col: string, v: unknown) => {
    params.push(v);
    where.push(`and d.${col} = $${params.length}`);
  };
  if (s.filters.branch !== undefined) add('department', s.filters.branch);
  if (s.filters.typeId !== undefined) add('type_id', s.filters.typeId);
  if (s.filters.responsibleId !== undefined) add('responsible_id', s.filters.responsibleId);
  params.push(s.kinds);
  return `kinds as (select * from jsonb_to_recordset($${params.length}::jsonb) as k(type_id text, status text, kind text)),
  d as (
    select d.*, coalesce(k.kind, 'open') as kind
      from analytics_request_day d
      left join kinds k on k.type_id = d.type_id and k.status = d.status
     where d.company_id = $1 and d.day between $2 and $3 ${where.join(' ')})`;
}

/** The first three parameters of a rollup query. */
export const rollupParams = (s: Scope): unknown[] => [s.companyId, s.query.from, s.query.to];

/**
 * Runs one section query with room to sort in memory: medians sort every
 * duration of the period, and the default work_mem sends a year of them to disk.
 */
export async function big<T extends object>(pool: pg.Pool, sql: string, params: unknown[]): Promise<T[]> {
  const c = await pool.connect();
  try {
    await c.query("begin read only; set local work_mem = '64MB'");
    const {rows} = await c.query<T>(sql, params);
    await c.query('commit');
    return rows;
  } catch (e) {
    await c.query('rollback').catch(() => undefined);
    throw e;
  } finally {
    c.release();
  }
}

/** The first four parameters every section query takes. */
export const baseParams = (s: Scope): unknown[] => [s.companyId, iso(s.start), iso(s.end), iso(s.now)];

/** Code-unit order, as JavaScript compares strings on the device. */
export const byKey = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Most first, then by key. */
export function countsOf(rows: readonly {key: string; count: number | string}[]): Count[] {
  return rows
    .map((r) => ({key: r.key, count: Number(r.count)}))
    .filter((r) => r.count > 0)
    .sort((a, b) => b.count - a.count || byKey(a.key, b.key));
}

export const NO_DURATION: Duration = {n: 0, totalMs: 0, medianMs: 0};

/** A duration from a row of (n, total, median); percentile_disc(0.5) is the ⌈n/2⌉-th smallest, as the contract says. */
export function durationOf(row: {n: number | string; total: number | string | null; median: number | string | null} | undefined): Duration {
  if (!row || Number(row.n) === 0) return NO_DURATION;
  return {n: Number(row.n), totalMs: Number(row.total ?? 0), medianMs: Number(row.median ?? 0)};
}

/**
 * Per key, how many durations, their sum and the median (the ⌈n/2⌉-th
 * smallest, as percentile_disc(0.5)) from `x(key, d)`, without sorting every
 * duration: a first pass counts them per logarithmic bucket (about 1.6% wide,
 * monotone in d), which tells the bucket holding the median and its rank
 * there; only that bucket's distinct durations are sorted (ties, common in
 * whole-hour data, collapse first). Exact: the same element
 * percentile_disc gives (agreement.pg.test.ts), at a fraction of the sort.
 */
export const MEDIANS = `bucketed as (select key, d, floor(ln(d::float8 + 1) * 64)::integer as b from x),
  buckets as (select key, b, count(*) as n, sum(d) as total from bucketed group by 1, 2),
  ranked as (select key, b, n, (sum(n) over (partition by key order by b))::bigint - n as below,
                    (sum(n) over (partition by key))::bigint as tot, sum(total) over (partition by key) as total from buckets),
  target as (select key, b, tot, total, (tot + 1) / 2 - below as k from ranked where below < (tot + 1) / 2 and below + n >= (tot + 1) / 2),
  inside as (select t.key, t.tot, t.total, t.k, x.d, count(*) as n from bucketed x join target t on t.key = x.key and t.b = x.b group by 1, 2, 3, 4, 5),
  counted as (select *, sum(n) over (partition by key order by d) as upto from inside)
  select key, tot as n, total, min(d) as median from counted where upto >= k group by 1, 2, 3`;

/** Durations in ms, never negative (clocks of devices and server disagree). */
export const durMs = (to: string, from: string) => `greatest(0, round(extract(epoch from (${to} - ${from})) * 1000))::bigint`;
