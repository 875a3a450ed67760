// T1: a request entering a status gets the tasks its type's step template
// names for that status, each assigned (a named person; else the least
// loaded active member holding the step's role — the requests engine's
// assignment rule; else the request's responsible), linked to the earlier
// steps it waits on, with its deadline counted from when it can start.
// Called by the request's own writes, in their transaction.
//
// Ids derive from the request and the step, so the device and the server make
// the same rows and re-entering the status makes nothing twice. The device
// leaves a role's choice to the server (it may not hold everyone's load).
import type {Transaction} from '@rocicorp/zero';
import type {AuthContext} from '../auth/context.ts';
import {companyRows} from '../queries/scope.ts';
import {contextOf} from '../tasks/context.ts';
import {planDeadlines} from '../tasks/deadlines.ts';
import {CLOSED_TASK_STATUSES, isDoneTask, isOpenTask} from '../tasks/lifecycle.ts';
import {parseSteps, tasksOnEntering, type Step} from '../tasks/steps.ts';
import {memberRoles} from '../team/rules.ts';
import {chooseAssignee} from '../workflow/assignment.ts';
import type {FieldDef} from '../workflow/fields.ts';
import type {Locale} from '../i18n/locales.ts';
import {linkId} from './tasks-parts.ts';
import {taskClock} from './tasks-load.ts';

type RequestLike = {
  readonly id: string;
  readonly number?: number | null;
  readonly title: string;
  readonly fields: unknown;
  readonly responsible_id?: string | null;
  readonly priority: 'low' | 'medium' | 'high' | 'urgent';
};

type TaskInsert = Parameters<Transaction['mutate']['task']['insert']>[0];
type Members = readonly {id: string; role: string; roles?: readonly string[] | null; active: boolean}[];

/** Server only (the device may not hold everyone's tasks): the least loaded active member holding the step's role. */
async function chooseByRole(tx: Transaction, ctx: AuthContext, step: Step, members: Members, made: Map<string, number>): Promise<string | null> {
  const pool = members.filter((m) => m.active && memberRoles(m).includes(step.role)).map((m) => ({id: m.id, position: '', skills: []}));
  if (!pool.length || tx.location !== 'server') return null;
  // Counted in the database: reading every open task of the pool would grow with the company's history.
  const counts = (await tx.dbTransaction.query(
    `select assignee_id, count(*)::int as open from task
      where company_id = $1 and assignee_id = any($2) and status <> all($3) group by assignee_id`,
    [ctx.companyID, pool.map((p) => p.id), CLOSED_TASK_STATUSES],
  )) as Iterable<{assignee_id: string; open: number}>;
  const load = new Map(made);
  for (const r of counts) load.set(r.assignee_id, (load.get(r.assignee_id) ?? 0) + r.open);
  return chooseAssignee({mode: 'least_loaded', positions: []}, pool, load, -1)?.memberId ?? null;
}

export async function makeStepTasks(
  tx: Transaction,
  ctx: AuthContext,
  request: RequestLike,
  type: {steps?: unknown} | null | undefined,
  fields: readonly FieldDef[],
  status: string,
  at: number,
  locale: Locale = 'ru',
): Promise<number> {
  const planned = tasksOnEntering(parseSteps(type?.steps), request.id, status);
  if (!planned.length) return 0;
  const existing = await tx.run(companyRows('task', ctx).where('request_id', request.id));
  const fresh = planned.filter((p) => !existing.some((e) => e.id === p.id));
  if (!fresh.length) return 0;
  const members = fresh.some((p) => p.step.role || p.step.memberId) ? await tx.run(companyRows('member', ctx)) : [];
  const made = new Map<string, number>();
  const known = new Map(existing.map((e) => [e.id, e]));
  const addHours = await taskClock(tx, ctx);
  const createdBy = ctx.kind === 'member' ? ctx.memberID : null;
  const rows: {row: TaskInsert; blockers: string[]}[] = [];
  for (const p of fresh) {
    const named = p.step.memberId && members.some((m) => m.id === p.step.memberId && m.active) ? p.step.memberId : null;
    const byRole = !named && p.step.role && tx.location === 'server' ? await chooseByRole(tx, ctx, p.step, members, made) : null;
    const assignee = named ?? byRole ?? (p.step.role && tx.location !== 'server' ? null : (request.responsible_id ?? null));
    if (assignee) made.set(assignee, (made.get(assignee) ?? 0) + 1);
    const blockers = p.blockerIds.filter((id) => known.has(id) || fresh.some((f) => f.id === id));
    const blocked = blockers.some((id) => !isDoneTask(known.get(id)?.status ?? 'todo'));
    const startable = blocked ? null : at;
    const row: TaskInsert = {
      id: p.id,
      company_id: ctx.companyID,
      request_id: request.id,
      meeting_id: null,
      parent_id: null,
      step_key: p.step.key,
      title: (p.title[locale] || p.title.ru).slice(0, 300),
      description: '',
      assignee_id: assignee,
      status: 'todo',
      status_since: at,
      priority: request.priority,
      deadline: startable !== null && p.step.durationHours ? addHours(startable, p.step.durationHours) : null,
      duration_hours: p.step.durationHours,
      startable_at: startable,
      result_required: p.step.resultRequired,
      required: p.step.required,
      context: contextOf(request, fields, p.step.fields),
      result_text: '',
      result_link: '',
      return_reason: '',
      position: at + rows.length,
      created_by: createdBy,
      created_at: at,
      updated_at: at,
    };
    rows.push({row, blockers});
    known.set(p.id, row as never);
  }
  // Blocked ones take their deadline from their blockers' (planned) ones.
  const plan = planDeadlines(
    [...known.values()].map((t) => ({
      id: t.id,
      durationHours: t.duration_hours ?? null,
      deadline: t.deadline ?? null,
      startableAt: t.startable_at ?? null,
      done: !isOpenTask(t.status),
    })),
    rows.flatMap(({row, blockers}) => blockers.map((b) => ({task: row.id, blocker: b}))),
    addHours,
  );
  for (const {row, blockers} of rows) {
    await tx.mutate.task.insert(plan.has(row.id) ? {...row, deadline: plan.get(row.id) ?? null} : row);
    for (const b of blockers)
      await tx.mutate.task_link.insert({id: linkId(row.id, b), company_id: ctx.companyID, task_id: row.id, blocker_id: b, created_at: at});
  }
  return rows.length;
}

/** A request rejected (a status of the cancelled kind): its open tasks are nobody's work any more. */
export async function cancelOpenTasks(tx: Transaction, ctx: AuthContext, requestId: string, at: number): Promise<void> {
  for (const t of await tx.run(companyRows('task', ctx).where('request_id', requestId))) {
    if (isOpenTask(t.status)) await tx.mutate.task.update({id: t.id, status: 'cancelled', status_since: at, closed_at: at, updated_at: at});
  }
}
