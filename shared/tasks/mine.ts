// What the tasks' screens show, computed from the rows on the device (pure,
// beside the rules it reads): "My tasks" in its groups (returned for rework
// first, then overdue, today, upcoming, no deadline, and those handed in), the
// day boundaries in the company's zone, what a task still waits on, and the
// snapshot the lifecycle's guards look at (shared/tasks/lifecycle.ts).
import {dayOf} from '../booking/zone.ts';
import type {Locale} from '../i18n/locales.ts';
import {isDoneTask, isOpenTask, TASK_WORKFLOW, taskSnapshot, type TaskState} from './lifecycle.ts';
import {statusOf, type RequestSnapshot, type TaskRef} from '../workflow/engine.ts';
import {localizedText} from '../workflow/resolve.ts';

export const MINE_GROUPS = ['returned', 'overdue', 'today', 'upcoming', 'none', 'review'] as const;
export type MineGroup = (typeof MINE_GROUPS)[number];

type Dated = {readonly status: string; readonly deadline?: number | null};

/** Which group of "My tasks" an open task is in; null for a closed one. */
export function mineGroup(task: Dated, now: number, timeZone: string): MineGroup | null {
  if (!isOpenTask(task.status)) return null;
  if (task.status === 'returned') return 'returned';
  if (task.status === 'review') return 'review';
  const deadline = task.deadline ?? null;
  if (deadline === null) return 'none';
  if (deadline < now) return 'overdue';
  return dayOf(deadline, timeZone) === dayOf(now, timeZone) ? 'today' : 'upcoming';
}

/** My open tasks by group, in the groups' order; each group by deadline (the soonest first), then by title. */
export function groupMine<T extends Dated & {readonly title: string}>(tasks: readonly T[], now: number, timeZone: string): {group: MineGroup; tasks: T[]}[] {
  const by = new Map<MineGroup, T[]>();
  for (const task of tasks) {
    const g = mineGroup(task, now, timeZone);
    if (g) by.set(g, [...(by.get(g) ?? []), task]);
  }
  const order = (a: T, b: T) => (a.deadline ?? Infinity) - (b.deadline ?? Infinity) || a.title.localeCompare(b.title);
  return MINE_GROUPS.filter((g) => by.has(g)).map((group) => ({group, tasks: by.get(group)!.sort(order)}));
}

/** Overdue and returned: what the navigation's badge counts. */
export function needsMe(tasks: readonly Dated[], now: number): number {
  return tasks.filter((t) => t.status === 'returned' || (isOpenTask(t.status) && t.status !== 'review' && t.deadline != null && t.deadline < now)).length;
}

type Link = {readonly blocker?: {readonly id: string; readonly title: string; readonly status: string} | null | undefined; readonly blocker_id: string};

/**
 * The tasks this one still waits on. A blocker this person cannot see (a
 * contractor's task after a colleague's) is known only through the task's
 * start mark, which the server clears while any blocker is open.
 */
export function openBlockers(task: {readonly startable_at?: number | null; readonly blockers?: readonly Link[]}, hidden: string): TaskRef[] {
  const out: TaskRef[] = [];
  for (const link of task.blockers ?? []) {
    if (link.blocker) {
      if (!isDoneTask(link.blocker.status)) out.push({id: link.blocker.id, title: link.blocker.title});
    } else if (task.startable_at == null) out.push({id: link.blocker_id, title: hidden});
  }
  return out;
}

/** The guards' view of a task; `files` counts those attached and those still on their way from this device. */
export function snapshotOf(task: TaskState & Parameters<typeof openBlockers>[0], files: number, hidden: string): RequestSnapshot {
  return taskSnapshot(task, openBlockers(task, hidden), files);
}

export function statusOfTask(status: string) {
  return statusOf(TASK_WORKFLOW, status);
}

export function taskStatusName(status: string, locale: Locale): string {
  return localizedText(statusOfTask(status)?.name, locale) || status;
}

/** The line "№12 Оплата аренды" a task carries from its request (shared/tasks/context.ts). */
export function requestLine(context: readonly {readonly key: string; readonly value: string}[] | null | undefined): string {
  return context?.find((c) => c.key === '_request')?.value ?? '';
}
