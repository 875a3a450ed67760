// The worker: every tick it runs the due scans whose time has come, then takes
// due jobs and runs them, a few at a time. `runNow()` (tests, and the
// /__test/jobs/run trigger) runs every scan and drains the queue at once.
import type pg from 'pg';
import type {Clock} from '../clock.ts';
import {log, withRequestId} from '../log.ts';
import {jobRuns} from '../observe/instruments.ts';
import {cancelledForModule} from './module-gate.ts';
import {claim, complete, fail, RetryLater, type JobRow} from './queue.ts';
import {jobRegistry, type JobContext, type JobModule} from './registry.ts';

// The queue keeps finished jobs a month (their dedupe keys guard against a due
// scan finding the same thing again), failed and cancelled ones three months.
const housekeeping: JobModule = {
  scans: [
    {
      name: 'jobs.cleanup',
      everyMs: 6 * 3600_000,
      // Ages in real time (the database's), whatever the test clock says.
      run: async ({pool}) => {
        await pool.query(
          `delete from job where (state = 'done' and updated_at < now() - interval '30 days')
              or (state in ('failed', 'cancelled') and updated_at < now() - interval '90 days')`,
        );
      },
    },
  ],
};

/** Claimed jobs as one line per company (each due-time, then queue-time, ordered); a job of no company is a line of its own. */
export function inOrderByCompany(jobs: readonly JobRow[]): JobRow[][] {
  const sorted = [...jobs].sort((a, b) => a.run_at - b.run_at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const lines = new Map<string, JobRow[]>();
  for (const job of sorted) {
    const key = job.company_id ?? `job:${job.id}`;
    const line = lines.get(key);
    if (line) line.push(job);
    else lines.set(key, [job]);
  }
  return [...lines.values()];
}

export type JobRunner = {
  /** Runs every scan now and then every due job until none is left. */
  runNow(): Promise<{jobs: number}>;
  stop(): Promise<void>;
};

export function startJobs(deps: {pool: pg.Pool; clock: Clock; modules: readonly JobModule[]; tickMs?: number; autoStart?: boolean}): JobRunner {
  const {handlers, scans} = jobRegistry([housekeeping, ...deps.modules]);
  const ctx: JobContext = {pool: deps.pool, clock: deps.clock};
  const lastScan = new Map<string, number>();
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  // One pass at a time: the timer and runNow() never overlap inside one process.
  let running: Promise<number> = Promise.resolve(0);

  async function scan(all: boolean) {
    for (const s of scans) {
      const last = lastScan.get(s.name) ?? 0;
      if (!all && Date.now() - last < s.everyMs) continue;
      lastScan.set(s.name, Date.now());
      try {
        await s.run(ctx);
      } catch (e) {
        log.warn('jobs', `scan ${s.name} failed: ${(e as Error).message}`);
      }
    }
  }

  async function runOne(job: JobRow): Promise<void> {
    const started = Date.now();
    const about = {queue: job.queue, jobId: job.id, attempt: job.attempts, companyId: job.company_id};
    try {
      if (await cancelledForModule(deps.pool, job)) return;
      await handlers.get(job.queue)!(job, ctx);
      await complete(deps.pool, job.id);
      jobRuns.inc({queue: job.queue, outcome: 'done'});
      log.info('jobs', `${job.queue} done`, {...about, ms: Date.now() - started});
    } catch (e) {
      const last = job.attempts >= job.max_attempts;
      jobRuns.inc({queue: job.queue, outcome: last ? 'failed' : 'retry'});
      log.warn('jobs', `${job.queue} ${job.id} attempt ${job.attempts} failed: ${(e as Error).message}`, {...about, final: last});
      await fail(deps.pool, deps.clock, job, (e as Error).message, e instanceof RetryLater ? e.delayMs : undefined).catch(() => {});
    }
  }

  async function drain(maxRounds: number): Promise<number> {
    const queues = [...handlers.keys()];
    let done = 0;
    for (let round = 0; round < maxRounds && !stopped; round++) {
      const jobs = await claim(deps.pool, deps.clock, queues, 20);
      if (!jobs.length) break;
      // Companies in parallel; one company's jobs one after another, in the
      // order they fell due, so a client never reads "moved" before "booked".
      await Promise.all(
        inOrderByCompany(jobs).map(async (line) => {
          for (const job of line) {
            // Its log lines carry the id of the request that caused it (0930), or its own.
            await withRequestId(job.request_id ?? `job:${job.id}`, () => runOne(job));
            done++;
          }
        }),
      );
    }
    return done;
  }

  const pass = (all: boolean, rounds: number) => {
    running = running.then(
      async () => {
        await scan(all);
        return drain(rounds);
      },
      () => 0,
    );
    return running;
  };

  const tick = async () => {
    if (stopped) return;
    try {
      await pass(false, 5);
    } catch (e) {
      log.warn('jobs', `tick failed: ${(e as Error).message}`);
    }
    if (!stopped) timer = setTimeout(tick, deps.tickMs ?? 2000);
  };
  if (deps.autoStart !== false) timer = setTimeout(tick, deps.tickMs ?? 2000);

  return {
    async runNow() {
      return {jobs: await pass(true, 50)};
    },
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running.catch(() => {});
    },
  };
}
