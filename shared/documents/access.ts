// Who sees which documents of the archive and who may change them — written
// once, used by the named queries, the mutators, REST, search and file reads:
// - `documents.read`: every document that is not a draft, and one's own drafts
//   (a lawyer's draft is not everyone's);
// - `documents.manage`: every document, drafts included; create documents, add
//   versions, link them, move their status.
// Whoever sees a document sees its versions (and their files), comments, links
// and approvals; nobody reaches a version's file around its document
// (sync-server/files/routes.ts).
import type {Query} from '@rocicorp/zero';
import type {Schema} from '#schema/zero-schema.ts';
import {can} from '../auth/can.ts';
import type {AuthContext} from '../auth/context.ts';
import {reachOf, type Reach} from '../auth/reach.ts';
import {companyRows} from '../queries/scope.ts';

/** The status whose documents only their owner (and documents.manage) see. */
export const PRIVATE_STATUS = 'draft';

export function documentReach(ctx: AuthContext | undefined): Reach {
  return reachOf(ctx, 'documents.manage', ['documents.read']);
}

export function seesDocuments(ctx: AuthContext | undefined): boolean {
  return documentReach(ctx).kind !== 'none';
}

type DocumentQuery = Query<'document', Schema>;

/** Narrows a document query to what this person sees: also for `exists(…)` over a relationship to `document`. */
export function documentVisibility(ctx: AuthContext | undefined): (q: DocumentQuery) => DocumentQuery {
  const reach = documentReach(ctx);
  if (!ctx || reach.kind === 'none') return (q) => q.where('company_id', 'IS', null);
  if (reach.kind === 'all') return (q) => q.where('company_id', ctx.companyID);
  const me = reach.memberId;
  return (q) => q.where('company_id', ctx.companyID).where(({cmp, or}) => or(cmp('status', '!=', PRIVATE_STATUS), cmp('owner_id', me)));
}

/** The documents this person sees. */
export function visibleDocuments(ctx: AuthContext | undefined): DocumentQuery {
  return documentVisibility(ctx)(companyRows('document', ctx));
}

type DocumentRow = {readonly status: string; readonly owner_id?: string | null};

/** The same rule for one row already read (the server's file route and search filter by it too). */
export function seesDocument(ctx: AuthContext | undefined, doc: DocumentRow): boolean {
  const reach = documentReach(ctx);
  if (reach.kind === 'all') return true;
  if (reach.kind === 'none') return false;
  return doc.status !== PRIVATE_STATUS || (!!doc.owner_id && doc.owner_id === reach.memberId);
}

/** Creating documents, adding versions, links, moves: documents.manage (the server's jobs too). */
export function mayManageDocuments(ctx: AuthContext | undefined): boolean {
  return ctx?.kind === 'system' || can(ctx, 'documents.manage');
}

/** Commenting: whoever sees the document. */
export function mayComment(ctx: AuthContext | undefined, doc: DocumentRow): boolean {
  return ctx?.kind === 'member' && seesDocument(ctx, doc);
}

/**
 * The SQL form of the rule, for the server's own reads (search, file access):
 * a condition on the alias `d` with `$n` for the member id, or null when the
 * caller sees nothing.
 */
export function documentVisibilitySql(ctx: AuthContext | undefined, param: number): {where: string; params: string[]} | null {
  const reach = documentReach(ctx);
  if (reach.kind === 'none') return null;
  if (reach.kind === 'all') return {where: 'true', params: []};
  return {where: `(d.status <> '${PRIVATE_STATUS}' or d.owner_id = $${param})`, params: [reach.memberId]};
}
