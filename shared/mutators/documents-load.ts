// What every document write reads first, inside its transaction: the document
// (if this person sees it: the one "not found" otherwise) with its versions,
// the approvals of its current round, the company's document chain resolved
// for today's people, and the company's calendar day.
import type {Transaction} from '@rocicorp/zero';
import {zql} from '#schema/zero-schema.ts';
import {assertCan} from '../auth/can.ts';
import type {AuthContext} from '../auth/context.ts';
import {dayOf} from '../booking/zone.ts';
import {documentReach, mayManageDocuments, visibleDocuments} from '../documents/access.ts';
import {domainError} from '../errors.ts';
import {DEFAULT_DOCUMENT_CHAIN, chainSchema, resolveChain, type ChainStep, type ResolvedStep} from '../finance/chain.ts';
import {companyRows} from '../queries/scope.ts';

/** Anyone working with the archive; a module switched off says so (assertCan). */
export function assertDocuments(ctx: AuthContext): void {
  if (documentReach(ctx).kind === 'none') assertCan(ctx, 'documents.read');
}

/** Writes of the archive itself (create, versions, links, moves). */
export function assertManage(ctx: AuthContext): void {
  if (!mayManageDocuments(ctx)) assertCan(ctx, 'documents.manage');
}

function loadDocument(tx: Transaction, ctx: AuthContext, id: string) {
  return tx.run(
    visibleDocuments(ctx)
      .where('id', id)
      .related('versions', (q) => q.orderBy('number', 'desc'))
      .one(),
  );
}

export type DocumentRow = NonNullable<Awaited<ReturnType<typeof loadDocument>>>;

/** The document, if this person sees it (the same rule as their queries); the one "not found" otherwise. */
export async function documentFor(tx: Transaction, ctx: AuthContext, id: string): Promise<DocumentRow> {
  assertDocuments(ctx);
  const row = await loadDocument(tx, ctx, id);
  if (!row) throw domainError('not_found');
  return row;
}

/** The approval rows of the document's current round, in the order they are decided. */
export async function roundApprovals(tx: Transaction, ctx: AuthContext, doc: {id: string; round: number}) {
  return tx.run(
    companyRows('approval', ctx)
      .where('entity', 'document')
      .where('entity_id', doc.id)
      .where('round', doc.round)
      .orderBy('grp', 'asc')
      .orderBy('created_at', 'asc')
      .orderBy('id', 'asc'),
  );
}

/** The company's document chain: its own (finance_settings.document_chain) when it wrote one, else the default. */
export async function documentChain(tx: Transaction, ctx: AuthContext): Promise<readonly ChainStep[]> {
  const settings = await tx.run(companyRows('finance_settings', ctx).one());
  const own = chainSchema.safeParse(settings?.document_chain ?? []);
  return own.success && own.data.length ? own.data : DEFAULT_DOCUMENT_CHAIN;
}

/** The chain's steps for the people the company has today (a role nobody holds goes to the owners). */
export async function resolveDocumentChain(tx: Transaction, ctx: AuthContext): Promise<ResolvedStep[]> {
  const steps = await documentChain(tx, ctx);
  const members = (await tx.run(companyRows('member', ctx))).filter((m) => m.active);
  const holders = new Map<string, string[]>();
  for (const m of members) for (const role of m.roles ?? [m.role]) holders.set(role, [...(holders.get(role) ?? []), m.id]);
  return resolveChain(steps, {amountKzt: 0, overLimit: false, holders, active: new Set(members.map((m) => m.id))});
}

/** The company's calendar day at `at` (signed_on, "valid until"): its time zone, Almaty by default. */
export async function companyDay(tx: Transaction, ctx: AuthContext, at: number): Promise<string> {
  const company = await tx.run(zql.company.where('id', ctx.companyID).one());
  return dayOf(at, company?.timezone || 'Asia/Almaty');
}

// The checks below that a record exists run on the server only: a device may
// not hold the record yet (a counterparty made a moment ago elsewhere, an
// invoice a lawyer does not sync), and a write refused on the device is never
// sent at all.

/** A counterparty, if given, must be the company's. */
export async function assertCounterparty(tx: Transaction, ctx: AuthContext, id: string | null | undefined): Promise<void> {
  if (!id || tx.location !== 'server') return;
  const row = await tx.run(companyRows('counterparty', ctx).where('id', id).one());
  if (!row) throw domainError('validation', {fields: [{field: 'counterpartyId', code: 'v.invalid'}]});
}

/** An owner, if given, must be an active member of the company. */
export async function assertOwner(tx: Transaction, ctx: AuthContext, id: string | null | undefined): Promise<void> {
  if (!id || tx.location !== 'server') return;
  const row = await tx.run(companyRows('member', ctx).where('id', id).one());
  if (!row?.active) throw domainError('validation', {fields: [{field: 'ownerId', code: 'v.invalid'}]});
}

/** The uploaded file must exist in the company; only the server can be sure (the row syncs after the upload). */
export async function assertFile(tx: Transaction, ctx: AuthContext, fileId: string): Promise<void> {
  if (tx.location !== 'server') return;
  const file = await tx.run(companyRows('file', ctx).where('id', fileId).one());
  if (!file) throw domainError('validation', {fields: [{field: 'fileId', code: 'v.invalid'}]});
}
