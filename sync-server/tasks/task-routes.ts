// /api/v1/tasks: tasks through REST — the same named queries and mutators as
// the app, so a contractor's API key reaches exactly what their phone does
// (shared/tasks/access.ts). A move may leave out `from`: the current status.
import {z} from 'zod';
import {domainError} from '#shared/errors.ts';
import {mutators} from '#shared/mutators/index.ts';
import {queries} from '#shared/queries/index.ts';
import type {MemberContext} from '#shared/auth/context.ts';
import {isOpenTask} from '#shared/tasks/lifecycle.ts';
import {workload} from '#shared/tasks/workload.ts';
import {taskVisibility} from '#shared/tasks/access.ts';
import {companyRows} from '#shared/queries/scope.ts';
import type {HttpDeps} from '../module/define.ts';
import {route} from '../rest/route.ts';
import {rowSchema, toCamel} from '../rest/rows.ts';
import {writeRoute} from '../rest/write-route.ts';

const taskRow = rowSchema('task');
const linkRow = rowSchema('task_link');
const checkRow = rowSchema('task_check');
const commentRow = rowSchema('task_comment');
const personRow = rowSchema('task_person');
const attachmentRow = rowSchema('attachment');
const idParams = z.object({id: z.string().max(128)});

function must<T>(row: T | undefined): T {
  if (!row) throw domainError('not_found');
  return row;
}

const RELATED = new Set(['assignee', 'meeting', 'people', 'checks', 'comments', 'attachments', 'blockers', 'blocking', 'subtasks']);

/** A task's own columns (its JSON `context` stays), the related rows left out. */
function plainTask(row: Record<string, unknown>) {
  return Object.fromEntries(Object.entries(row).filter(([k]) => !RELATED.has(k)));
}

export function taskRoutes(deps: HttpDeps) {
  const {zdb} = deps;
  const card = async (ctx: MemberContext, id: string) => {
    const row = await zdb.run(queries.tasks.card.fn({args: {id}, ctx}));
    if (!row) throw domainError('not_found');
    return row;
  };
  const answer = async (ctx: MemberContext, id: string) => plainTask(await card(ctx, id));
  const currentStatus = async (ctx: MemberContext, id: string) => (await card(ctx, id)).status;
  const common = {tag: 'tasks', entity: 'task'} as const;

  return [
    route({
      ...common,
      method: 'get',
      path: '/tasks',
      summary: 'The tasks you may see (every one with tasks.read; yours otherwise), newest first',
      auth: 'member',
      query: z.object({
        mine: z.enum(['1', 'true']).optional().describe('Only those assigned or co-assigned to you.'),
        status: z.string().max(40).optional(),
        assigneeId: z.string().max(64).optional(),
        requestId: z.string().max(64).optional(),
        open: z.enum(['1', 'true']).optional().describe('Only tasks not done and not cancelled.'),
        limit: z.coerce.number().int().min(1).max(1000).default(200),
      }),
      response: z.object({data: z.array(taskRow)}),
      async handler({query, ctx}) {
        let q = query.mine ? queries.tasks.mine.fn({args: undefined, ctx}) : queries.tasks.list.fn({args: undefined, ctx});
        if (query.status) q = q.where('status', query.status);
        if (query.assigneeId) q = q.where('assignee_id', query.assigneeId);
        if (query.requestId) q = q.where('request_id', query.requestId);
        const rows = (await zdb.run(q.limit(query.limit))).filter((r) => !query.open || isOpenTask(r.status));
        return {body: {data: toCamel(rows.map(plainTask))}};
      },
    }),
    route({
      ...common,
      method: 'get',
      path: '/tasks/workload',
      summary: 'Workload per person: open, overdue, closed in the period, average time to close, on-time share (tasks.read)',
      auth: 'member',
      permission: 'tasks.read',
      query: z.object({
        from: z.coerce.number().int().nonnegative().optional().describe('Closed from (epoch ms); default 30 days ago.'),
        to: z.coerce.number().int().nonnegative().optional().describe('Closed before (epoch ms); default now.'),
      }),
      async handler({query, ctx}) {
        const now = deps.clock.now();
        const rows = await zdb.run(queries.tasks.workload.fn({args: undefined, ctx}));
        const period = {from: query.from ?? now - 30 * 86_400_000, to: query.to ?? now};
        const data = workload(
          rows.map((r) => ({
            assigneeId: r.assignee_id ?? null,
            open: isOpenTask(r.status),
            deadline: r.deadline ?? null,
            createdAt: r.created_at,
            closedAt: r.status === 'done' ? (r.closed_at ?? null) : null,
          })),
          now,
          period,
        );
        return {body: {data, period}};
      },
    }),
    route({
      ...common,
      method: 'get',
      path: '/tasks/:id',
      summary: 'One task with its people, dependencies, checklist and comments',
      auth: 'member',
      params: idParams,
      response: taskRow.extend({people: z.array(personRow), blockers: z.array(linkRow), checks: z.array(checkRow), comments: z.array(commentRow)}),
      async handler({params, ctx}) {
        const row = await card(ctx, params.id);
        return {
          body: toCamel({
            ...plainTask(row),
            people: row.people,
            checks: row.checks,
            blockers: row.blockers.map(({blocker: _b, ...l}) => l),
            comments: row.comments.map(({author: _a, ...c}) => c),
          }),
        };
      },
    }),
    writeRoute(deps, {
      ...common,
      mutator: mutators.task.create,
      method: 'post',
      path: '/tasks',
      summary: 'Create a task (on a request, under a task, or alone)',
      response: taskRow,
      read: (ctx, args) => answer(ctx, args.id),
    }),
    writeRoute(deps, {
      ...common,
      mutator: mutators.task.update,
      method: 'patch',
      path: '/tasks/:id',
      summary: 'Change a task: title, description, deadline (dependents move with it), priority, result required, people',
      response: taskRow,
      read: (ctx, args) => answer(ctx, args.id),
    }),
    writeRoute(deps, {
      ...common,
      mutator: mutators.task.move,
      method: 'post',
      path: '/tasks/:id/move',
      summary: 'Move a task (start, accept, return for rework with a `comment`, cancel, reopen); refused with the blockers named',
      optional: ['from'],
      fill: async ({params, ctx}) => ({from: await currentStatus(ctx, params.id!)}),
      response: taskRow,
      read: (ctx, args) => answer(ctx, args.id),
    }),
    writeRoute(deps, {
      ...common,
      mutator: mutators.task.handIn,
      method: 'post',
      path: '/tasks/:id/hand-in',
      summary: 'Hand in the result: what was done and a link (files attached before); to review, or done when nobody else checks it',
      optional: ['from'],
      fill: async ({params, ctx}) => ({from: await currentStatus(ctx, params.id!)}),
      response: taskRow,
      read: (ctx, args) => answer(ctx, args.id),
    }),
    writeRoute(deps, {
      ...common,
      mutator: mutators.task.link,
      method: 'post',
      path: '/tasks/:taskId/blockers',
      summary: 'Make the task wait on another (a loop is refused, its path named)',
      status: 204,
    }),
    writeRoute(deps, {
      ...common,
      mutator: mutators.task.unlink,
      method: 'delete',
      path: '/task-links/:id',
      summary: 'Remove a dependency',
      status: 204,
      // A device's replayed delete is harmless; through REST, a link one cannot see is a 404.
      exists: async (ctx, args) => must(await zdb.run(companyRows('task_link', ctx).where('id', args.id).whereExists('task', taskVisibility(ctx)).one())),
    }),
    writeRoute(deps, {...common, mutator: mutators.task.addCheck, method: 'post', path: '/tasks/:taskId/checks', summary: 'Add a checklist item', status: 204}),
    writeRoute(deps, {
      ...common,
      mutator: mutators.task.toggleCheck,
      method: 'patch',
      path: '/task-checks/:id',
      summary: 'Tick or untick a checklist item',
      status: 204,
    }),
    writeRoute(deps, {
      ...common,
      mutator: mutators.task.removeCheck,
      method: 'delete',
      path: '/task-checks/:id',
      summary: 'Remove a checklist item',
      status: 204,
      exists: async (ctx, args) => must(await zdb.run(companyRows('task_check', ctx).where('id', args.id).whereExists('task', taskVisibility(ctx)).one())),
    }),
    route({
      ...common,
      method: 'get',
      path: '/tasks/:id/attachments',
      summary: "A task's files: its result, photos (upload bytes first with PUT /files/{id})",
      auth: 'member',
      params: idParams,
      response: z.object({data: z.array(attachmentRow)}),
      async handler({params, ctx}) {
        const row = await card(ctx, params.id);
        return {body: {data: toCamel(row.attachments.map(({file: _file, ...a}) => a))}};
      },
    }),
    writeRoute(deps, {
      ...common,
      mutator: mutators.attachment.add,
      method: 'post',
      path: '/tasks/:id/attachments',
      pathArgs: {id: 'entityId'},
      summary: 'Attach an uploaded file to a task (the result: a photo, a document)',
      omit: ['entity'],
      fill: () => ({entity: 'task' as const}),
      response: attachmentRow,
      read: async (ctx, args) => {
        const att = (await card(ctx, args.entityId)).attachments.find((a) => a.id === args.id);
        if (!att) throw domainError('not_found');
        const {file: _file, ...row} = att;
        return row;
      },
    }),
    writeRoute(deps, {
      ...common,
      mutator: mutators.task.comment,
      method: 'post',
      path: '/tasks/:taskId/comments',
      summary: 'Comment on a task; those in `mentions` are told',
      status: 204,
    }),
  ];
}
