// /api/v1/requests: the same named queries and mutators the devices use, so
// scoping and validation are exactly those of sync.
import {z} from 'zod';
import type {MemberContext} from '../../shared/auth/context.ts';
import {domainError} from '../../shared/errors.ts';
import {queries} from '../../shared/queries/index.ts';
import {REQUEST_STATUSES} from '../../shared/requests/status.ts';
import {createRequestArgs, updateRequestArgs} from '../../shared/requests/validation.ts';
import {newId} from '../auth/tokens.ts';
import {route} from '../rest/route.ts';
import {rowSchema, toCamel} from '../rest/rows.ts';
import type {ZeroDb} from '../zero/db.ts';
import type {Executor} from '../zero/execute.ts';

const requestRow = rowSchema('request');
const commentRow = rowSchema('request_comment');
const auditRow = rowSchema('audit_log');
const attachmentRow = rowSchema('attachment');
const idParams = z.object({id: z.string().max(64)});

export function requestRoutes(deps: {zdb: ZeroDb; executor: Executor; now: () => number}) {
  const {zdb, executor} = deps;
  const card = (ctx: MemberContext, id: string) => zdb.run(queries.requests.card.fn({args: {id}, ctx}));

  return [
    route({
      method: 'get',
      path: '/requests',
      tag: 'requests',
      summary: "The company's requests, newest first",
      auth: 'member',
      permission: 'requests.read',
      query: z.object({
        status: z.enum(REQUEST_STATUSES).optional(),
        source: z.string().max(48).optional(),
        limit: z.coerce.number().int().min(1).max(500).default(100),
        before: z.coerce.number().int().optional().describe('Only requests created before this time (epoch ms): the next page.'),
      }),
      response: z.object({data: z.array(requestRow)}),
      async handler({query, ctx}) {
        let q = queries.requests.list.fn({args: undefined, ctx});
        if (query.status) q = q.where('status', query.status);
        if (query.source) q = q.where('source', query.source);
        if (query.before !== undefined) q = q.where('created_at', '<', query.before);
        const rows = await zdb.run(q.limit(query.limit));
        return {body: {data: toCamel(rows)}};
      },
    }),
    route({
      method: 'get',
      path: '/requests/:id',
      tag: 'requests',
      summary: 'One request with its comments',
      auth: 'member',
      permission: 'requests.read',
      params: idParams,
      response: requestRow.extend({comments: z.array(commentRow)}),
      async handler({params, ctx}) {
        const row = await card(ctx, params.id);
        if (!row) throw domainError('not_found');
        return {body: toCamel(row)};
      },
    }),
    route({
      method: 'post',
      path: '/requests',
      tag: 'requests',
      summary: 'Create a request (source "api" unless given)',
      auth: 'member',
      permission: 'requests.create',
      body: createRequestArgs.omit({opId: true}).partial({id: true, createdAt: true}).extend({source: z.string().max(48).optional()}),
      status: 201,
      response: requestRow,
      async handler({body, ctx, req}) {
        const id = body.id ?? newId();
        const opId = req.get('idempotency-key');
        await executor.run('request.create',
          {...body, id, source: body.source ?? 'api', createdAt: body.createdAt ?? deps.now(), ...(opId && {opId})},
          ctx,
        );
        return {status: 201, body: toCamel(await card(ctx, id))};
      },
    }),
    route({
      method: 'patch',
      path: '/requests/:id',
      tag: 'requests',
      summary: "Change a request's client details or text; set `status` to move it (checked against the workflow)",
      auth: 'member',
      permission: 'requests.update',
      params: idParams,
      body: updateRequestArgs.omit({id: true, opId: true}).extend({
        status: z.enum(REQUEST_STATUSES).optional(),
        expectedStatus: z
          .enum(REQUEST_STATUSES)
          .optional()
          .describe('The status you saw; if it changed meanwhile the answer is 409 conflict. Default: the current one.'),
      }),
      response: requestRow,
      async handler({params, body, ctx, req}) {
        const opId = req.get('idempotency-key');
        const {status, expectedStatus, ...fields} = body;
        if (Object.keys(fields).length) {
          await executor.run('request.update', {id: params.id, ...fields, ...(opId && {opId: `${opId}:fields`})}, ctx);
        }
        if (status) {
          const current = await card(ctx, params.id);
          if (!current) throw domainError('not_found');
          await executor.run('request.setStatus',
            {id: params.id, from: expectedStatus ?? current.status, to: status, ...(opId && {opId: `${opId}:status`})},
            ctx,
          );
        }
        const row = await card(ctx, params.id);
        if (!row) throw domainError('not_found');
        return {body: toCamel(row)};
      },
    }),
    route({
      method: 'get',
      path: '/requests/:id/comments',
      tag: 'requests',
      summary: "A request's comments, oldest first",
      auth: 'member',
      permission: 'requests.read',
      params: idParams,
      response: z.object({data: z.array(commentRow)}),
      async handler({params, ctx}) {
        const row = await card(ctx, params.id);
        if (!row) throw domainError('not_found');
        return {body: {data: toCamel(row.comments)}};
      },
    }),
    route({
      method: 'post',
      path: '/requests/:id/comments',
      tag: 'requests',
      summary: 'Add a comment',
      auth: 'member',
      permission: 'requests.comment',
      params: idParams,
      body: z.object({body: z.string(), id: z.string().max(64).optional()}),
      status: 201,
      response: commentRow,
      async handler({params, body, ctx, req}) {
        const id = body.id ?? newId();
        const opId = req.get('idempotency-key');
        await executor.run('request.addComment',
          {id, requestId: params.id, body: body.body, createdAt: deps.now(), ...(opId && {opId})},
          ctx,
        );
        const row = await card(ctx, params.id);
        return {status: 201, body: toCamel(row?.comments.find((c) => c.id === id))};
      },
    }),
    route({
      method: 'get',
      path: '/requests/:id/attachments',
      tag: 'requests',
      summary: "A request's files (upload bytes first with PUT /files/{id})",
      auth: 'member',
      permission: 'requests.read',
      params: idParams,
      response: z.object({data: z.array(attachmentRow)}),
      async handler({params, ctx}) {
        const row = await card(ctx, params.id);
        if (!row) throw domainError('not_found');
        return {body: {data: toCamel(row.attachments.map(({file: _file, ...a}) => a))}};
      },
    }),
    route({
      method: 'post',
      path: '/requests/:id/attachments',
      tag: 'requests',
      summary: 'Attach an uploaded file to a request',
      auth: 'member',
      permission: 'requests.update',
      params: idParams,
      body: z.object({fileId: z.string().max(64), kind: z.string().max(20).optional(), id: z.string().max(64).optional()}),
      status: 201,
      response: attachmentRow,
      async handler({params, body, ctx, req}) {
        const id = body.id ?? newId();
        const opId = req.get('idempotency-key');
        await executor.run('attachment.add',
          {id, entity: 'request', entityId: params.id, fileId: body.fileId, ...(body.kind && {kind: body.kind}), createdAt: deps.now(), ...(opId && {opId})},
          ctx,
        );
        const row = await card(ctx, params.id);
        const att = row?.attachments.find((a) => a.id === id);
        if (!att) throw domainError('not_found');
        const {file: _file, ...plain} = att;
        return {status: 201, body: toCamel(plain)};
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
        const rows = await zdb.run(queries.requests.history.fn({args: {id: params.id}, ctx}));
        return {body: {data: toCamel(rows)}};
      },
    }),
  ];
}
