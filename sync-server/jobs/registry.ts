// What runs by itself, registered by each module in one line:
//   registerJobs(bookingJobs)   // {jobs: {'booking.remind': handler}, scans: [{name, everyMs, run}]}
// A job handler does one piece of work for a payload; a due scan looks at the
// clock and the data ("which reminders are due?") and enqueues jobs for what
// it finds. Scans are stateless (they read the data each time), so time-based
// work survives restarts; dedupe keys make finding the same thing twice harmless.
import type pg from 'pg';
import type {Clock} from '../clock.ts';
import type {JobRow} from './queue.ts';

export type JobContext = {pool: pg.Pool; clock: Clock};

export type JobHandler = (job: JobRow, ctx: JobContext) => Promise<void>;

export type DueScan = {
  name: string;
  /** How often it runs (by the wall clock; it reads the server clock for "now"). */
  everyMs: number;
  run: (ctx: JobContext) => Promise<void>;
};

export type JobModule = {jobs?: Record<string, JobHandler>; scans?: readonly DueScan[]};

const handlers = new Map<string, JobHandler>();
const scans = new Map<string, DueScan>();

export function registerJobs(module: JobModule): void {
  for (const [queue, handler] of Object.entries(module.jobs ?? {})) handlers.set(queue, handler);
  for (const scan of module.scans ?? []) scans.set(scan.name, scan);
}

export function jobHandlers(): ReadonlyMap<string, JobHandler> {
  return handlers;
}

export function dueScans(): readonly DueScan[] {
  return [...scans.values()];
}
