// Carrying out a merge and its undo inside a mutator's transaction: gather
// what the merged client owns, apply merge.ts's plan, record it; and back.
import type {Transaction} from '@rocicorp/zero';
import type {AuthContext, MemberContext} from '../auth/context.ts';
import {domainError} from '../errors.ts';
import {companyRows} from '../queries/scope.ts';
import {contactsToMove, planMerge, planUnmerge, type Consent} from './merge.ts';
import {liveClient, type ClientRow} from './store.ts';

const asMergeClient = (c: ClientRow) => ({
  id: c.id,
  name: c.name,
  birthday: c.birthday ?? null,
  tags: Array.isArray(c.tags) ? c.tags : [],
  source: c.source,
  consent: c.consent as Consent,
  created_at: c.created_at,
});

export async function mergeClients(tx: Transaction, ctx: MemberContext, args: {id: string; survivorId: string; mergedId: string; at: number}): Promise<void> {
  if (await tx.run(companyRows('client_merge', ctx).where('id', args.id).one())) return;
  const survivor = await liveClient(tx, ctx, args.survivorId, 'survivorId');
  const merged = await liveClient(tx, ctx, args.mergedId, 'mergedId');
  // Rows of the merged client: on the server all of them; on a device, what it holds.
  const contacts = await tx.run(companyRows('client_contact', ctx).where('client_id', merged.id));
  const survivorContacts = await tx.run(companyRows('client_contact', ctx).where('client_id', survivor.id));
  const notes = await tx.run(companyRows('client_note', ctx).where('client_id', merged.id));
  const requests = await tx.run(companyRows('request', ctx).where('client_id', merged.id));
  const bookings = await tx.run(companyRows('booking', ctx).where('client_id', merged.id));
  const plan = planMerge({
    survivor: asMergeClient(survivor),
    merged: asMergeClient(merged),
    moved: {
      contacts: contactsToMove(survivorContacts, contacts),
      notes: notes.map((r) => r.id),
      requests: requests.map((r) => r.id),
      bookings: bookings.map((r) => r.id),
    },
  });
  if (Object.keys(plan.after).length) {
    const {consent, ...rest} = plan.after;
    await tx.mutate.client.update({id: survivor.id, ...rest, ...(consent && {consent, consent_at: args.at})});
  }
  for (const id of plan.moved.contacts) await tx.mutate.client_contact.update({id, client_id: survivor.id});
  for (const id of plan.moved.notes) await tx.mutate.client_note.update({id, client_id: survivor.id});
  for (const id of plan.moved.requests) await tx.mutate.request.update({id, client_id: survivor.id});
  for (const id of plan.moved.bookings) await tx.mutate.booking.update({id, client_id: survivor.id});
  await tx.mutate.client.update({id: merged.id, merged_into: survivor.id, merged_at: args.at});
  await tx.mutate.client_merge.insert({
    id: args.id,
    company_id: ctx.companyID,
    survivor_id: survivor.id,
    merged_id: merged.id,
    moved: plan.moved,
    survivor_before: plan.before,
    survivor_after: plan.after,
    created_by: ctx.memberID,
    created_at: args.at,
    undone_at: null,
    undone_by: null,
  });
}

/** Where each of these rows is now: its client (none for a request or booking since unlinked). */
async function owners(
  tx: Transaction,
  ctx: AuthContext,
  table: 'client_contact' | 'client_note' | 'request' | 'booking',
  ids: readonly string[],
): Promise<Map<string, string>> {
  if (!ids.length) return new Map();
  const rows = await tx.run(companyRows(table, ctx).where('id', 'IN', [...ids]));
  return new Map(rows.map((r) => [r.id, r.client_id ?? '']));
}

export async function unmergeClients(tx: Transaction, ctx: MemberContext, args: {id: string; at: number}): Promise<void> {
  const merge = await tx.run(companyRows('client_merge', ctx).where('id', args.id).one());
  if (!merge) throw domainError('not_found');
  if (merge.undone_at) return;
  const survivor = await tx.run(companyRows('client', ctx).where('id', merge.survivor_id).one());
  const merged = await tx.run(companyRows('client', ctx).where('id', merge.merged_id).one());
  if (!survivor || !merged) throw domainError('not_found');
  // Undo in reverse order: a survivor since merged into someone else is that later merge's to give back first.
  if (survivor.merged_into) throw domainError('forbidden_state', {messageKey: 'crm.error.undoLaterFirst'});
  const plan = planUnmerge({
    merge,
    survivor: asMergeClient(survivor),
    owners: {
      contacts: await owners(tx, ctx, 'client_contact', merge.moved.contacts ?? []),
      notes: await owners(tx, ctx, 'client_note', merge.moved.notes ?? []),
      requests: await owners(tx, ctx, 'request', merge.moved.requests ?? []),
      bookings: await owners(tx, ctx, 'booking', merge.moved.bookings ?? []),
    },
  });
  for (const id of plan.moveBack.contacts) await tx.mutate.client_contact.update({id, client_id: merged.id});
  for (const id of plan.moveBack.notes) await tx.mutate.client_note.update({id, client_id: merged.id});
  for (const id of plan.moveBack.requests) await tx.mutate.request.update({id, client_id: merged.id});
  for (const id of plan.moveBack.bookings) await tx.mutate.booking.update({id, client_id: merged.id});
  if (Object.keys(plan.survivorPatch).length) {
    const {consent, ...rest} = plan.survivorPatch;
    await tx.mutate.client.update({id: survivor.id, ...rest, ...(consent && {consent})});
  }
  await tx.mutate.client.update({id: merged.id, merged_into: null, merged_at: null});
  await tx.mutate.client_merge.update({id: merge.id, undone_at: args.at, undone_by: ctx.memberID});
}
