// What an import will do with each row, decided the same way in the preview
// (on the device, over what it holds) and in the write (on the server, over
// everything): a row whose contacts belong to a known client adds to that
// client (empty fields filled, tags joined, new contacts added, the note
// kept) instead of making a duplicate; a row repeating an earlier row of the
// same file adds to that row's client; any other row is a new client.
import {matchKey} from './contacts.ts';
import {contactIndex, matchClient, type KnownClient, type KnownContact} from './match.ts';
import {contactsFromLists} from './store.ts';
import type {ImportRow} from './validation.ts';

export type ImportTarget = {kind: 'new'} | {kind: 'existing'; clientId: string} | {kind: 'row'; clientId: string};
export type ImportDecision = {row: ImportRow; target: ImportTarget};

export function decideImport(rows: readonly ImportRow[], contacts: readonly KnownContact[], clients: readonly KnownClient[]): ImportDecision[] {
  const index = contactIndex(contacts);
  const known = new Map(clients.map((c) => [c.id, c]));
  const fromFile = new Set<string>();
  let order = 0;
  return rows.map((row) => {
    const own = contactsFromLists(row);
    const match = matchClient(own, index, known);
    let target: ImportTarget;
    if (match) target = fromFile.has(match.clientId) ? {kind: 'row', clientId: match.clientId} : {kind: 'existing', clientId: match.clientId};
    else {
      target = {kind: 'new'};
      // Later rows of the file see this one, after every known client (oldest wins a tie).
      known.set(row.id, {id: row.id, created_at: Number.MAX_SAFE_INTEGER - 1_000_000 + order++});
      fromFile.add(row.id);
    }
    const owner = match ? match.clientId : row.id;
    for (const c of own) {
      const key = matchKey(c);
      const list = index.get(key);
      if (!list) index.set(key, [owner]);
      else if (!list.includes(owner)) list.push(owner);
    }
    return {row, target};
  });
}

export type ImportSummary = {created: number; updated: number; repeated: number};

export function summarizeImport(decisions: readonly ImportDecision[]): ImportSummary {
  const s: ImportSummary = {created: 0, updated: 0, repeated: 0};
  for (const d of decisions) {
    if (d.target.kind === 'new') s.created++;
    else if (d.target.kind === 'existing') s.updated++;
    else s.repeated++;
  }
  return s;
}
