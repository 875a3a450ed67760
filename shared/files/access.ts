// Who may read which file. Most roles read every file of their company (a
// request's invoice, a client's photo in the inbox, the catalog's images).
// Roles that see only their own work — the external contractor (P3: "their
// own files") — read a file only if they uploaded it or it is attached to a
// record they see (their task, their request) or to the public catalog/site.
// A document version's file is read only by whoever sees its document (a
// lawyer's draft is not everyone's): no wide permission reaches it.
import type {AuthContext} from '../auth/context.ts';
import type {Permission} from '../auth/permissions.ts';
import {seesDocument} from '../documents/access.ts';

/** Any of these lets a member see records across the company, and so their files. */
const WIDE: readonly Permission[] = [
  'requests.read',
  'clients.read',
  'catalog.manage',
  'site.manage',
  'inbox.read',
  'inbox.own',
  'tasks.read',
  'booking.manage',
  'booking.own',
  'team.manage',
  'company.manage',
];

export function readsEveryFile(ctx: AuthContext | undefined): boolean {
  return ctx?.kind === 'system' || (ctx?.kind === 'member' && ctx.permissions.some((p) => WIDE.includes(p)));
}

/** Attachments to these show publicly anyway (the mini-site, the catalog). */
export const PUBLIC_ENTITIES: readonly string[] = ['catalog_item', 'company_profile'];

type FileOwner = {readonly created_by: string | null};
type CarryingDocument = {readonly status: string; readonly owner_id: string | null};

/**
 * A file that is a version of one or more documents: readable by whoever
 * sees one of them (shared/documents/access.ts), and by whoever uploaded it
 * (they hold the bytes anyway) — never through a wide permission of another
 * module.
 */
export function readsDocumentFile(ctx: AuthContext | undefined, file: FileOwner, documents: readonly CarryingDocument[]): boolean {
  if (ctx?.kind === 'system') return true;
  if (ctx?.kind !== 'member') return false;
  return (!!file.created_by && file.created_by === ctx.memberID) || documents.some((d) => seesDocument(ctx, d));
}
