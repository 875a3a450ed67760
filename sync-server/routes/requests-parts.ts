// /api/v1 for the parts of a request: its comments, checklist, watchers and
// files. Each write is derived from its mutator (rest/write-route.ts); the
// answer is the part as the request's card shows it. Also the card read that
// every request route answers with.
import {z} from 'zod';
import type {MemberContext} from '#shared/auth/context.ts';
import {domainError} from '#shared/errors.ts';
import {mutators} from '#shared/mutators/index.ts';
import {queries} from '#shared/queries/index.ts';
import {companyRows} from '#shared/queries/scope.ts';
import {route} from '../rest/route.ts';
import {rowSchema, toCamel} from '../rest/rows.ts';
import {writeRoute} from '../rest/write-route.ts';
import type {ZeroDb} from '../zero/db.ts';
import type {Executor} from '../zero/execute.ts';

export type RequestRouteDeps = {zdb: ZeroDb; executor: Executor; now: () => number};

export const requestRow = rowSchema('request');
const commentRow = rowSchema('request_comment');
const attachmentRow = rowSchema('attachment');
export const checklistRow = rowSchema('checklist_item');
export const watcherRow = rowSchema('request_watcher');
export const idParams = z.object({id: z.string().max(64)});

/** Drops related lists, leaving the request's own columns. */
export function plain<T extends Record<string, unknown>>(row: T): Record<string, unknown> {
  return Object.fromEntries(Object.entries(row).filter(([, v]) => !Array.isArray(v) || v.every((x) => typeof x !== 'object')));
}

/** The request's card (with its parts) as this person may see it; 404 otherwise. */
export function requestCard(zdb: ZeroDb) {
  return async (ctx: MemberContext, id: string) => {
    const row = await zdb.run(queries.requests.card.fn({args: {id}, ctx}));
    if (!row) throw domainError('not_found');
    return row;
  };
}

export function requestPartRoutes(deps: RequestRouteDeps) {
  const mustCard = requestCard(deps.zdb);
  const common = {tag: 'requests', entity: 'request'} as const;

  return [
    route({
      ...common,
      method: 'get',
      path: '/requests/:id/comments',
      summary: "A request's comments, oldest first",
      auth: 'member',
      params: idParams,
      response: z.object({data: z.array(commentRow)}),
      async handler({params, ctx}) {
        const row = await mustCard(ctx, params.id);
        return {body: {data: toCamel(row.comments.map(({author: _a, ...c}) => c))}};
      },
    }),
    writeRoute(deps, {
      ...common,
      mutator: mutators.request.addComment,
      method: 'post',
      path: '/requests/:id/comments',
      pathArgs: {id: 'requestId'},
      summary: 'Add a comment (mentions: member ids)',
      permission: 'requests.comment',
      response: commentRow,
      read: async (ctx, args) => {
        const comment = (await mustCard(ctx, args.requestId)).comments.find((c) => c.id === args.id);
        return comment && (({author: _a, ...c}) => c)(comment);
      },
    }),
    writeRoute(deps, {
      ...common,
      mutator: mutators.request.checklistAdd,
      method: 'post',
      path: '/requests/:id/checklist',
      pathArgs: {id: 'requestId'},
      summary: 'Add a checklist item (after the last one unless a position is given)',
      permission: 'requests.update',
      response: checklistRow,
      read: async (ctx, args) => (await mustCard(ctx, args.requestId)).checklist.find((c) => c.id === args.id),
    }),
    writeRoute(deps, {
      ...common,
      mutator: mutators.request.checklistToggle,
      method: 'patch',
      path: '/checklist-items/:id',
      entity: 'checklistItem',
      summary: 'Tick or untick a checklist item',
      permission: 'requests.update',
      status: 204,
    }),
    writeRoute(deps, {
      ...common,
      mutator: mutators.request.checklistRemove,
      method: 'delete',
      path: '/checklist-items/:id',
      entity: 'checklistItem',
      summary: 'Remove a checklist item',
      permission: 'requests.update',
      status: 204,
      // The mutator takes an item that is gone as removed already (a device's replay); REST says 404.
      exists: async (ctx, args) => {
        const item = await deps.zdb.run(companyRows('checklist_item', ctx).where('id', args.id).one());
        if (!item) throw domainError('not_found');
        await mustCard(ctx, item.request_id);
      },
    }),
    writeRoute(deps, {
      ...common,
      mutator: mutators.request.watch,
      method: 'post',
      path: '/requests/:id/watchers',
      pathArgs: {id: 'requestId'},
      summary: 'Start or stop watching a request (yourself or a colleague)',
      permission: 'requests.comment',
      status: 200,
      response: z.object({data: z.array(watcherRow)}),
      read: async (ctx, args) => ({data: (await mustCard(ctx, args.requestId)).watchers}),
    }),
    route({
      ...common,
      method: 'get',
      path: '/requests/:id/attachments',
      summary: "A request's files (upload bytes first with PUT /files/{id})",
      auth: 'member',
      params: idParams,
      response: z.object({data: z.array(attachmentRow)}),
      async handler({params, ctx}) {
        const row = await mustCard(ctx, params.id);
        return {body: {data: toCamel(row.attachments.map(({file: _file, ...a}) => a))}};
      },
    }),
    writeRoute(deps, {
      ...common,
      mutator: mutators.attachment.add,
      method: 'post',
      path: '/requests/:id/attachments',
      pathArgs: {id: 'entityId'},
      summary: 'Attach an uploaded file to a request; `kind` (invoice, basis, contract, photo…) is what workflow guards look for',
      permission: 'requests.update',
      omit: ['entity'],
      fill: () => ({entity: 'request' as const}),
      response: attachmentRow,
      read: async (ctx, args) => {
        const att = (await mustCard(ctx, args.entityId)).attachments.find((a) => a.id === args.id);
        if (!att) throw domainError('not_found');
        const {file: _file, ...row} = att;
        return row;
      },
    }),
  ];
}
