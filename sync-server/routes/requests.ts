// /api/v1/requests: the same named queries and mutators the devices use, so
// scoping, workflow rules and validation are exactly those of sync.
import {z} from 'zod';
import type {MemberContext} from '../../shared/auth/context.ts';
import {domainError} from '../../shared/errors.ts';
import {queries} from '../../shared/queries/index.ts';
import {visibleRequests} from '../../shared/requests/access.ts';
import {createRequestShape, requireSubjectOrText, updateRequestArgs} from '../../shared/requests/validation.ts';
import {PRIORITIES} from '../../shared/workflow/types.ts';
import {isOrphanStatus} from '../../shared/workflow/engine.ts';
import {workflowOf} from '../../shared/workflow/resolve.ts';
import {newId} from '../auth/tokens.ts';
import {opKey, recordId} from '../rest/idempotency.ts';
import {route} from '../rest/route.ts';
import {rowSchema, toCamel} from '../rest/rows.ts';
import type {ZeroDb} from '../zero/db.ts';
import type {Executor, Write} from '../zero/execute.ts';
import {mutators} from '../../shared/mutators/index.ts';
import {ATTACHMENT_KINDS} from '../../shared/files/validation.ts';

const requestRow = rowSchema('request');
const commentRow = rowSchema('request_comment');
const auditRow = rowSchema('audit_log');
const attachmentRow = rowSchema('attachment');
const checklistRow = rowSchema('checklist_item');
const watcherRow = rowSchema('request_watcher');
const idParams = z.object({id: z.string().max(64)});
const statusKey = z.string().regex(/^[a-z][a-z0-9_]{0,39}$/);

/** Drops related lists, leaving the request's own columns. */
function plain<T extends Record<string, unknown>>(row: T): Record<string, unknown> {
  return Object.fromEntries(Object.entries(row).filter(([, v]) => !Array.isArray(v) || v.every((x) => typeof x !== 'object')));
}

export function requestRoutes(deps: {zdb: ZeroDb; executor: Executor; now: () => number}) {
  const {zdb, executor} = deps;
  const card = (ctx: MemberContext, id: string) => zdb.run(queries.requests.card.fn({args: {id}, ctx}));
  const mustCard = async (ctx: MemberContext, id: string) => {
    const row = await card(ctx, id);
    if (!row) throw domainError('not_found');
    return row;
  };

  return [
    route({
      method: 'get',
      path: '/requests',
      tag: 'requests',
      summary: 'The requests you may see, newest first',
      auth: 'member',
      query: z.object({
        status: statusKey.optional(),
        typeId: z.string().max(64).optional(),
        priority: z.enum(PRIORITIES).optional(),
        responsibleId: z.string().max(64).optional(),
        source: z.string().max(48).optional(),
        limit: z.coerce.number().int().min(1).max(500).default(100),
        before: z.coerce.number().int().optional().describe('Only requests created before this time (epoch ms): the next page.'),
        createdFrom: z.coerce.number().int().optional().describe('Created at or after (epoch ms).'),
        createdTo: z.coerce.number().int().optional().describe('Created before (epoch ms).'),
        q: z.string().max(200).optional().describe('Words in the subject, text or client name (case-insensitive).'),
      }),
      response: z.object({data: z.array(requestRow)}),
      async handler({query, ctx}) {
        let q = queries.requests.list.fn({args: undefined, ctx});
        if (query.status) q = q.where('status', query.status);
        if (query.typeId) q = q.where('type_id', query.typeId);
        if (query.priority) q = q.where('priority', query.priority);
        if (query.responsibleId) q = q.where('responsible_id', query.responsibleId);
        if (query.source) q = q.where('source', query.source);
        if (query.before !== undefined) q = q.where('created_at', '<', query.before);
        if (query.createdFrom !== undefined) q = q.where('created_at', '>=', query.createdFrom);
        if (query.createdTo !== undefined) q = q.where('created_at', '<', query.createdTo);
        if (query.q?.trim()) {
          const pattern = `%${query.q.trim().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
          q = q.where(({or, cmp}) => or(cmp('title', 'ILIKE', pattern), cmp('text', 'ILIKE', pattern), cmp('client_name', 'ILIKE', pattern)));
        }
        const rows = await zdb.run(q.limit(query.limit));
        return {body: {data: toCamel(rows.map(plain))}};
      },
    }),
    route({
      method: 'get',
      path: '/requests/:id',
      tag: 'requests',
      summary: 'One request with its comments, checklist, watchers and files',
      auth: 'member',
      params: idParams,
      response: requestRow.extend({comments: z.array(commentRow), checklist: z.array(checklistRow), watchers: z.array(watcherRow)}),
      async handler({params, ctx}) {
        const {type: _type, responsible: _r, author: _a, ...row} = await mustCard(ctx, params.id);
        return {body: toCamel(row)};
      },
    }),
    route({
      method: 'post',
      path: '/requests',
      tag: 'requests',
      summary: 'Create a request (source "api" unless given; the type’s default one if no typeId)',
      auth: 'member',
      permission: 'requests.create',
      body: createRequestShape.omit({opId: true}).partial({id: true, createdAt: true}).extend({source: z.string().max(48).optional()}).superRefine(requireSubjectOrText),
      status: 201,
      response: requestRow,
      async handler({body, ctx, req}) {
        const id = body.id ?? recordId(req, ctx);
        await executor.run(mutators.request.create({...body, id, source: body.source ?? 'api', createdAt: body.createdAt ?? deps.now(), ...opKey(req)}), ctx);
        return {status: 201, body: toCamel(plain(await mustCard(ctx, id)))};
      },
    }),
    route({
      method: 'patch',
      path: '/requests/:id',
      tag: 'requests',
      summary:
        'Change a request: details, custom `fields` (null clears one), `responsibleId`, and `status` (checked against the ' +
        'workflow: allowed move, role, guards; `comment` gives the reason a move may require)',
      auth: 'member',
      permission: 'requests.update',
      params: idParams,
      body: updateRequestArgs.omit({id: true, opId: true}).extend({
        fields: z.record(z.string(), z.json()).optional(),
        responsibleId: z.string().max(64).nullable().optional(),
        status: statusKey.optional(),
        comment: z.string().max(5000).optional(),
        expectedStatus: statusKey.optional().describe('The status you saw; if it changed meanwhile the answer is 409 conflict. Default: the current one.'),
      }),
      response: requestRow,
      async handler({params, body, ctx, req}) {
        const {status, expectedStatus, comment, fields, responsibleId, ...details} = body;
        const steps: Write[] = [];
        if (Object.keys(details).length) steps.push(mutators.request.update({id: params.id, ...details, ...opKey(req, 'details')}));
        if (fields) steps.push(mutators.request.setFields({id: params.id, fields, ...opKey(req, 'fields')}));
        if (responsibleId !== undefined) steps.push(mutators.request.setResponsible({id: params.id, responsibleId, ...opKey(req, 'responsible')}));
        if (status) {
          const current = await mustCard(ctx, params.id);
          // A status its edited workflow no longer has is left by the guided move, to any status the workflow has.
          if (isOrphanStatus(workflowOf(current.type), current.status)) {
            steps.push(mutators.request.moveOrphan({id: params.id, to: status, at: deps.now(), ...opKey(req, 'status')}));
          } else {
            const from = expectedStatus ?? current.status;
            steps.push(mutators.request.setStatus({id: params.id, from, to: status, ...(comment && {comment, commentId: newId()}), at: deps.now(), ...opKey(req, 'status')}));
          }
        }
        // One transaction: a refused status change leaves the details unsaved too.
        await executor.runAll(steps, ctx);
        return {body: toCamel(plain(await mustCard(ctx, params.id)))};
      },
    }),
    route({
      method: 'post',
      path: '/requests/:id/accept',
      tag: 'requests',
      summary: 'The responsible person accepts an urgent request',
      auth: 'member',
      permission: 'requests.update',
      params: idParams,
      response: requestRow,
      async handler({params, ctx, req}) {
        await executor.run(mutators.request.accept({id: params.id, at: deps.now(), ...opKey(req)}), ctx);
        return {body: toCamel(plain(await mustCard(ctx, params.id)))};
      },
    }),
    route({
      method: 'get',
      path: '/requests/:id/comments',
      tag: 'requests',
      summary: "A request's comments, oldest first",
      auth: 'member',
      params: idParams,
      response: z.object({data: z.array(commentRow)}),
      async handler({params, ctx}) {
        const row = await mustCard(ctx, params.id);
        return {body: {data: toCamel(row.comments.map(({author: _a, ...c}) => c))}};
      },
    }),
    route({
      method: 'post',
      path: '/requests/:id/comments',
      tag: 'requests',
      summary: 'Add a comment (mentions: member ids)',
      auth: 'member',
      permission: 'requests.comment',
      params: idParams,
      body: z.object({body: z.string(), mentions: z.array(z.string()).optional(), id: z.string().max(64).optional()}),
      status: 201,
      response: commentRow,
      async handler({params, body, ctx, req}) {
        const id = body.id ?? recordId(req, ctx);
        await executor.run(mutators.request.addComment({id, requestId: params.id, body: body.body, mentions: body.mentions ?? [], createdAt: deps.now(), ...opKey(req)}),
          ctx,
        );
        const row = await mustCard(ctx, params.id);
        const comment = row.comments.find((c) => c.id === id);
        return {status: 201, body: comment ? toCamel((({author: _a, ...c}) => c)(comment)) : undefined};
      },
    }),
    route({
      method: 'post',
      path: '/requests/:id/checklist',
      tag: 'requests',
      summary: 'Add a checklist item',
      auth: 'member',
      permission: 'requests.update',
      params: idParams,
      body: z.object({text: z.string(), id: z.string().max(64).optional(), position: z.number().optional()}),
      status: 201,
      response: checklistRow,
      async handler({params, body, ctx, req}) {
        const id = body.id ?? recordId(req, ctx);
        const row = await mustCard(ctx, params.id);
        const position = body.position ?? Math.max(0, ...row.checklist.map((c) => c.position)) + 1;
        await executor.run(mutators.request.checklistAdd({id, requestId: params.id, text: body.text, position, createdAt: deps.now(), ...opKey(req)}), ctx);
        const item = (await mustCard(ctx, params.id)).checklist.find((c) => c.id === id);
        return {status: 201, body: toCamel(item)};
      },
    }),
    route({
      method: 'patch',
      path: '/checklist-items/:id',
      tag: 'requests',
      summary: 'Tick or untick a checklist item',
      auth: 'member',
      permission: 'requests.update',
      params: idParams,
      body: z.object({done: z.boolean()}),
      status: 204,
      async handler({params, body, ctx, req}) {
        await executor.run(mutators.request.checklistToggle({id: params.id, done: body.done, ...opKey(req)}), ctx);
        return {status: 204};
      },
    }),
    route({
      method: 'delete',
      path: '/checklist-items/:id',
      tag: 'requests',
      summary: 'Remove a checklist item',
      auth: 'member',
      permission: 'requests.update',
      params: idParams,
      status: 204,
      async handler({params, ctx, req}) {
        await executor.run(mutators.request.checklistRemove({id: params.id, ...opKey(req)}), ctx);
        return {status: 204};
      },
    }),
    route({
      method: 'post',
      path: '/requests/:id/watchers',
      tag: 'requests',
      summary: 'Start or stop watching a request (yourself or a colleague)',
      auth: 'member',
      permission: 'requests.comment',
      params: idParams,
      body: z.object({memberId: z.string().max(64), watching: z.boolean().default(true)}),
      response: z.object({data: z.array(watcherRow)}),
      async handler({params, body, ctx, req}) {
        await executor.run(mutators.request.watch({requestId: params.id, memberId: body.memberId, watching: body.watching, at: deps.now(), ...opKey(req)}), ctx);
        return {body: {data: toCamel((await mustCard(ctx, params.id)).watchers)}};
      },
    }),
    route({
      method: 'get',
      path: '/requests/:id/attachments',
      tag: 'requests',
      summary: "A request's files (upload bytes first with PUT /files/{id})",
      auth: 'member',
      params: idParams,
      response: z.object({data: z.array(attachmentRow)}),
      async handler({params, ctx}) {
        const row = await mustCard(ctx, params.id);
        return {body: {data: toCamel(row.attachments.map(({file: _file, ...a}) => a))}};
      },
    }),
    route({
      method: 'post',
      path: '/requests/:id/attachments',
      tag: 'requests',
      summary: 'Attach an uploaded file to a request; `kind` (invoice, basis, contract, photo…) is what workflow guards look for',
      auth: 'member',
      permission: 'requests.update',
      params: idParams,
      body: z.object({fileId: z.string().max(64), kind: z.enum(ATTACHMENT_KINDS).optional(), id: z.string().max(64).optional()}),
      status: 201,
      response: attachmentRow,
      async handler({params, body, ctx, req}) {
        const id = body.id ?? recordId(req, ctx);
        await executor.run(mutators.attachment.add({id, entity: 'request', entityId: params.id, fileId: body.fileId, ...(body.kind && {kind: body.kind}), createdAt: deps.now(), ...opKey(req)}),
          ctx,
        );
        const att = (await mustCard(ctx, params.id)).attachments.find((a) => a.id === id);
        if (!att) throw domainError('not_found');
        const {file: _file, ...row} = att;
        return {status: 201, body: toCamel(row)};
      },
    }),
    route({
      method: 'get',
      path: '/requests/:id/history',
      tag: 'requests',
      summary: 'Who changed what and when (from the audit log)',
      auth: 'member',
      permission: 'requests.read',
      params: idParams,
      response: z.object({data: z.array(auditRow)}),
      async handler({params, ctx}) {
        // Any other record's id (a booking, a client, a feed) is simply not a request.
        if (!(await zdb.run(visibleRequests(ctx).where('id', params.id).one()))) throw domainError('not_found');
        const rows = await zdb.run(queries.requests.history.fn({args: {id: params.id}, ctx}));
        return {body: {data: toCamel(rows.map(({actor: _a, ...r}) => r))}};
      },
    }),
  ];
}
