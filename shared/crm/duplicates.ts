// Possible duplicates to propose for a merge. Linear in the number of clients
// and contacts (grouping by key), so it runs on the device over 20 000 clients.
//
// - "strong": two live clients share a normalised contact (a number, an email,
//   a messenger id) — usually the same person typed twice, or an import.
// - "name": the same full name in any script ("Асель Нурланова" / "Asel
//   Nurlanova") — maybe the same person reaching out from another channel.
//   Only names of two words or more, and only small groups: ten clients called
//   "Айгерим Садыкова" are a common name, not one person.
// Each group is proposed as pairs with its oldest record (the likely keeper).
// Pairs someone marked "different people" are not proposed again.
import {matchKey, type ContactKind} from './contacts.ts';
import {foldText} from './fold.ts';
import {pairId} from './ids.ts';

export type DuplicateClient = {id: string; name: string; created_at: number; merged_into?: string | null | undefined};
export type DuplicateContact = {client_id: string; kind: ContactKind; value: string};

export type DuplicatePair = {id: string; keep: string; other: string; reason: 'contact' | 'name'; keys: string[]};

const MAX_NAME_GROUP = 4;

export function duplicatePairs(
  clients: readonly DuplicateClient[],
  contacts: readonly DuplicateContact[],
  dismissed: ReadonlySet<string> = new Set(),
): DuplicatePair[] {
  const live = new Map(clients.filter((c) => !c.merged_into).map((c) => [c.id, c]));
  const older = (a: DuplicateClient, b: DuplicateClient) => a.created_at - b.created_at || (a.id < b.id ? -1 : 1);
  const pairs = new Map<string, DuplicatePair>();
  const propose = (group: DuplicateClient[], reason: DuplicatePair['reason'], key: string) => {
    const [keep, ...rest] = [...group].sort(older);
    for (const other of rest) {
      const id = pairId(keep!.id, other.id);
      if (dismissed.has(id)) continue;
      const existing = pairs.get(id);
      if (existing) {
        if (!existing.keys.includes(key)) existing.keys.push(key);
        if (reason === 'contact') existing.reason = 'contact';
      } else pairs.set(id, {id, keep: keep!.id, other: other.id, reason, keys: [key]});
    }
  };

  const byKey = new Map<string, Set<string>>();
  for (const c of contacts) {
    if (!live.has(c.client_id)) continue;
    const key = matchKey(c);
    let ids = byKey.get(key);
    if (!ids) byKey.set(key, (ids = new Set()));
    ids.add(c.client_id);
  }
  for (const [key, ids] of byKey)
    if (ids.size > 1)
      propose(
        [...ids].map((id) => live.get(id)!),
        'contact',
        key,
      );

  const byName = new Map<string, DuplicateClient[]>();
  for (const c of live.values()) {
    const folded = foldText(c.name).split(' ').filter(Boolean).sort().join(' ');
    if (folded.split(' ').length < 2) continue;
    const list = byName.get(folded);
    if (list) list.push(c);
    else byName.set(folded, [c]);
  }
  for (const [name, group] of byName) if (group.length > 1 && group.length <= MAX_NAME_GROUP) propose(group, 'name', `name:${name}`);

  // Strongest evidence first, then the newest "other" (the fresh duplicate).
  return [...pairs.values()].sort(
    (a, b) => (a.reason === b.reason ? 0 : a.reason === 'contact' ? -1 : 1) || b.keys.length - a.keys.length || (a.other < b.other ? 1 : -1),
  );
}
