// A task's parts: what it waits on (T2, cycles refused with their path named),
// its checklist, and its comments with @mentions (T6). Whoever sees a task may
// comment; whoever works on it or checks it may tick its list; dependencies
// are set by whoever checks the task (its author or a task manager).
import type {Transaction} from '@rocicorp/zero';
import {zql} from '#schema/zero-schema.ts';
import type {AuthContext} from '../auth/context.ts';
import {derivedId} from '../crm/ids.ts';
import {domainError} from '../errors.ts';
import {companyRows} from '../queries/scope.ts';
import {mayAssignOthers, mayCheck, mayWork} from '../tasks/access.ts';
import {cyclePath} from '../tasks/graph.ts';
import {addCheckArgs, linkTaskArgs, removeCheckArgs, taskCommentArgs, toggleCheckArgs, unlinkTaskArgs} from '../tasks/validation.ts';
import {dotMutator} from './define.ts';
import {assertMembers, replanFrom, taskFor} from './tasks-load.ts';
import type {TaskOutcome} from './tasks.ts';

/** The id of "task waits on blocker": one row per pair, the same on every device. */
export const linkId = (taskId: string, blockerId: string) => derivedId(taskId, `after:${blockerId}`);

/**
 * Makes `taskId` wait on each of `blockerIds` (each must be a task this
 * person sees), refusing one that would close a cycle — naming its path.
 */
export async function addLinks(
  tx: Transaction,
  ctx: AuthContext,
  taskId: string,
  blockerIds: readonly string[],
  at: number,
  ids?: readonly string[],
): Promise<void> {
  if (!blockerIds.length) return;
  const edges = (await tx.run(companyRows('task_link', ctx))).map((l) => ({task: l.task_id, blocker: l.blocker_id}));
  for (const [i, blockerId] of blockerIds.entries()) {
    const blocker = await taskFor(tx, ctx, blockerId).catch(() => undefined);
    if (!blocker) throw domainError('validation', {fields: [{field: 'blockerId', code: 'v.invalid'}]});
    if (edges.some((e) => e.task === taskId && e.blocker === blockerId)) continue;
    const cycle = cyclePath(edges, {task: taskId, blocker: blockerId});
    if (cycle) {
      const rows = await tx.run(companyRows('task', ctx).where('id', 'IN', [...new Set(cycle)]));
      const title = (id: string) => rows.find((r) => r.id === id)?.title ?? id;
      throw domainError('validation', {fields: [{field: 'blockerId', code: 'tasks.cycle', params: {path: cycle.map(title).join(' → ')}}]});
    }
    await tx.mutate.task_link.insert({
      id: ids?.[i] ?? linkId(taskId, blockerId),
      company_id: ctx.companyID,
      task_id: taskId,
      blocker_id: blockerId,
      created_at: at,
    });
    edges.push({task: taskId, blocker: blockerId});
  }
  await replanFrom(tx, ctx, blockerIds, at);
}

export const taskPartMutators = {
  link: dotMutator(linkTaskArgs, async ({tx, args, ctx}) => {
    const task = await taskFor(tx, ctx, args.taskId);
    if (!mayCheck(ctx, task)) throw domainError('forbidden_state', {messageKey: 'tasks.notYours'});
    const existing = await tx.run(zql.task_link.where('id', args.id).one());
    if (existing) {
      if (existing.company_id !== ctx.companyID) throw domainError('not_found');
      return;
    }
    await addLinks(tx, ctx, task.id, [args.blockerId], args.at, [args.id]);
  }),

  unlink: dotMutator(unlinkTaskArgs, async ({tx, args, ctx}) => {
    const link = await tx.run(companyRows('task_link', ctx).where('id', args.id).one());
    if (!link) return;
    const task = await taskFor(tx, ctx, link.task_id);
    if (!mayCheck(ctx, task)) throw domainError('forbidden_state', {messageKey: 'tasks.notYours'});
    await tx.mutate.task_link.delete({id: args.id});
    await replanFrom(tx, ctx, [link.blocker_id], link.created_at);
  }),

  addCheck: dotMutator(addCheckArgs, async ({tx, args, ctx}) => {
    const task = await taskFor(tx, ctx, args.taskId);
    if (!mayWork(ctx, task, task.people) && !mayCheck(ctx, task)) throw domainError('forbidden_state', {messageKey: 'tasks.notYours'});
    const existing = await tx.run(zql.task_check.where('id', args.id).one());
    if (existing) {
      if (existing.company_id !== ctx.companyID) throw domainError('not_found');
      return;
    }
    await tx.mutate.task_check.insert({
      id: args.id,
      company_id: ctx.companyID,
      task_id: task.id,
      text: args.text,
      done: false,
      position: args.at,
      created_at: args.at,
    });
  }),

  toggleCheck: dotMutator(toggleCheckArgs, async ({tx, args, ctx}) => {
    const item = await tx.run(companyRows('task_check', ctx).where('id', args.id).one());
    if (!item) throw domainError('not_found');
    const task = await taskFor(tx, ctx, item.task_id);
    if (!mayWork(ctx, task, task.people) && !mayCheck(ctx, task)) throw domainError('forbidden_state', {messageKey: 'tasks.notYours'});
    await tx.mutate.task_check.update({id: args.id, done: args.done, done_by: args.done && ctx.kind === 'member' ? ctx.memberID : null});
  }),

  removeCheck: dotMutator(removeCheckArgs, async ({tx, args, ctx}) => {
    const item = await tx.run(companyRows('task_check', ctx).where('id', args.id).one());
    if (!item) return;
    const task = await taskFor(tx, ctx, item.task_id);
    if (!mayCheck(ctx, task)) throw domainError('forbidden_state', {messageKey: 'tasks.notYours'});
    await tx.mutate.task_check.delete({id: args.id});
  }),

  /** T6: a comment; those @mentioned are told. Without sight of the team, one mentions only the task's own people. */
  comment: dotMutator(taskCommentArgs, async ({tx, args, ctx}): Promise<TaskOutcome> => {
    const task = await taskFor(tx, ctx, args.taskId);
    const existing = await tx.run(zql.task_comment.where('id', args.id).one());
    if (existing) {
      if (existing.company_id !== ctx.companyID) throw domainError('not_found');
      return;
    }
    const mentions = [...new Set(args.mentions)];
    const own = new Set([task.assignee_id, task.created_by, ...task.people.map((p) => p.member_id)]);
    if (!mayAssignOthers(ctx) && mentions.some((m) => !own.has(m))) throw domainError('validation', {fields: [{field: 'mentions', code: 'v.invalid'}]});
    await assertMembers(tx, ctx, mentions, 'mentions');
    const author = ctx.kind === 'member' ? ctx.memberID : null;
    await tx.mutate.task_comment.insert({
      id: args.id,
      company_id: ctx.companyID,
      task_id: task.id,
      author_id: author,
      body: args.body,
      mentions,
      created_at: args.at,
    });
    return {event: 'comment', taskId: task.id, notify: mentions.filter((m) => m !== author)};
  }),
};
