// /api/v1/requests: the same named queries and mutators the devices use, so
// scoping, workflow rules and validation are exactly those of sync. Writes of
// one mutator are derived from it (rest/write-route.ts); the PATCH that
// combines details, fields, responsible and status runs its mutators in one
// transaction. The request's parts (comments, checklist, watchers, files) are
// in requests-parts.ts.
import {z} from 'zod';
import {domainError} from '#shared/errors.ts';
import {mutators} from '#shared/mutators/index.ts';
import {queries} from '#shared/queries/index.ts';
import {visibleRequests} from '#shared/requests/access.ts';
import {requireSubjectOrText, updateRequestArgs} from '#shared/requests/validation.ts';
import {isOrphanStatus} from '#shared/workflow/engine.ts';
import {workflowOf} from '#shared/workflow/resolve.ts';
import {PRIORITIES} from '#shared/workflow/types.ts';
import {newId} from '../auth/tokens.ts';
import {opKey} from '../rest/idempotency.ts';
import {route, type RouteDef} from '../rest/route.ts';
import {rowSchema, toCamel} from '../rest/rows.ts';
import {writeRoute} from '../rest/write-route.ts';
import type {Write} from '../zero/execute.ts';
import {checklistRow, idParams, plain, requestCard, requestPartRoutes, requestRow, watcherRow, type RequestRouteDeps} from './requests-parts.ts';

const commentRow = rowSchema('request_comment');
const auditRow = rowSchema('audit_log');
const statusKey = z.string().regex(/^[a-z][a-z0-9_]{0,39}$/);

/** A body refined across fields cannot be derived (zod refuses to omit from it): the rule is added back to the derived one. */
function refineBody(def: RouteDef, refine: Parameters<z.ZodObject['superRefine']>[0]): RouteDef {
  return {...def, body: (def.body as z.ZodObject).superRefine(refine)};
}

export function requestRoutes(deps: RequestRouteDeps) {
  const {zdb, executor} = deps;
  const mustCard = requestCard(zdb);
  const answer = async (ctx: Parameters<typeof mustCard>[0], id: string) => plain(await mustCard(ctx, id));
  const common = {tag: 'requests', entity: 'request'} as const;

  return [
    route({
      ...common,
      method: 'get',
      path: '/requests',
      summary: 'The requests you may see, newest first',
      auth: 'member',
      query: z.object({
        status: statusKey.optional(),
        typeId: z.string().max(64).optional(),
        priority: z.enum(PRIORITIES).optional(),
        responsibleId: z.string().max(64).optional(),
        source: z.string().max(48).optional(),
        limit: z.coerce.number().int().min(1).max(500).default(100),
        before: z.coerce.number().int().optional().describe('The next page: the `createdAt` of the last request of the page before (epoch ms).'),
        beforeId: z
          .string()
          .max(64)
          .optional()
          .describe('With `before`: the `id` of that last request, so that requests created in the same millisecond are not skipped.'),
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
        // A keyset cursor in the list's own order (created_at desc, then id): each page reads its rows from
        // request_company_list_idx however deep it is (migration 1010); ties in one millisecond go by id.
        const {before, beforeId} = query;
        if (before !== undefined && beforeId) {
          q = q.where('created_at', '<=', before).where(({or, cmp}) => or(cmp('created_at', '<', before), cmp('id', '>', beforeId)));
        } else if (before !== undefined) q = q.where('created_at', '<', before);
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
      ...common,
      method: 'get',
      path: '/requests/:id',
      summary: 'One request with its comments, checklist, watchers and files',
      auth: 'member',
      params: idParams,
      response: requestRow.extend({comments: z.array(commentRow), checklist: z.array(checklistRow), watchers: z.array(watcherRow)}),
      async handler({params, ctx}) {
        const {type: _type, responsible: _r, author: _a, ...row} = await mustCard(ctx, params.id);
        return {body: toCamel(row)};
      },
    }),
    refineBody(
      writeRoute(deps, {
        ...common,
        mutator: mutators.request.create,
        method: 'post',
        path: '/requests',
        summary: 'Create a request (source "api" unless given; the type’s default one if no typeId)',
        permission: 'requests.create',
        fill: ({body}) => ({source: (body.source as string | undefined) ?? 'api'}),
        response: requestRow,
        read: (ctx, args) => answer(ctx, args.id),
      }),
      requireSubjectOrText,
    ),
    route({
      ...common,
      method: 'patch',
      path: '/requests/:id',
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
            steps.push(
              mutators.request.setStatus({
                id: params.id,
                from,
                to: status,
                ...(comment && {comment, commentId: newId()}),
                at: deps.now(),
                ...opKey(req, 'status'),
              }),
            );
          }
        }
        // One transaction: a refused status change leaves the details unsaved too.
        await executor.runAll(steps, ctx);
        return {body: toCamel(await answer(ctx, params.id))};
      },
    }),
    writeRoute(deps, {
      ...common,
      mutator: mutators.request.accept,
      method: 'post',
      path: '/requests/:id/accept',
      summary: 'The responsible person accepts an urgent request',
      permission: 'requests.update',
      response: requestRow,
      read: (ctx, args) => answer(ctx, args.id),
    }),
    ...requestPartRoutes(deps),
    route({
      ...common,
      method: 'get',
      path: '/requests/:id/history',
      summary: 'Who changed what and when (from the audit log)',
      auth: 'member',
      permission: 'requests.read',
      params: idParams,
      response: z.object({data: z.array(auditRow)}),
      async handler({params, ctx}) {
        // Any other record's id (a booking, a client, a feed) is simply not a request.
        if (!(await zdb.run(visibleRequests(ctx).where('id', params.id).one()))) throw domainError('not_found');
        const args = {args: {id: params.id}, ctx};
        const halves = await Promise.all([zdb.run(queries.requests.history.fn(args)), zdb.run(queries.requests.historyParts.fn(args))]);
        // One log, oldest first; ties in one millisecond by id, as Zero orders each half.
        const rows = halves.flat().sort((a, b) => a.created_at - b.created_at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
        return {body: {data: toCamel(rows.map(({actor: _a, ...r}) => r))}};
      },
    }),
  ];
}
