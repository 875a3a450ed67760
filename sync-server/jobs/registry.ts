// What runs by itself, declared by each module in its server manifest
// (`jobs`: {jobs: {'booking.remind': handler}, scans: [{name, everyMs, run}]})
// and handed to the worker at start — no registry filled by importing a file.
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

/** The handlers and scans of the given modules; a queue or scan declared twice is a mistake caught at start. */
export function jobRegistry(modules: readonly JobModule[]): {handlers: ReadonlyMap<string, JobHandler>; scans: readonly DueScan[]} {
  const handlers = new Map<string, JobHandler>();
  const scans = new Map<string, DueScan>();
  for (const module of modules) {
    for (const [queue, handler] of Object.entries(module.jobs ?? {})) {
      if (handlers.has(queue)) throw new Error(`job queue ${queue} is declared twice`);
      handlers.set(queue, handler);
    }
    for (const scan of module.scans ?? []) {
      if (scans.has(scan.name)) throw new Error(`due scan ${scan.name} is declared twice`);
      scans.set(scan.name, scan);
    }
  }
  return {handlers, scans: [...scans.values()]};
}
