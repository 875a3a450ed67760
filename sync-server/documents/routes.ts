// /api/v1/documents: the archive through REST — the same named queries and
// mutators as the app, so a reader's API key reaches exactly what their phone
// does (shared/documents/access.ts): a draft only its owner and the keepers.
// A version's file is read through /api/v1/files/{fileId}, scoped the same way.
import {z} from 'zod';
import type {MemberContext} from '#shared/auth/context.ts';
import {visibleDocuments} from '#shared/documents/access.ts';
import {DOCUMENT_KINDS} from '#shared/documents/validation.ts';
import {domainError} from '#shared/errors.ts';
import {mutators} from '#shared/mutators/index.ts';
import {queries} from '#shared/queries/index.ts';
import {companyRows} from '#shared/queries/scope.ts';
import type {HttpDeps} from '../module/define.ts';
import {route} from '../rest/route.ts';
import {rowSchema, toCamel} from '../rest/rows.ts';
import {writeRoute} from '../rest/write-route.ts';
import {searchDocuments} from './search.ts';

const documentRow = rowSchema('document');
const versionRow = rowSchema('document_version').extend({fileName: z.string(), mime: z.string(), size: z.number()});
const commentRow = rowSchema('document_comment');
const linkRow = rowSchema('document_link');
const approvalRow = rowSchema('approval');
const idParams = z.object({id: z.string().max(128)});
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

const RELATED = new Set(['counterparty', 'owner', 'versions', 'comments', 'links', 'approvals']);
const plain = (row: Record<string, unknown>) => Object.fromEntries(Object.entries(row).filter(([k]) => !RELATED.has(k)));

type Version = {file?: {name: string; mime: string; size: number} | null; author?: unknown} & Record<string, unknown>;
const version = ({file, author: _a, ...v}: Version) => ({...v, file_name: file?.name ?? '', mime: file?.mime ?? '', size: Number(file?.size ?? 0)});
const without = <T extends Record<string, unknown>>(row: T, ...keys: string[]) => Object.fromEntries(Object.entries(row).filter(([k]) => !keys.includes(k)));

export function documentRoutes(deps: HttpDeps) {
  const {zdb} = deps;
  const card = async (ctx: MemberContext, id: string) => {
    const row = await zdb.run(queries.documents.card.fn({args: {id}, ctx}));
    if (!row) throw domainError('not_found');
    return row;
  };
  const answer = async (ctx: MemberContext, id: string) => plain(await card(ctx, id));
  const common = {tag: 'documents', entity: 'document'} as const;

  return [
    route({
      ...common,
      method: 'get',
      path: '/documents',
      summary: 'The archive you may see (drafts only your own, unless you hold documents.manage), newest first',
      auth: 'member',
      query: z.object({
        status: z.string().max(40).optional(),
        kind: z.enum(DOCUMENT_KINDS).optional(),
        counterpartyId: z.string().max(64).optional(),
        project: z.string().max(200).optional(),
        signedFrom: day.optional().describe('Signed on or after (YYYY-MM-DD).'),
        signedTo: day.optional().describe('Signed on or before (YYYY-MM-DD).'),
        limit: z.coerce.number().int().min(1).max(1000).default(200),
      }),
      response: z.object({data: z.array(documentRow.extend({versions: z.array(versionRow)}))}),
      async handler({query, ctx}) {
        let q = queries.documents.list.fn({args: undefined, ctx});
        if (query.status) q = q.where('status', query.status);
        if (query.kind) q = q.where('kind', query.kind);
        if (query.counterpartyId) q = q.where('counterparty_id', query.counterpartyId);
        if (query.project) q = q.where('project', query.project);
        if (query.signedFrom) q = q.where('signed_on', '>=', query.signedFrom);
        if (query.signedTo) q = q.where('signed_on', '<=', query.signedTo).where('signed_on', '!=', '');
        const rows = await zdb.run(q.limit(query.limit));
        return {body: {data: toCamel(rows.map((r) => ({...plain(r), versions: r.versions.map(version)})))}};
      },
    }),
    route({
      ...common,
      method: 'get',
      path: '/documents/search',
      summary: 'Ids of the documents you may see whose title, number, project, counterparty or text inside the file (PDF, DOCX) matches every word',
      auth: 'member',
      query: z.object({q: z.string().max(200), limit: z.coerce.number().int().min(1).max(200).default(50)}),
      response: z.object({ids: z.array(z.string())}),
      async handler({query, ctx}) {
        return {body: {ids: await searchDocuments(deps.pool, ctx, query.q, query.limit)}};
      },
    }),
    route({
      ...common,
      method: 'get',
      path: '/documents/:id',
      summary: 'One document with every version (its file and author), the comments, links and approvals of every round',
      auth: 'member',
      params: idParams,
      response: documentRow.extend({versions: z.array(versionRow), comments: z.array(commentRow), links: z.array(linkRow), approvals: z.array(approvalRow)}),
      async handler({params, ctx}) {
        const row = await card(ctx, params.id);
        return {
          body: toCamel({
            ...plain(row),
            versions: row.versions.map(version),
            comments: row.comments.map((c) => without(c, 'author')),
            links: row.links,
            approvals: row.approvals.map((a) => without(a, 'decider', 'member')),
          }),
        };
      },
    }),
    writeRoute(deps, {
      ...common,
      mutator: mutators.document.create,
      method: 'post',
      path: '/documents',
      summary: 'Add a document to the archive; with `fileId` (uploaded first with PUT /files/{id}) its version 1',
      response: documentRow,
      read: (ctx, args) => answer(ctx, args.id),
    }),
    writeRoute(deps, {
      ...common,
      mutator: mutators.document.update,
      method: 'patch',
      path: '/documents/:id',
      summary: "Change a document's title, kind, number, counterparty, project, dates or owner",
      response: documentRow,
      read: (ctx, args) => answer(ctx, args.id),
    }),
    writeRoute(deps, {
      ...common,
      mutator: mutators.document.addVersion,
      method: 'post',
      path: '/documents/:documentId/versions',
      summary: 'A new version of the file (number = last + 1; the old ones are kept). On approval, the approval starts again from draft',
      response: versionRow,
      read: async (ctx, args) => {
        const v = (await card(ctx, args.documentId)).versions.find((x) => x.id === args.id);
        if (!v) throw domainError('not_found');
        return version(v);
      },
    }),
    writeRoute(deps, {
      ...common,
      mutator: mutators.document.move,
      method: 'post',
      path: '/documents/:id/move',
      summary:
        "Move a document: to approval (the company's chain, pinned to the latest version), signed (every approval given), expired, closed, back to draft with a `comment`",
      response: documentRow,
      read: (ctx, args) => answer(ctx, args.id),
    }),
    writeRoute(deps, {
      ...common,
      mutator: mutators.document.comment,
      method: 'post',
      path: '/documents/:documentId/comments',
      summary: 'Comment on a document, on a version (`versionId`; the latest by default)',
      status: 204,
    }),
    writeRoute(deps, {
      ...common,
      mutator: mutators.document.link,
      method: 'post',
      path: '/documents/:documentId/links',
      summary: 'Link a document to a request, an invoice or a task',
      status: 204,
    }),
    writeRoute(deps, {
      ...common,
      mutator: mutators.document.unlink,
      method: 'delete',
      path: '/document-links/:id',
      summary: 'Remove a link of a document',
      status: 204,
      // A device's replayed delete is harmless; through REST, a link one cannot see is a 404.
      exists: async (ctx, args) => {
        const row = await zdb.run(companyRows('document_link', ctx).where('id', args.id).one());
        const doc = row && (await zdb.run(visibleDocuments(ctx).where('id', row.document_id).one()));
        if (!doc) throw domainError('not_found');
        return row;
      },
    }),
  ];
}
