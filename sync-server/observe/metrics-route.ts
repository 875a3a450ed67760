// GET /metrics in the Prometheus text format: HTTP latency, jobs (depth and
// the age of the oldest due one, runs), replication lag of zero-cache's slot,
// messenger webhook and send failures, the last backup and restore proof, and
// whether sync is up. Gauges are read from PostgreSQL at scrape time with
// cheap queries (the job index, pg_replication_slots, backup_run's index).
import express from 'express';
import type pg from 'pg';
import type {Clock} from '../clock.ts';
import type {SyncState} from '../routes/health.ts';
import {metricsAccess} from './access.ts';
import {httpDuration, jobRuns, mutations, sendFailures, webhookFailures} from './instruments.ts';
import {exposition, type MetricFamily, type Sample} from './metrics.ts';

type Deps = {pool: pg.Pool; clock: Clock; syncState: SyncState; token: string | undefined};

async function jobFamilies(pool: pg.Pool, clock: Clock): Promise<MetricFamily[]> {
  const {rows} = await pool.query<{queue: string; due: number; pending: number; running: number; oldest: number | null}>(
    `select queue,
            count(*) filter (where (state = 'pending' and run_at <= to_timestamp($1 / 1000.0)) or (state = 'running' and locked_until < to_timestamp($1 / 1000.0)))::int as due,
            count(*) filter (where state = 'pending')::int as pending,
            count(*) filter (where state = 'running')::int as running,
            extract(epoch from (to_timestamp($1 / 1000.0) - min(run_at) filter (where state = 'pending' and run_at <= to_timestamp($1 / 1000.0))))::float8 as oldest
       from job where state in ('pending', 'running') group by queue order by queue`,
    [clock.now()],
  );
  const of = (pick: (r: (typeof rows)[number]) => number): Sample[] => rows.map((r) => ({labels: {queue: r.queue}, value: pick(r)}));
  return [
    {name: 'dot_job_queue_depth', help: 'Jobs due now and not yet taken (or whose worker died), by queue.', type: 'gauge', samples: of((r) => r.due)},
    {
      name: 'dot_job_queue_oldest_due_seconds',
      help: 'How long the oldest due job has waited, by queue (0: none waits).',
      type: 'gauge',
      samples: of((r) => Math.max(0, r.oldest ?? 0)),
    },
    {name: 'dot_jobs_pending', help: 'Jobs waiting, due or not yet, by queue.', type: 'gauge', samples: of((r) => r.pending)},
    {name: 'dot_jobs_running', help: 'Jobs taken by a worker now, by queue.', type: 'gauge', samples: of((r) => r.running)},
  ];
}

/** Bytes of WAL each replication slot (zero-cache's) has not yet confirmed: the lag of sync behind the database. */
async function replicationLag(pool: pg.Pool): Promise<Sample[]> {
  const {rows} = await pool.query<{slot: string; lag: number | null; active: boolean}>(
    `select slot_name as slot, pg_wal_lsn_diff(pg_current_wal_lsn(), confirmed_flush_lsn)::float8 as lag, active
       from pg_replication_slots where database = current_database() and slot_type = 'logical' order by slot_name`,
  );
  return rows.map((r) => ({labels: {slot: r.slot, active: String(r.active)}, value: r.lag ?? 0}));
}

async function backupFamilies(pool: pg.Pool): Promise<MetricFamily[]> {
  const {rows} = await pool.query<{kind: string; last_ok: number | null; last_ok_flag: boolean | null}>(
    `select k.kind,
            (select extract(epoch from finished_at)::float8 from backup_run where kind = k.kind and ok order by started_at desc limit 1) as last_ok,
            (select ok from backup_run where kind = k.kind and ok is not null order by started_at desc limit 1) as last_ok_flag
       from (values ('backup'), ('verify'), ('restore')) k(kind)`,
  );
  return [
    {
      name: 'dot_backup_last_success_timestamp_seconds',
      help: 'When the last successful run of each kind finished (backup, verify: a backup restored and compared; restore). Absent: never.',
      type: 'gauge',
      samples: rows.filter((r) => r.last_ok !== null).map((r) => ({labels: {kind: r.kind}, value: r.last_ok!})),
    },
    {
      name: 'dot_backup_last_run_ok',
      help: 'Whether the latest finished run of each kind succeeded (1) or failed (0).',
      type: 'gauge',
      samples: rows.filter((r) => r.last_ok_flag !== null).map((r) => ({labels: {kind: r.kind}, value: r.last_ok_flag ? 1 : 0})),
    },
  ];
}

export async function metricsText(deps: Omit<Deps, 'token'>): Promise<string> {
  const fromDb = async (read: () => Promise<MetricFamily[]>, name: string): Promise<MetricFamily[]> =>
    read().catch((e: Error) => [{name, help: '', type: 'gauge', samples: () => Promise.reject(e)}]);
  const sync = deps.syncState();
  return exposition([
    httpDuration.family(),
    ...(await fromDb(() => jobFamilies(deps.pool, deps.clock), 'dot_job_queue_depth')),
    jobRuns.family(),
    mutations.family(),
    {
      name: 'dot_replication_slot_lag_bytes',
      help: 'WAL bytes a logical replication slot (zero-cache) has not confirmed yet.',
      type: 'gauge',
      samples: () => replicationLag(deps.pool),
    },
    {name: 'dot_sync_up', help: 'Whether zero-cache is ready (1) or not (0).', type: 'gauge', samples: [{value: sync.state === 'ready' ? 1 : 0}]},
    webhookFailures.family(),
    sendFailures.family(),
    ...(await fromDb(() => backupFamilies(deps.pool), 'dot_backup_last_success_timestamp_seconds')),
    {name: 'dot_process_resident_memory_bytes', help: 'Resident memory of this API process.', type: 'gauge', samples: [{value: process.memoryUsage().rss}]},
    {name: 'dot_process_uptime_seconds', help: 'Seconds since this API process started.', type: 'gauge', samples: [{value: Math.round(process.uptime())}]},
  ]);
}

export function metricsRoute(deps: Deps): express.Router {
  const router = express.Router();
  router.get('/metrics', async (req, res, next) => {
    const access = metricsAccess(req, deps.token);
    if (access === 401) return void res.status(401).set('WWW-Authenticate', 'Bearer realm="metrics"').type('text').send('a metrics token is needed\n');
    if (access === 403)
      return void res.status(403).type('text').send('metrics are for this machine only (set DOT_METRICS_TOKEN to read them from elsewhere)\n');
    try {
      res
        .type('text/plain; version=0.0.4; charset=utf-8')
        .set('Cache-Control', 'no-store')
        .send(await metricsText(deps));
    } catch (e) {
      next(e);
    }
  });
  return router;
}
