// CRM writes. Like every mutator: a permission assertion first, ids and times
// from the device (a replay is harmless), everything checked before anything
// is written (define.ts). Contacts are personal data: a write that gives any
// needs `clients.contacts` as well, so a role that cannot see them cannot
// overwrite them blind either.
import type {Transaction} from '@rocicorp/zero';
import {zql} from '#schema/zero-schema.ts';
import {assertCan} from '../auth/can.ts';
import type {MemberContext} from '../auth/context.ts';
import {domainError} from '../errors.ts';
import {derivedId, pairId} from '../crm/ids.ts';
import {decideImport} from '../crm/import.ts';
import {addMissingContacts} from '../crm/link.ts';
import {mergeClients, unmergeClients} from '../crm/merge-tx.ts';
import {refuseTakenPhone} from '../crm/taken.ts';
import {contactsFromLists, hasContacts, insertClient, insertContacts, kindsGiven, liveClient, replaceContacts} from '../crm/store.ts';
import {
  addNoteArgs,
  createClientArgs,
  dismissArgs,
  importArgs,
  linkRequestArgs,
  logExportArgs,
  mergeArgs,
  removeClientArgs,
  removeNoteArgs,
  unmergeArgs,
  updateClientArgs,
} from '../crm/validation.ts';
import {companyRows} from '../queries/scope.ts';
import {visibleRequests} from '../requests/access.ts';
import {dotMutator} from './define.ts';

async function addNote(tx: Transaction, ctx: MemberContext, id: string, clientId: string, body: string, at: number, fresh = false) {
  if (!body.trim() || (!fresh && (await tx.run(companyRows('client_note', ctx).where('id', id).one())))) return;
  await tx.mutate.client_note.insert({id, company_id: ctx.companyID, client_id: clientId, author_id: ctx.memberID, body: body.trim(), created_at: at});
}

/** The record and every record merged into it (they are one person). */
async function withMergedIn(tx: Transaction, ctx: MemberContext, id: string): Promise<string[]> {
  const all = [id];
  for (let i = 0; i < all.length && i < 200; i++) {
    const inner = await tx.run(companyRows('client', ctx).where('merged_into', all[i]!));
    all.push(...inner.map((c) => c.id).filter((x) => !all.includes(x)));
  }
  return all;
}

export const clientMutators = {
  create: dotMutator(createClientArgs, async ({tx, args, ctx}) => {
    assertCan(ctx, 'clients.manage');
    if (hasContacts(args)) assertCan(ctx, 'clients.contacts');
    const existing = await tx.run(zql.client.where('id', args.id).one());
    if (existing) {
      if (existing.company_id !== ctx.companyID) throw domainError('not_found');
      return;
    }
    if (!args.allowSharedPhone) await refuseTakenPhone(tx, ctx, args);
    const {id, name, birthday, tags, source, consent} = args;
    await insertClient(tx, ctx, {id, name, birthday, tags, source: source || 'manual', consent}, args.createdAt);
    await insertContacts(tx, ctx, id, contactsFromLists(args), args.createdAt);
    await addNote(tx, ctx, derivedId(id, 'note'), id, args.note, args.createdAt);
  }),

  // Free text and lists are last-writer-wins; the audit log keeps what was overwritten.
  update: dotMutator(updateClientArgs, async ({tx, args, ctx}) => {
    assertCan(ctx, 'clients.manage');
    const kinds = kindsGiven(args);
    if (kinds.length) assertCan(ctx, 'clients.contacts');
    const row = await liveClient(tx, ctx, args.id);
    const {name, birthday, tags, consent} = args;
    const changes = {
      ...(name !== undefined && {name}),
      ...(birthday !== undefined && {birthday}),
      ...(tags !== undefined && {tags}),
      ...(consent !== undefined && consent !== row.consent && {consent, consent_at: args.at}),
    };
    if (Object.keys(changes).length) await tx.mutate.client.update({id: row.id, ...changes});
    if (kinds.length) await replaceContacts(tx, ctx, row.id, kinds, contactsFromLists(args), args.at);
  }),

  addNote: dotMutator(addNoteArgs, async ({tx, args, ctx}) => {
    assertCan(ctx, 'clients.manage');
    await liveClient(tx, ctx, args.clientId, 'clientId');
    await addNote(tx, ctx, args.id, args.clientId, args.body, args.createdAt);
  }),

  removeNote: dotMutator(removeNoteArgs, async ({tx, args, ctx}) => {
    assertCan(ctx, 'clients.manage');
    if (await tx.run(companyRows('client_note', ctx).where('id', args.id).one())) await tx.mutate.client_note.delete({id: args.id});
  }),

  /**
   * Forgets a person: the record, every record merged into it, their contacts
   * and notes. Their requests and bookings stay (they are the company's work,
   * and a booking still holds the visit), unlinked.
   */
  remove: dotMutator(removeClientArgs, async ({tx, args, ctx}) => {
    assertCan(ctx, 'clients.manage');
    const row = await tx.run(companyRows('client', ctx).where('id', args.id).one());
    if (!row) return;
    if (row.merged_into) throw domainError('forbidden_state', {messageKey: 'crm.error.merged'});
    const ids = await withMergedIn(tx, ctx, row.id);
    for (const id of ids) {
      for (const r of await tx.run(companyRows('request', ctx).where('client_id', id))) await tx.mutate.request.update({id: r.id, client_id: null});
      for (const b of await tx.run(companyRows('booking', ctx).where('client_id', id))) await tx.mutate.booking.update({id: b.id, client_id: null});
      for (const c of await tx.run(companyRows('client_contact', ctx).where('client_id', id))) await tx.mutate.client_contact.delete({id: c.id});
      for (const n of await tx.run(companyRows('client_note', ctx).where('client_id', id))) await tx.mutate.client_note.delete({id: n.id});
    }
    const merges = await tx.run(companyRows('client_merge', ctx).where(({or, cmp}) => or(cmp('survivor_id', 'IN', ids), cmp('merged_id', 'IN', ids))));
    for (const m of merges) await tx.mutate.client_merge.delete({id: m.id});
    const dismissals = await tx.run(companyRows('client_dismissal', ctx).where(({or, cmp}) => or(cmp('client_a', 'IN', ids), cmp('client_b', 'IN', ids))));
    for (const d of dismissals) await tx.mutate.client_dismissal.delete({id: d.id});
    // Merged-in records first: each points at the next one up.
    for (const id of [...ids].reverse()) await tx.mutate.client.delete({id});
  }),

  merge: dotMutator(mergeArgs, async ({tx, args, ctx}) => {
    assertCan(ctx, 'clients.manage');
    await mergeClients(tx, ctx, args);
  }),

  unmerge: dotMutator(unmergeArgs, async ({tx, args, ctx}) => {
    assertCan(ctx, 'clients.manage');
    await unmergeClients(tx, ctx, args);
  }),

  /** "Not the same person": the pair is not proposed again. */
  dismissDuplicate: dotMutator(dismissArgs, async ({tx, args, ctx}) => {
    assertCan(ctx, 'clients.manage');
    const id = pairId(args.a, args.b);
    if (await tx.run(companyRows('client_dismissal', ctx).where('id', id).one())) return;
    await liveClient(tx, ctx, args.a, 'a');
    await liveClient(tx, ctx, args.b, 'b');
    await tx.mutate.client_dismissal.insert({id, company_id: ctx.companyID, client_a: args.a, client_b: args.b, created_by: ctx.memberID, created_at: args.at});
  }),

  /** Links a request to a client by hand (or unlinks it). */
  linkRequest: dotMutator(linkRequestArgs, async ({tx, args, ctx}) => {
    assertCan(ctx, 'requests.update');
    assertCan(ctx, 'clients.read');
    const request = await tx.run(visibleRequests(ctx).where('id', args.requestId).one());
    if (!request) throw domainError('not_found');
    if (args.clientId) await liveClient(tx, ctx, args.clientId, 'clientId');
    if ((request.client_id ?? null) !== args.clientId) await tx.mutate.request.update({id: request.id, client_id: args.clientId});
  }),

  /**
   * A spreadsheet of clients, in one transaction: all rows or none. Rows that
   * are known clients add to them (import.ts); the rest are new clients.
   */
  import: dotMutator(importArgs, async ({tx, args, ctx}) => {
    assertCan(ctx, 'clients.manage');
    if (args.rows.some(hasContacts)) assertCan(ctx, 'clients.contacts');
    if (tx.location === 'server') await tx.dbTransaction.query('select pg_advisory_xact_lock(hashtextextended($1, 0))', [`dot.crm.match:${ctx.companyID}`]);
    const contacts = await tx.run(companyRows('client_contact', ctx));
    const clients = await tx.run(companyRows('client', ctx));
    const byId = new Map(clients.map((c) => [c.id, c]));
    const at = args.createdAt;
    for (const {row, target} of decideImport(args.rows, contacts, clients)) {
      if (target.kind === 'new') {
        if (byId.has(row.id)) continue; // a replay of this import
        const made = await insertClient(
          tx,
          ctx,
          {id: row.id, name: row.name, birthday: row.birthday, tags: row.tags, source: row.source, consent: row.consent},
          at,
        );
        byId.set(row.id, made);
        await insertContacts(tx, ctx, row.id, contactsFromLists(row), at, true);
        await addNote(tx, ctx, derivedId(row.id, 'note'), row.id, row.note, at, true);
        continue;
      }
      const id = target.clientId;
      const current = byId.get(id);
      if (current) {
        const tags = Array.isArray(current.tags) ? current.tags : [];
        const changes = {
          ...(!current.name.trim() && row.name && {name: row.name}),
          ...(!current.birthday && row.birthday && {birthday: row.birthday}),
          ...(row.tags.some((t) => !tags.includes(t)) && {tags: [...tags, ...row.tags.filter((t) => !tags.includes(t))]}),
        };
        if (Object.keys(changes).length) {
          await tx.mutate.client.update({id, ...changes});
          byId.set(id, {...current, ...changes});
        }
      }
      await addMissingContacts(tx, ctx, id, contactsFromLists(row), at);
      await addNote(tx, ctx, derivedId(row.id, 'note'), id, row.note, at);
    }
  }),

  /** P5: an export of personal data is a line in the audit log (the file itself is made where it is asked for). */
  logExport: dotMutator(logExportArgs, async ({tx, args, ctx}) => {
    assertCan(ctx, 'clients.export');
    if (args.withContacts) assertCan(ctx, 'clients.contacts');
    if (await tx.run(companyRows('client_export', ctx).where('id', args.id).one())) return;
    await tx.mutate.client_export.insert({
      id: args.id,
      company_id: ctx.companyID,
      member_id: ctx.memberID,
      format: args.format,
      row_count: args.rows,
      with_contacts: args.withContacts,
      created_at: args.at,
    });
  }),
};
