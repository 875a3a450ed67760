// A new client whose number another client already has: not a second record
// by accident. The form offers the existing client as the person types, and
// the create write refuses it (on the device and, with the last word, on the
// server), naming the phone field and giving the existing client's id. Both
// decide with takenPhone, so what the form offers is what the server refuses.
//
// On purpose, not by default, a separate record can still be made
// (`allowSharedPhone`: one family number for two people). Other paths never
// make a duplicate in the first place: requests, bookings and imports add to
// the client they match (link.ts, import.ts).
import type {Transaction} from '@rocicorp/zero';
import type {AuthContext} from '../auth/context.ts';
import {domainError} from '../errors.ts';
import {formatPhone} from '../phone.ts';
import {companyRows} from '../queries/scope.ts';
import {loadClients, lockMatching} from './link.ts';
import {contactIndex, matchClient, type KnownClient} from './match.ts';

export type TakenPhone = {clientId: string; field: 'phones' | 'whatsapp'; value: string};
export type NumberLists = {phones?: readonly string[] | undefined; whatsapp?: readonly string[] | undefined};

/**
 * The client who already has one of these numbers (normalised, +7…), or null.
 * A WhatsApp id counts as the number it is (contacts.ts); merged records count
 * as the client they were merged into; several candidates: the one matchClient
 * picks. `index`: contactIndex over the company's contacts.
 */
export function takenPhone(lists: NumberLists, index: ReadonlyMap<string, readonly string[]>, clients: ReadonlyMap<string, KnownClient>): TakenPhone | null {
  const mine = [
    ...(lists.phones ?? []).map((value) => ({field: 'phones' as const, kind: 'phone' as const, value})),
    ...(lists.whatsapp ?? []).map((value) => ({field: 'whatsapp' as const, kind: 'whatsapp' as const, value})),
  ];
  if (!mine.length) return null;
  const match = matchClient(mine, index, clients);
  if (!match) return null;
  const hit = mine.find((m) => match.keys.includes(`tel:${m.value}`)) ?? mine[0]!;
  return {clientId: match.clientId, field: hit.field, value: hit.value};
}

/** Inside the create write: refuses numbers another client of the company has. */
export async function refuseTakenPhone(tx: Transaction, ctx: AuthContext, lists: NumberLists): Promise<void> {
  const numbers = [...new Set([...(lists.phones ?? []), ...(lists.whatsapp ?? [])])];
  if (!numbers.length) return;
  // The same lock as matching: two forms at once cannot both take one number.
  await lockMatching(tx, ctx.companyID);
  const found = (await tx.run(companyRows('client_contact', ctx).where('value', 'IN', numbers))).filter((c) => c.kind === 'phone' || c.kind === 'whatsapp');
  if (!found.length) return;
  const taken = takenPhone(
    lists,
    contactIndex(found),
    await loadClients(
      tx,
      ctx,
      found.map((c) => c.client_id),
    ),
  );
  if (!taken) return;
  const existing = await tx.run(companyRows('client', ctx).where('id', taken.clientId).one());
  const name = existing?.name.trim() || formatPhone(taken.value);
  throw domainError('conflict', {
    messageKey: 'crm.error.phoneTaken',
    field: taken.field,
    fields: [{field: taken.field, code: 'crm.v.phoneTaken', params: {name}}],
    existingId: taken.clientId,
  });
}
