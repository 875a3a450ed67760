// Task writes (issue 15). Each runs optimistically on the device and
// authoritatively on the server (same code); ids and times come from the
// device, so a replay is harmless. The lifecycle and its guards are the
// workflow engine's (shared/tasks/lifecycle.ts): the device explains a
// disabled button with the same blockers the server refuses with. The task's
// parts (checklist, comments, dependencies) are in tasks-parts.ts.
import {zql} from '#schema/zero-schema.ts';
import type {AuthContext} from '../auth/context.ts';
import {domainError} from '../errors.ts';
import {companyRows} from '../queries/scope.ts';
import {mayAssignOthers, mayAssignTo, mayCheck, mayWork} from '../tasks/access.ts';
import {checkTaskMove, handInTarget, isCheckerMove, isOpenTask, taskSnapshot} from '../tasks/lifecycle.ts';
import {createTaskArgs, handInArgs, moveTaskArgs, updateTaskArgs} from '../tasks/validation.ts';
import {visibleRequests} from '../requests/access.ts';
import {contextOf} from '../tasks/context.ts';
import {dotMutator} from './define.ts';
import {addLinks, taskPartMutators} from './tasks-parts.ts';
import {assertMembers, assertTasks, openBlockersOf, replanFrom, resultFiles, taskFor, type TaskRow} from './tasks-load.ts';
import type {Transaction} from '@rocicorp/zero';

/** What a task write did, for the server's effects (notices): nothing for a replay. */
export type TaskOutcome = {event: 'created' | 'assigned' | 'handed' | 'done' | 'returned' | 'moved' | 'comment'; taskId: string; notify: string[]} | undefined;

async function setPeople(tx: Transaction, ctx: AuthContext, taskId: string, kind: 'co' | 'watcher', members: readonly string[], at: number) {
  const rows = await tx.run(companyRows('task_person', ctx).where('task_id', taskId));
  const wanted = new Set(members);
  for (const r of rows) if (r.kind === kind && !wanted.has(r.member_id)) await tx.mutate.task_person.delete({id: r.id});
  for (const m of wanted) {
    const existing = rows.find((r) => r.member_id === m);
    if (existing?.kind === kind) continue;
    if (existing) await tx.mutate.task_person.update({id: existing.id, kind});
    else await tx.mutate.task_person.insert({id: `${taskId}:${m}`, company_id: ctx.companyID, task_id: taskId, member_id: m, kind, created_at: at});
  }
}

const others = (ctx: AuthContext, ids: readonly (string | null | undefined)[]) => [
  ...new Set(ids.filter((x): x is string => !!x && (ctx.kind !== 'member' || x !== ctx.memberID))),
];

function moveFields(task: TaskRow, to: string, at: number, comment: string | undefined) {
  return {
    status: to,
    status_since: at,
    updated_at: at,
    ...(to === 'in_progress' && !task.started_at && {started_at: at}),
    ...(to === 'done' || to === 'cancelled' ? {closed_at: at} : {closed_at: null}),
    ...(to === 'review' && {handed_at: at}),
    ...(to === 'returned' && {return_reason: comment?.trim() ?? '', returned_at: at}),
  };
}

export const taskMutators = {
  create: dotMutator(createTaskArgs, async ({tx, args, ctx}): Promise<TaskOutcome> => {
    assertTasks(ctx);
    const existing = await tx.run(zql.task.where('id', args.id).one());
    if (existing) {
      if (existing.company_id !== ctx.companyID) throw domainError('not_found');
      return;
    }
    if (!mayAssignTo(ctx, args.assigneeId)) throw domainError('validation', {fields: [{field: 'assigneeId', code: 'v.invalid'}]});
    if ((args.coAssignees.length || args.watchers.length) && !mayAssignOthers(ctx)) {
      throw domainError('validation', {fields: [{field: 'coAssignees', code: 'v.invalid'}]});
    }
    await assertMembers(tx, ctx, [args.assigneeId], 'assigneeId');
    await assertMembers(tx, ctx, args.coAssignees, 'coAssignees');
    await assertMembers(tx, ctx, args.watchers, 'watchers');
    const request = args.requestId ? await tx.run(visibleRequests(ctx).where('id', args.requestId).one()) : undefined;
    if (args.requestId && !request) throw domainError('validation', {fields: [{field: 'requestId', code: 'v.invalid'}]});
    let parent: TaskRow | undefined;
    if (args.parentId) parent = await taskFor(tx, ctx, args.parentId).catch(() => undefined);
    if (args.parentId && !parent) throw domainError('validation', {fields: [{field: 'parentId', code: 'v.invalid'}]});
    const memberId = ctx.kind === 'member' ? ctx.memberID : null;
    await tx.mutate.task.insert({
      id: args.id,
      company_id: ctx.companyID,
      request_id: args.requestId ?? parent?.request_id ?? null,
      meeting_id: parent?.meeting_id ?? null,
      parent_id: args.parentId,
      step_key: '',
      title: args.title,
      description: args.description,
      assignee_id: args.assigneeId ?? memberId,
      status: 'todo',
      status_since: args.at,
      priority: args.priority,
      deadline: args.deadline,
      duration_hours: null,
      startable_at: args.blockers.length ? null : args.at,
      result_required: args.resultRequired,
      required: true,
      // A task by hand on a request carries the request's number and subject: its doer may not see the request (P3).
      context: parent?.context ?? (request ? contextOf(request, [], []) : []),
      result_text: '',
      result_link: '',
      return_reason: '',
      position: args.at,
      created_by: memberId,
      created_at: args.at,
      updated_at: args.at,
    });
    await setPeople(tx, ctx, args.id, 'co', args.coAssignees, args.at);
    await setPeople(tx, ctx, args.id, 'watcher', args.watchers, args.at);
    await addLinks(tx, ctx, args.id, args.blockers, args.at);
    return {event: 'created', taskId: args.id, notify: others(ctx, [args.assigneeId, ...args.coAssignees])};
  }),

  update: dotMutator(updateTaskArgs, async ({tx, args, ctx}): Promise<TaskOutcome> => {
    const task = await taskFor(tx, ctx, args.id);
    if (!mayCheck(ctx, task)) throw domainError('not_found');
    if (args.assigneeId !== undefined && args.assigneeId !== task.assignee_id && !mayAssignTo(ctx, args.assigneeId)) {
      throw domainError('validation', {fields: [{field: 'assigneeId', code: 'v.invalid'}]});
    }
    await assertMembers(tx, ctx, [args.assigneeId], 'assigneeId');
    await assertMembers(tx, ctx, args.coAssignees ?? [], 'coAssignees');
    await assertMembers(tx, ctx, args.watchers ?? [], 'watchers');
    const deadlineMoved = args.deadline !== undefined && args.deadline !== (task.deadline ?? null);
    await tx.mutate.task.update({
      id: args.id,
      ...(args.title !== undefined && {title: args.title}),
      ...(args.description !== undefined && {description: args.description}),
      ...(args.priority !== undefined && {priority: args.priority}),
      ...(args.resultRequired !== undefined && {result_required: args.resultRequired}),
      ...(args.assigneeId !== undefined && {assignee_id: args.assigneeId}),
      // A deadline set by hand is fixed from now on: it no longer counts from the start.
      ...(deadlineMoved && {deadline: args.deadline, duration_hours: null, reminded_at: null, overdue_at: null, escalated_at: null}),
      updated_at: args.at,
    });
    if (args.coAssignees) await setPeople(tx, ctx, args.id, 'co', args.coAssignees, args.at);
    if (args.watchers) await setPeople(tx, ctx, args.id, 'watcher', args.watchers, args.at);
    if (deadlineMoved) await replanFrom(tx, ctx, [args.id], args.at);
    const reassigned = args.assigneeId !== undefined && args.assigneeId !== task.assignee_id;
    return reassigned ? {event: 'assigned', taskId: args.id, notify: others(ctx, [args.assigneeId])} : undefined;
  }),

  /** A move of the lifecycle (start, accept, return with a reason, cancel, reopen). */
  move: dotMutator(
    moveTaskArgs,
    async ({tx, args, ctx}): Promise<TaskOutcome> => {
      const task = await taskFor(tx, ctx, args.id);
      if (task.status === args.to) return;
      if (task.status !== args.from) throw domainError('conflict', {field: 'status', current: task.status, attempted: args.to});
      const allowed = isCheckerMove(args.from, args.to) ? mayCheck(ctx, task) : mayWork(ctx, task, task.people);
      if (!allowed) throw domainError('forbidden_state', {messageKey: 'tasks.notYours'});
      const snapshot = taskSnapshot(task, await openBlockersOf(tx, ctx, task.id), await resultFiles(tx, ctx, task.id));
      const blockers = checkTaskMove(snapshot, args.to, args.comment);
      if (blockers.some((b) => b.kind === 'no_such_move')) throw domainError('invalid_transition', {field: 'status', current: task.status, attempted: args.to});
      if (blockers.length) throw domainError('blocked', {blockers});
      await tx.mutate.task.update({id: task.id, ...moveFields(task, args.to, args.at, args.comment)});
      if (args.comment?.trim()) {
        await tx.mutate.task_comment.insert({
          id: `${task.id}:${args.at}`,
          company_id: ctx.companyID,
          task_id: task.id,
          author_id: ctx.kind === 'member' ? ctx.memberID : null,
          body: args.comment.trim(),
          mentions: [],
          created_at: args.at,
        });
      }
      if (isOpenTask(args.from) !== isOpenTask(args.to) || args.from === 'done' || args.to === 'done') await replanFrom(tx, ctx, [task.id], args.at);
      const event = args.to === 'returned' ? 'returned' : args.to === 'done' ? 'done' : 'moved';
      const notify = args.to === 'returned' ? [task.assignee_id, ...task.people.filter((p) => p.kind === 'co').map((p) => p.member_id)] : [task.created_by];
      return {event, taskId: task.id, notify: others(ctx, notify)};
    },
    {conflict: 'resend-over', rebase: (args, details) => (typeof details.current === 'string' ? {...args, from: details.current} : null)},
  ),

  /** T4: the result ("what was done", a link; files attached before) and the move to review, or to done when nobody else checks. */
  handIn: dotMutator(
    handInArgs,
    async ({tx, args, ctx}): Promise<TaskOutcome> => {
      const task = await taskFor(tx, ctx, args.id);
      const to = handInTarget(task);
      if (task.status === to) return;
      if (task.status !== args.from) throw domainError('conflict', {field: 'status', current: task.status, attempted: to});
      if (!mayWork(ctx, task, task.people)) throw domainError('forbidden_state', {messageKey: 'tasks.notYours'});
      const given = {...task, result_text: args.text, result_link: args.link};
      const blockers = checkTaskMove(taskSnapshot(given, await openBlockersOf(tx, ctx, task.id), await resultFiles(tx, ctx, task.id)), to);
      if (blockers.some((b) => b.kind === 'no_such_move')) throw domainError('invalid_transition', {field: 'status', current: task.status, attempted: to});
      if (blockers.length) throw domainError('blocked', {blockers});
      await tx.mutate.task.update({
        id: task.id,
        result_text: args.text,
        result_link: args.link,
        handed_at: args.at,
        ...moveFields(task, to, args.at, undefined),
      });
      if (to === 'done') await replanFrom(tx, ctx, [task.id], args.at);
      return {event: to === 'done' ? 'done' : 'handed', taskId: task.id, notify: others(ctx, [task.created_by])};
    },
    {conflict: 'resend-over', rebase: (args, details) => (typeof details.current === 'string' ? {...args, from: details.current} : null)},
  ),

  ...taskPartMutators,
};
