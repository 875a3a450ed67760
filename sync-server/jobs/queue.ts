// A durable job queue on the same PostgreSQL (table `job`, 0301). Enqueueing
// is idempotent by dedupe key; a job is claimed with FOR UPDATE SKIP LOCKED,
// so two workers (or two processes) never take the same one; a claim is a
// lease, so a job whose worker died is taken again after the lease runs out.
// Times are the server clock's (clock.ts), so tests can move time forward.
import type pg from 'pg';
import {uuidv7} from 'uuidv7';
import type {Clock} from '../clock.ts';
import {currentRequestId} from '../log.ts';

/** Any SQL runner: the pool, a pg client in a transaction, or Zero's server transaction. */
export type Sql = (text: string, params: readonly unknown[]) => Promise<Record<string, unknown>[]>;

export const poolSql =
  (pool: Pick<pg.Pool, 'query'>): Sql =>
  async (text, params) =>
    (await pool.query(text, [...params])).rows;

export type NewJob = {
  queue: string;
  payload?: Record<string, unknown>;
  /** The same key twice is one job (a due scan may find the same due thing again). */
  dedupeKey?: string;
  companyId?: string | null;
  runAt?: number;
  maxAttempts?: number;
};

export type JobRow = {
  id: string;
  queue: string;
  dedupe_key: string | null;
  company_id: string | null;
  payload: Record<string, unknown>;
  attempts: number;
  max_attempts: number;
  /** When it was due (ms): a company's jobs run in this order (runner.ts). */
  run_at: number;
  /** The request (or device mutation) that enqueued it: its log lines carry it (0930). */
  request_id: string | null;
};

const LEASE_MS = 5 * 60_000;

/** Inserts a job unless its dedupe key exists; true when it is new. Pass a transaction to enqueue atomically with a change. */
export async function enqueue(sql: Sql, clock: Clock, job: NewJob): Promise<boolean> {
  const rows = await sql(
    `insert into job (id, queue, dedupe_key, company_id, payload, run_at, max_attempts, request_id)
     values ($1, $2, $3, $4, $5, to_timestamp($6 / 1000.0), $7, $8)
     on conflict (dedupe_key) do nothing returning id`,
    [
      uuidv7(),
      job.queue,
      job.dedupeKey ?? null,
      job.companyId ?? null,
      JSON.stringify(job.payload ?? {}),
      job.runAt ?? clock.now(),
      job.maxAttempts ?? 5,
      currentRequestId() ?? null,
    ],
  );
  return rows.length > 0;
}

// A company the platform stopped (suspended, blocked, deleted: issue 18) does no
// work by itself: its due jobs wait, untouched, and run once it is reinstated
// (a suspended salon's clients get no reminders meanwhile).
const OF_ACTIVE_COMPANY = `(job.company_id is null or exists (select 1 from company c where c.id = job.company_id and c.status = 'active'))`;

/** Takes up to `limit` due jobs of the given queues, leased to this worker. */
export async function claim(pool: pg.Pool, clock: Clock, queues: readonly string[], limit = 10): Promise<JobRow[]> {
  const now = clock.now();
  const {rows} = await pool.query<JobRow>(
    `update job set state = 'running', attempts = attempts + 1, locked_until = to_timestamp($2 / 1000.0), updated_at = now()
      where id in (
        select id from job
         where queue = any($3)
           and ${OF_ACTIVE_COMPANY}
           and ((state = 'pending' and run_at <= to_timestamp($1 / 1000.0))
             or (state = 'running' and locked_until < to_timestamp($1 / 1000.0)))
         order by run_at
         limit $4
         for update skip locked)
      returning id, queue, dedupe_key, company_id, payload, attempts, max_attempts, (extract(epoch from run_at) * 1000)::float8 as run_at, request_id`,
    [now, now + LEASE_MS, queues, limit],
  );
  return rows;
}

/**
 * Takes one job by its dedupe key if nobody has it: the fast path of work that
 * should happen now (a bot's answer) rather than at the worker's next tick. The
 * job stays in the queue as the durable fallback: if this process dies, the
 * lease runs out and the worker takes it.
 */
export async function claimByKey(pool: pg.Pool, clock: Clock, dedupeKey: string): Promise<JobRow | undefined> {
  const now = clock.now();
  const {rows} = await pool.query<JobRow>(
    `update job set state = 'running', attempts = attempts + 1, locked_until = to_timestamp($2 / 1000.0), updated_at = now()
      where dedupe_key = $3 and state = 'pending' and run_at <= to_timestamp($1 / 1000.0) and ${OF_ACTIVE_COMPANY}
      returning id, queue, dedupe_key, company_id, payload, attempts, max_attempts, (extract(epoch from run_at) * 1000)::float8 as run_at, request_id`,
    [now, now + LEASE_MS, dedupeKey],
  );
  return rows[0];
}

/** A job asks to be tried again after a delay the outside world named (a channel's 429 retry_after). */
export class RetryLater extends Error {
  constructor(
    readonly delayMs: number,
    message: string,
  ) {
    super(message);
  }
}

export async function complete(pool: pg.Pool, id: string): Promise<void> {
  await pool.query(`update job set state = 'done', locked_until = null, last_error = '', updated_at = now() where id = $1`, [id]);
}

/** A failed attempt: retried later with backoff, or given up after its last attempt. */
export async function fail(pool: pg.Pool, clock: Clock, job: JobRow, error: string, retryInMs?: number): Promise<void> {
  const last = job.attempts >= job.max_attempts;
  const retryAt = clock.now() + (retryInMs ?? Math.min(60 * 60_000, 30_000 * 2 ** (job.attempts - 1)));
  await pool.query(`update job set state = $2, run_at = to_timestamp($3 / 1000.0), locked_until = null, last_error = $4, updated_at = now() where id = $1`, [
    job.id,
    last ? 'failed' : 'pending',
    retryAt,
    error.slice(0, 1000),
  ]);
}

/** Jobs due now (tests wait for a queue to drain). */
export async function dueCount(pool: pg.Pool, clock: Clock): Promise<number> {
  const {rows} = await pool.query<{n: number}>(
    `select count(*)::int as n from job where (state = 'pending' and run_at <= to_timestamp($1 / 1000.0)) or (state = 'running' and locked_until < to_timestamp($1 / 1000.0))`,
    [clock.now()],
  );
  return rows[0]?.n ?? 0;
}
