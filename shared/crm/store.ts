// Reads and writes of client rows inside a mutator's transaction, shared by
// the CRM mutators (create, edit, merge, import). Every read is scoped to the
// caller's company; on the device it sees what the device holds, on the
// server everything.
import type {Row, Transaction} from '@rocicorp/zero';
import type {AuthContext} from '../auth/context.ts';
import {domainError} from '../errors.ts';
import {companyRows} from '../queries/scope.ts';
import {CONTACT_KINDS, type Contact, type ContactKind} from './contacts.ts';
import {contactId} from './link.ts';

export type ClientRow = Row['client'];

/** The client, live (not merged away), in this company; "not found" otherwise. */
export async function liveClient(tx: Transaction, ctx: AuthContext, id: string, field = 'id'): Promise<ClientRow> {
  const row = await tx.run(companyRows('client', ctx).where('id', id).one());
  if (!row) throw domainError('not_found');
  if (row.merged_into) throw domainError('forbidden_state', {field, messageKey: 'crm.error.merged'});
  return row;
}

/** Contact lists by kind, as the arguments carry them ({phones: [...], emails: [...], …}). */
export type ContactLists = {
  phones?: string[] | undefined;
  emails?: string[] | undefined;
  telegram?: string[] | undefined;
  whatsapp?: string[] | undefined;
  vk?: string[] | undefined;
};

const LIST_OF: Record<ContactKind, keyof ContactLists> = {phone: 'phones', email: 'emails', telegram: 'telegram', whatsapp: 'whatsapp', vk: 'vk'};

export function contactsFromLists(lists: ContactLists): Contact[] {
  return CONTACT_KINDS.flatMap((kind) => (lists[LIST_OF[kind]] ?? []).map((value) => ({kind, value})));
}

/** Which kinds a write gives (undefined lists are left alone). */
export function kindsGiven(lists: ContactLists): ContactKind[] {
  return CONTACT_KINDS.filter((kind) => lists[LIST_OF[kind]] !== undefined);
}

export function hasContacts(lists: ContactLists): boolean {
  return contactsFromLists(lists).length > 0;
}

/** `fresh`: the client was made in this very write, so none of its contacts can exist yet (an import skips 2 000 reads). */
export async function insertContacts(
  tx: Transaction,
  ctx: AuthContext,
  clientId: string,
  contacts: readonly Contact[],
  at: number,
  fresh = false,
): Promise<void> {
  for (const c of contacts) {
    const id = contactId(clientId, c);
    if (!fresh && (await tx.run(companyRows('client_contact', ctx).where('id', id).one()))) continue;
    await tx.mutate.client_contact.insert({id, company_id: ctx.companyID, client_id: clientId, kind: c.kind, value: c.value, created_at: at});
  }
}

/** Makes the client's contacts of the given kinds exactly `wanted` (others untouched). */
export async function replaceContacts(
  tx: Transaction,
  ctx: AuthContext,
  clientId: string,
  kinds: readonly ContactKind[],
  wanted: readonly Contact[],
  at: number,
): Promise<void> {
  const have = await tx.run(companyRows('client_contact', ctx).where('client_id', clientId));
  for (const h of have) {
    if (kinds.includes(h.kind) && !wanted.some((w) => w.kind === h.kind && w.value === h.value)) await tx.mutate.client_contact.delete({id: h.id});
  }
  await insertContacts(
    tx,
    ctx,
    clientId,
    wanted.filter((w) => !have.some((h) => h.kind === w.kind && h.value === w.value)),
    at,
  );
}

export type NewClient = {
  id: string;
  name: string;
  birthday: string | null;
  tags: string[];
  source: string;
  consent: 'unknown' | 'yes' | 'no';
};

export async function insertClient(tx: Transaction, ctx: AuthContext, c: NewClient, at: number): Promise<ClientRow> {
  const row = {
    ...c,
    company_id: ctx.companyID,
    consent_at: c.consent === 'unknown' ? null : at,
    merged_into: null,
    merged_at: null,
    created_by: ctx.kind === 'member' ? ctx.memberID : null,
    created_at: at,
    updated_at: at,
  };
  await tx.mutate.client.insert(row);
  return row;
}
