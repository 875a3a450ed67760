// Document writes (issue 16, D1–D3). Each runs optimistically on the device
// and authoritatively on the server (same code); ids and times come from the
// device, so a replay is harmless. The lifecycle and its guards are the
// workflow engine's (shared/documents/lifecycle.ts): the device explains a
// disabled button with the same blockers the server refuses with. Comments
// and links are in documents-parts.ts, the server jobs' marks in
// documents-system.ts.
import type {Transaction} from '@rocicorp/zero';
import {zql} from '#schema/zero-schema.ts';
import type {AuthContext} from '../auth/context.ts';
import {derivedId} from '../crm/ids.ts';
import {checkDocumentMove, documentSnapshot} from '../documents/lifecycle.ts';
import {addVersionArgs, createDocumentArgs, datesInOrder, moveDocumentArgs, updateDocumentArgs} from '../documents/validation.ts';
import {domainError} from '../errors.ts';
import {pendingStepNames} from '../finance/chain.ts';
import {dotMutator} from './define.ts';
import {documentPartMutators} from './documents-parts.ts';
import {
  assertCounterparty,
  assertFile,
  assertManage,
  assertOwner,
  companyDay,
  documentFor,
  resolveDocumentChain,
  roundApprovals,
  type DocumentRow,
} from './documents-load.ts';

/** What a document write did, for the server's effects (text extraction, notices): nothing for a replay. */
export type DocumentOutcome =
  | {event: 'created' | 'version'; documentId: string; versionId: string | null; fileId: string | null; notify: string[]}
  | {event: 'moved'; documentId: string; to: string; notify: string[]}
  | undefined;

/** An approval step waits this long before the SLA machinery reminds. */
export const APPROVAL_DUE_MS = 24 * 3600_000;

/** Statuses in which the file is fixed: a signed document gets no new version (it is a new document, or a supplement). */
export const LOCKED_STATUSES: readonly string[] = ['signed', 'expired', 'closed'];

const me = (ctx: AuthContext) => (ctx.kind === 'member' ? ctx.memberID : null);

/** The pending approvals of the current round are void: nobody is asked any more. */
async function voidPending(tx: Transaction, ctx: AuthContext, doc: DocumentRow, at: number): Promise<void> {
  for (const row of await roundApprovals(tx, ctx, doc)) {
    if (row.decision === 'pending') await tx.mutate.approval.update({id: row.id, decision: 'void', decided_at: at});
  }
}

async function insertVersion(tx: Transaction, ctx: AuthContext, v: {id: string; documentId: string; number: number; fileId: string; note: string; at: number}) {
  await tx.mutate.document_version.insert({
    id: v.id,
    company_id: ctx.companyID,
    document_id: v.documentId,
    number: v.number,
    file_id: v.fileId,
    note: v.note,
    created_by: me(ctx),
    created_at: v.at,
  });
}

export const documentMutators = {
  create: dotMutator(createDocumentArgs, async ({tx, args, ctx}): Promise<DocumentOutcome> => {
    assertManage(ctx);
    const existing = await tx.run(zql.document.where('id', args.id).one());
    if (existing) {
      if (existing.company_id !== ctx.companyID) throw domainError('not_found');
      return;
    }
    await assertCounterparty(tx, ctx, args.counterpartyId);
    await assertOwner(tx, ctx, args.ownerId);
    if (args.fileId) await assertFile(tx, ctx, args.fileId);
    await tx.mutate.document.insert({
      id: args.id,
      company_id: ctx.companyID,
      title: args.title,
      kind: args.kind,
      number: args.number,
      counterparty_id: args.counterpartyId ?? null,
      project: args.project,
      signed_on: args.signedOn,
      valid_until: args.validUntil,
      status: 'draft',
      status_since: args.createdAt,
      round: 0,
      reason: '',
      owner_id: args.ownerId ?? me(ctx),
      reminded_at: null,
      created_at: args.createdAt,
      updated_at: args.createdAt,
    });
    const versionId = args.fileId ? (args.versionId ?? derivedId(args.id, 'version:1')) : null;
    if (args.fileId && versionId) {
      await insertVersion(tx, ctx, {id: versionId, documentId: args.id, number: 1, fileId: args.fileId, note: args.note, at: args.createdAt});
    }
    return {event: 'created', documentId: args.id, versionId, fileId: args.fileId ?? null, notify: []};
  }),

  update: dotMutator(updateDocumentArgs, async ({tx, args, ctx}): Promise<DocumentOutcome> => {
    assertManage(ctx);
    const doc = await documentFor(tx, ctx, args.id);
    const signedOn = args.signedOn ?? doc.signed_on;
    const validUntil = args.validUntil ?? doc.valid_until;
    if (!datesInOrder(signedOn, validUntil)) {
      throw domainError('validation', {fields: [{field: 'validUntil', code: 'documents.v.validBeforeSigned'}]});
    }
    if (args.counterpartyId !== undefined) await assertCounterparty(tx, ctx, args.counterpartyId);
    if (args.ownerId !== undefined) await assertOwner(tx, ctx, args.ownerId);
    await tx.mutate.document.update({
      id: doc.id,
      ...(args.title !== undefined && {title: args.title}),
      ...(args.kind !== undefined && {kind: args.kind}),
      ...(args.number !== undefined && {number: args.number}),
      ...(args.counterpartyId !== undefined && {counterparty_id: args.counterpartyId}),
      ...(args.project !== undefined && {project: args.project}),
      ...(args.signedOn !== undefined && {signed_on: args.signedOn}),
      ...(args.ownerId !== undefined && {owner_id: args.ownerId}),
      // A new "valid until" gets its own reminder.
      ...(args.validUntil !== undefined && args.validUntil !== doc.valid_until && {valid_until: args.validUntil, reminded_at: null}),
      updated_at: args.at,
    });
    return undefined;
  }),

  /** D2: a new file is the next version; the old ones are kept as they were. */
  addVersion: dotMutator(addVersionArgs, async ({tx, args, ctx}): Promise<DocumentOutcome> => {
    assertManage(ctx);
    const existing = await tx.run(zql.document_version.where('id', args.id).one());
    if (existing) {
      if (existing.company_id !== ctx.companyID) throw domainError('not_found');
      return;
    }
    const doc = await documentFor(tx, ctx, args.documentId);
    if (LOCKED_STATUSES.includes(doc.status)) throw domainError('forbidden_state', {messageKey: 'documents.locked'});
    await assertFile(tx, ctx, args.fileId);
    const number = (doc.versions[0]?.number ?? 0) + 1;
    await insertVersion(tx, ctx, {id: args.id, documentId: doc.id, number, fileId: args.fileId, note: args.note, at: args.createdAt});
    if (doc.status === 'approval') {
      // The approvers were asked about another version (each approval pins the
      // version it was for): their pending steps are void and the document goes
      // back to draft, to be sent again — a decision never passes to a file
      // nobody approved.
      await voidPending(tx, ctx, doc, args.createdAt);
      await tx.mutate.document.update({id: doc.id, status: 'draft', status_since: args.createdAt, reason: '', updated_at: args.createdAt});
    } else {
      await tx.mutate.document.update({id: doc.id, updated_at: args.createdAt});
    }
    return {event: 'version', documentId: doc.id, versionId: args.id, fileId: args.fileId, notify: []};
  }),

  /** D3: draft → approval (the chain's rows, pinned to the latest version) → signed → expired/closed; approval → draft with a reason. */
  move: dotMutator(
    moveDocumentArgs,
    async ({tx, args, ctx}): Promise<DocumentOutcome> => {
      assertManage(ctx);
      const doc = await documentFor(tx, ctx, args.id);
      if (doc.status === args.to) return;
      if (args.from !== undefined && doc.status !== args.from) throw domainError('conflict', {field: 'status', current: doc.status, attempted: args.to});
      const rows = await roundApprovals(tx, ctx, doc);
      const blockers = checkDocumentMove(documentSnapshot(doc.status, doc.versions.length, pendingStepNames(rows)), args.to, args.comment);
      if (blockers.some((b) => b.kind === 'no_such_move')) throw domainError('invalid_transition', {field: 'status', current: doc.status, attempted: args.to});
      if (blockers.length) throw domainError('blocked', {blockers});
      let round = doc.round;
      let notify: string[] = [];
      if (args.to === 'approval') {
        round = doc.round + 1;
        const latest = doc.versions[0]!; // the guard asked for a version
        const steps = await resolveDocumentChain(tx, ctx);
        // Only the first group is due now; a later group's steps become due when the one before completes (approval.decide).
        const first = steps.length ? Math.min(...steps.map((s) => s.group)) : 0;
        for (const s of steps) {
          await tx.mutate.approval.insert({
            id: derivedId(doc.id, `${round}:${s.key}`),
            company_id: ctx.companyID,
            entity: 'document',
            entity_id: doc.id,
            round,
            step_key: s.key,
            name: s.name,
            role: s.role,
            member_id: s.memberId ?? null,
            grp: s.group,
            why: s.why,
            decision: 'pending',
            decided_by: null,
            decided_at: null,
            reason: '',
            // The version this step is asked about: a decision is about this file, not a later one.
            version_id: latest.id,
            due_at: s.group === first ? args.at + APPROVAL_DUE_MS : null,
            reminded_at: null,
            escalated_at: null,
            created_at: args.at,
          });
        }
        notify = steps.flatMap((s) => (s.memberId ? [s.memberId] : []));
      }
      if (doc.status === 'approval' && args.to === 'draft') await voidPending(tx, ctx, doc, args.at);
      const signedOn = args.to === 'signed' && !doc.signed_on ? await companyDay(tx, ctx, args.at) : undefined;
      await tx.mutate.document.update({
        id: doc.id,
        status: args.to,
        status_since: args.at,
        round,
        ...(args.to === 'draft' && {reason: args.comment?.trim() ?? ''}),
        ...(args.to === 'approval' && {reason: ''}),
        ...(signedOn && {signed_on: signedOn}),
        updated_at: args.at,
      });
      return {event: 'moved', documentId: doc.id, to: args.to, notify};
    },
    {conflict: 'resend-over', rebase: (args, details) => (typeof details.current === 'string' ? {...args, from: details.current} : null)},
  ),

  ...documentPartMutators,
};
