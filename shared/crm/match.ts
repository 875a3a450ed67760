// Which client a request, booking or message is from: pure, deterministic
// matching by normalised contacts (shared/crm/contacts.ts).
//
// Rules
// - Only contacts identify a person: a phone (or WhatsApp number), an email, a
//   Telegram or VK id. A name alone never matches ("Айгерим" is many people);
//   names only suggest duplicates (duplicates.ts).
// - Every client sharing a key is a candidate; merged records count as the
//   client they were merged into.
// - The candidate with the strongest evidence wins: the sum of the weights of
//   the distinct keys it shares (number/messenger 3, email 2); ties go to the
//   oldest record, then the smallest id. So the same inputs always give the
//   same answer, on a device and on the server.
import {keyWeight, matchKey, normalizeContact, uniqueContacts, type Contact, type ContactKind} from './contacts.ts';

export type ClientProbe = {
  name?: string | undefined;
  phone?: string | undefined;
  email?: string | undefined;
  /** A messenger identity (bots): {kind: 'telegram', id: '123456789'}. */
  messenger?: {kind: 'telegram' | 'whatsapp' | 'vk'; id: string} | null | undefined;
  /** More contacts at once (an import row, a form with two phones). */
  contacts?: readonly {kind: ContactKind; value: string}[] | undefined;
};

/** The probe's contacts, normalised; what cannot be read is left out (it cannot match anything). */
export function probeContacts(probe: ClientProbe): Contact[] {
  const raw: {kind: ContactKind; value: string}[] = [
    ...(probe.phone ? [{kind: 'phone' as const, value: probe.phone}] : []),
    ...(probe.email ? [{kind: 'email' as const, value: probe.email}] : []),
    ...(probe.messenger?.id ? [{kind: probe.messenger.kind, value: probe.messenger.id}] : []),
    ...(probe.contacts ?? []),
  ];
  const out: Contact[] = [];
  for (const c of raw) {
    const value = normalizeContact(c.kind, c.value);
    if (value) out.push({kind: c.kind, value});
  }
  return uniqueContacts(out);
}

export type KnownClient = {id: string; created_at: number; merged_into?: string | null | undefined};
export type KnownContact = {client_id: string; kind: ContactKind; value: string};

export type MatchResult = {clientId: string; score: number; keys: string[]} | null;

/** Follows merges to the record that is shown now (a chain, guarded against loops). */
export function liveId(id: string, clients: ReadonlyMap<string, KnownClient>): string {
  let current = id;
  for (let i = 0; i < 20; i++) {
    const next = clients.get(current)?.merged_into;
    if (!next) return current;
    current = next;
  }
  return current;
}

/** An index of contacts by match key, for many lookups (imports, benchmarks). */
export function contactIndex(contacts: readonly KnownContact[]): Map<string, string[]> {
  const index = new Map<string, string[]>();
  for (const c of contacts) {
    const key = matchKey(c);
    const list = index.get(key);
    if (list) {
      if (!list.includes(c.client_id)) list.push(c.client_id);
    } else index.set(key, [c.client_id]);
  }
  return index;
}

/**
 * The client these contacts belong to, or null. `index` maps match keys to
 * client ids (contactIndex); `clients` gives creation times and merges.
 */
export function matchClient(
  contacts: readonly Contact[],
  index: ReadonlyMap<string, readonly string[]>,
  clients: ReadonlyMap<string, KnownClient>,
): MatchResult {
  const evidence = new Map<string, Set<string>>();
  for (const key of new Set(contacts.map(matchKey))) {
    for (const id of index.get(key) ?? []) {
      const live = liveId(id, clients);
      if (!clients.has(live)) continue;
      let keys = evidence.get(live);
      if (!keys) evidence.set(live, (keys = new Set()));
      keys.add(key);
    }
  }
  let best: MatchResult = null;
  let bestCreated = 0;
  for (const [clientId, keys] of evidence) {
    const score = [...keys].reduce((s, k) => s + keyWeight(k), 0);
    const created = clients.get(clientId)!.created_at;
    const better = !best || score > best.score || (score === best.score && (created < bestCreated || (created === bestCreated && clientId < best.clientId)));
    if (better) {
      best = {clientId, score, keys: [...keys].sort()};
      bestCreated = created;
    }
  }
  return best;
}
