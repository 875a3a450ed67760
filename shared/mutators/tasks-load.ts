// What every task write reads first, inside its transaction: the task (if
// this person may see it: the one "not found" otherwise), the tasks it waits
// on, its result's files, and the company's clock for deadlines. And the one
// place that re-plans the tasks downstream of a change (a blocker done, a
// deadline moved), so no write forgets the dependents.
import type {Transaction} from '@rocicorp/zero';
import {zql} from '#schema/zero-schema.ts';
import {assertCan} from '../auth/can.ts';
import type {AuthContext} from '../auth/context.ts';
import {normalizeHours} from '../company/hours.ts';
import {domainError} from '../errors.ts';
import {companyRows} from '../queries/scope.ts';
import {taskReach, visibleTasks} from '../tasks/access.ts';
import {calendarHours, planDeadlines, type AddHours} from '../tasks/deadlines.ts';
import {openBlockers} from '../tasks/graph.ts';
import {isDoneTask, isOpenTask} from '../tasks/lifecycle.ts';
import type {TaskRef} from '../workflow/engine.ts';
import {slaDueAt} from '../workflow/sla.ts';

/** Anyone working with tasks; a module switched off says so (assertCan). */
export function assertTasks(ctx: AuthContext): void {
  if (taskReach(ctx).kind === 'none') assertCan(ctx, 'tasks.own');
}

export type TaskRow = NonNullable<Awaited<ReturnType<typeof loadTask>>>;

function loadTask(tx: Transaction, ctx: AuthContext, id: string) {
  return tx.run(visibleTasks(ctx).where('id', id).related('people').one());
}

/** The task, if this person sees it (the same rule as their queries); the one "not found" otherwise. */
export async function taskFor(tx: Transaction, ctx: AuthContext, id: string): Promise<TaskRow> {
  assertTasks(ctx);
  const row = await loadTask(tx, ctx, id);
  if (!row) throw domainError('not_found');
  return row;
}

/** The tasks `taskId` waits on that are not done, named. */
export async function openBlockersOf(tx: Transaction, ctx: AuthContext, taskId: string): Promise<TaskRef[]> {
  const links = await tx.run(companyRows('task_link', ctx).where('task_id', taskId).related('blocker'));
  return links.flatMap((l) => (l.blocker && !isDoneTask(l.blocker.status) ? [{id: l.blocker.id, title: l.blocker.title}] : []));
}

export async function resultFiles(tx: Transaction, ctx: AuthContext, taskId: string): Promise<number> {
  return (await tx.run(companyRows('attachment', ctx).where('entity', 'task').where('entity_id', taskId))).length;
}

/** Deadlines count working hours when the company has set its hours (the SLA calendar), else calendar hours. */
export async function taskClock(tx: Transaction, ctx: AuthContext): Promise<AddHours> {
  const company = await tx.run(zql.company.where('id', ctx.companyID).one());
  const profile = await tx.run(companyRows('company_profile', ctx).one());
  const week = profile ? normalizeHours(profile.hours) : null;
  if (!week) return calendarHours;
  const calendar = {week, timeZone: company?.timezone ?? 'Asia/Almaty'};
  return (from, hours) => slaDueAt(from, hours, {mode: 'working', escalateAfterHours: 0}, calendar) ?? from;
}

/**
 * After `changed` finished, reopened or moved its deadline: every task
 * downstream gets its start mark and its planned deadline again (T2: a
 * deadline moves with its blocker; a relative one counts from the moment the
 * task can start).
 */
export async function replanFrom(tx: Transaction, ctx: AuthContext, changed: readonly string[], at: number): Promise<void> {
  const downstream = new Set<string>();
  let frontier = [...changed];
  while (frontier.length) {
    const links = await tx.run(companyRows('task_link', ctx).where('blocker_id', 'IN', frontier));
    frontier = links.map((l) => l.task_id).filter((id) => !downstream.has(id));
    for (const id of frontier) downstream.add(id);
  }
  if (!downstream.size) return;
  const ids = [...downstream];
  const edges = (await tx.run(companyRows('task_link', ctx).where('task_id', 'IN', ids))).map((l) => ({task: l.task_id, blocker: l.blocker_id}));
  const all = [...new Set([...ids, ...edges.map((e) => e.blocker)])];
  const rows = await tx.run(companyRows('task', ctx).where('id', 'IN', all));
  const byId = new Map(rows.map((r) => [r.id, r]));
  const starts = new Map<string, number | null>();
  for (const id of ids) {
    const row = byId.get(id);
    if (!row) continue;
    const blocked = openBlockers(id, edges, (b) => isDoneTask(byId.get(b)?.status ?? 'done')).length > 0;
    const startable = blocked ? null : (row.startable_at ?? at);
    if (startable !== (row.startable_at ?? null)) starts.set(id, startable);
  }
  const plan = planDeadlines(
    rows.map((r) => ({
      id: r.id,
      durationHours: r.duration_hours ?? null,
      deadline: r.deadline ?? null,
      startableAt: starts.has(r.id) ? starts.get(r.id)! : (r.startable_at ?? null),
      done: !isOpenTask(r.status),
    })),
    edges,
    await taskClock(tx, ctx),
  );
  for (const id of ids) {
    if (!starts.has(id) && !plan.has(id)) continue;
    await tx.mutate.task.update({
      id,
      ...(starts.has(id) && {startable_at: starts.get(id)}),
      ...(plan.has(id) && {deadline: plan.get(id), reminded_at: null, overdue_at: null, escalated_at: null}),
      updated_at: at,
    });
  }
}

/** Every id must be an active member of the company (a named colleague), else the field is refused. */
export async function assertMembers(tx: Transaction, ctx: AuthContext, ids: readonly (string | null | undefined)[], field: string): Promise<void> {
  const wanted = [...new Set(ids.filter((x): x is string => !!x))];
  if (!wanted.length) return;
  const rows = await tx.run(companyRows('member', ctx).where('id', 'IN', wanted));
  if (rows.length !== wanted.length || rows.some((m) => !m.active)) throw domainError('validation', {fields: [{field, code: 'v.invalid'}]});
}
