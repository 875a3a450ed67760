// linkClient(tx, ctx, probe): the one way a new request, booking or message
// finds (or makes) its client, inside the write's own transaction. Called by
// request.create today; bookings (issue 7) and messenger bots call it the same
// way. Returns the client id to store on the new record, or null when the
// probe carries no contact (a name alone never creates or matches a client).
//
// Device and server run the same code. The device may hold only part of the
// company's clients (or none, for a role without `clients.contacts`), so its
// answer is a guess; the server holds all of them and decides. When both say
// "new client", they make the same row: its id is derived from the seed (the
// new record's id, ids.ts), and so are its contacts' ids. When the server finds
// an existing client the device did not know, the device's guessed client is
// simply never confirmed: Zero drops it when the server's answer arrives.
//
// On the server, matching takes a per-company advisory lock for the rest of
// the transaction, so two forms sent at the same second by one person do not
// both create "their" client.
import type {Transaction} from '@rocicorp/zero';
import type {AuthContext} from '../auth/context.ts';
import {companyRows} from '../queries/scope.ts';
import type {Contact} from './contacts.ts';
import {derivedId} from './ids.ts';
import {contactIndex, matchClient, probeContacts, type ClientProbe, type KnownClient} from './match.ts';

export type LinkProbe = ClientProbe & {
  /** The id of the record being created: a new client's id is derived from it. */
  seedId: string;
  /** Where this first contact came from (a request source, "booking", "telegram", …). */
  source: string;
  at: number;
};

export function contactId(clientId: string, c: Contact): string {
  return derivedId(clientId, `contact:${c.kind}:${c.value}`);
}

export async function lockMatching(tx: Transaction, companyId: string): Promise<void> {
  if (tx.location !== 'server') return;
  await tx.dbTransaction.query('select pg_advisory_xact_lock(hashtextextended($1, 0))', [`dot.crm.match:${companyId}`]);
}

/** Clients by id, following merges to the records shown now. */
export async function loadClients(tx: Transaction, ctx: AuthContext, ids: readonly string[]): Promise<Map<string, KnownClient>> {
  const known = new Map<string, KnownClient>();
  let wanted = [...new Set(ids)];
  for (let depth = 0; wanted.length && depth < 20; depth++) {
    const rows = await tx.run(companyRows('client', ctx).where('id', 'IN', wanted));
    for (const r of rows) known.set(r.id, {id: r.id, created_at: r.created_at, merged_into: r.merged_into});
    wanted = rows.map((r) => r.merged_into).filter((id): id is string => !!id && !known.has(id));
  }
  return known;
}

/** Adds the contacts a client does not have yet (a new email, a Telegram id from a bot). */
export async function addMissingContacts(tx: Transaction, ctx: AuthContext, clientId: string, contacts: readonly Contact[], at: number): Promise<void> {
  const have = await tx.run(companyRows('client_contact', ctx).where('client_id', clientId));
  for (const c of contacts) {
    if (have.some((h) => h.kind === c.kind && h.value === c.value)) continue;
    const id = contactId(clientId, c);
    if (await tx.run(companyRows('client_contact', ctx).where('id', id).one())) continue;
    await tx.mutate.client_contact.insert({id, company_id: ctx.companyID, client_id: clientId, kind: c.kind, value: c.value, created_at: at});
  }
}

export async function linkClient(tx: Transaction, ctx: AuthContext, probe: LinkProbe): Promise<string | null> {
  const contacts = probeContacts(probe);
  if (!contacts.length) return null;
  await lockMatching(tx, ctx.companyID);
  const values = [...new Set(contacts.map((c) => c.value))];
  const found = await tx.run(companyRows('client_contact', ctx).where('value', 'IN', values));
  const clients = await loadClients(
    tx,
    ctx,
    found.map((c) => c.client_id),
  );
  const match = matchClient(contacts, contactIndex(found), clients);
  const name = probe.name?.trim() ?? '';
  if (match) {
    await addMissingContacts(tx, ctx, match.clientId, contacts, probe.at);
    if (name) {
      const row = await tx.run(companyRows('client', ctx).where('id', match.clientId).one());
      if (row && !row.name.trim()) await tx.mutate.client.update({id: row.id, name});
    }
    return match.clientId;
  }
  const id = derivedId(probe.seedId, 'client');
  if (!(await tx.run(companyRows('client', ctx).where('id', id).one()))) {
    await tx.mutate.client.insert({
      id,
      company_id: ctx.companyID,
      name,
      birthday: null,
      tags: [],
      source: probe.source,
      consent: 'unknown',
      consent_at: null,
      merged_into: null,
      merged_at: null,
      created_by: ctx.kind === 'member' ? ctx.memberID : null,
      created_at: probe.at,
      updated_at: probe.at,
    });
  }
  await addMissingContacts(tx, ctx, id, contacts, probe.at);
  return id;
}
