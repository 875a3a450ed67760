// Deadlines counted from the moment a task can start. A task with a duration
// ("3 days once the design is approved") gets its deadline when it becomes
// startable; while it still waits, its deadline follows its blockers', so when
// a blocker's deadline moves, every task after it moves too, down the chain
// (Bitrix24 shifts dependents the same way; taskwarrior users ask for due
// dates relative to unblocking). Only the blockers still open hold a task
// back: a finished blocker's old deadline never pushes its dependents later.
// Pure: the hours are added by a function the caller passes (calendar hours
// by default; the server passes the company's SLA calendar).
import {orderable, type Edge} from './graph.ts';

export type PlanTask = {
  readonly id: string;
  /** Hours allowed once startable; null = a fixed deadline that never moves by itself. */
  readonly durationHours: number | null;
  /** The deadline as stored (ms since epoch, UTC) or null. */
  readonly deadline: number | null;
  /** When the task became startable (created with no open blockers, or its last blocker finished), ms; null while blocked. */
  readonly startableAt: number | null;
  readonly done: boolean;
};

/** Adds working or calendar time; the server passes the company's SLA calendar (shared/workflow/sla.ts slaDueAt). Default: calendar hours. */
export type AddHours = (from: number, hours: number) => number;

const HOUR = 3_600_000;

export const calendarHours: AddHours = (from, hours) => from + hours * HOUR;

/**
 * Planned deadline of every task with a duration: if startable, startableAt + duration; if still blocked, (the latest planned-or-fixed deadline among its blockers) + duration (so it moves with its blocker); if a blocker has no deadline at all, the task's deadline stays as stored (null if none). Done tasks keep their stored deadline. Fixed (duration null) tasks keep theirs. Propagates transitively in dependency order. Returns only the tasks whose deadline differs from the stored one: Map id -> new deadline (number|null).
 *
 * "Its blockers" are the open ones (done blockers are skipped); a blocker
 * that is not among `tasks` is unknown, so the task keeps its stored deadline.
 * Tasks on a cycle (and those waiting on one) are left unchanged.
 */
export function planDeadlines(tasks: readonly PlanTask[], edges: readonly Edge[], addHours: AddHours = calendarHours): Map<string, number | null> {
  const byId = new Map<string, PlanTask>();
  for (const t of tasks) if (!byId.has(t.id)) byId.set(t.id, t);
  const blockers = new Map<string, string[]>();
  for (const e of edges) {
    if (!byId.has(e.task)) continue;
    const list = blockers.get(e.task);
    if (list) list.push(e.blocker);
    else blockers.set(e.task, [e.blocker]);
  }
  // The deadline each task ends up with, planned or fixed; filled in
  // dependency order, so a task's blockers are always decided before it.
  const decided = new Map<string, number | null>();
  const plan = (t: PlanTask, hours: number): number | null => {
    if (t.startableAt !== null) return addHours(t.startableAt, hours);
    let latest: number | null = null;
    for (const id of blockers.get(t.id) ?? []) {
      const b = byId.get(id);
      if (!b) return t.deadline;
      if (b.done) continue;
      const d = decided.get(id) ?? null;
      if (d === null) return t.deadline;
      if (latest === null || d > latest) latest = d;
    }
    return latest === null ? t.deadline : addHours(latest, hours);
  };
  const changed = new Map<string, number | null>();
  for (const id of orderable([...byId.keys()], edges)) {
    const t = byId.get(id)!;
    const d = t.done || t.durationHours === null ? t.deadline : plan(t, t.durationHours);
    decided.set(id, d);
    if (d !== t.deadline) changed.set(id, d);
  }
  return changed;
}
