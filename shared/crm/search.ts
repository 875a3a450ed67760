// Client search on the device (offline, 20 000 clients): an index built once
// per data change, then a cheap test per client per keystroke.
//
// A query matches when every word is found in the client's folded text (name,
// tags, emails, messenger names: any script, see fold.ts), or — for a query of
// digits — when its digits appear in one of the client's numbers ("701 23",
// "8 701", "+7 701 …"). Numbers are searchable only for people allowed to see
// them: the index is built from the contacts this device holds, and a role
// without `clients.contacts` holds none, so a search cannot probe for numbers.
import {phoneSearchDigits} from '../phone.ts';
import type {ContactKind} from './contacts.ts';
import {foldText} from './fold.ts';

export type SearchableClient = {id: string; name: string; tags: readonly string[]};
export type SearchableContact = {client_id: string; kind: ContactKind; value: string};

export type SearchEntry = {text: string; digits: string};
export type SearchIndex = Map<string, SearchEntry>;

// Folding is the costly part (a few µs a name). The index is rebuilt on every
// change to the base, and nearly all names are the same as last time: a
// memo by the text keeps a rebuild over 20 000 clients to lookups. Bounded.
const folded = new Map<string, string>();
function foldCached(text: string): string {
  let v = folded.get(text);
  if (v === undefined) {
    if (folded.size > 200_000) folded.clear();
    v = foldText(text);
    folded.set(text, v);
  }
  return v;
}

export function buildSearchIndex(clients: readonly SearchableClient[], contacts: readonly SearchableContact[]): SearchIndex {
  const extra = new Map<string, {text: string[]; digits: string[]}>();
  for (const c of contacts) {
    let e = extra.get(c.client_id);
    if (!e) extra.set(c.client_id, (e = {text: [], digits: []}));
    if (c.kind === 'phone' || c.kind === 'whatsapp') e.digits.push(c.value.replace(/\D/g, ''));
    else e.text.push(c.value);
  }
  const index: SearchIndex = new Map();
  for (const c of clients) {
    const e = extra.get(c.id);
    index.set(c.id, {
      text: ` ${foldCached([c.name, ...c.tags, ...(e?.text ?? [])].join(' '))}`,
      digits: e ? ` ${e.digits.join(' ')}` : '',
    });
  }
  return index;
}

export type PreparedQuery = {words: string[]; digits: string[]; empty: boolean};

/** Folds the query once for a whole list. */
export function prepareQuery(query: string): PreparedQuery {
  const trimmed = query.trim();
  if (!trimmed) return {words: [], digits: [], empty: true};
  // Only digits and the signs of a phone number: a number search.
  if (/^[\d\s()+\-.\u2010-\u2015]+$/.test(trimmed)) {
    const digits = phoneSearchDigits(trimmed);
    // Fewer than 3 digits would match nearly everyone: nothing to show is clearer.
    return digits.length ? {words: [], digits, empty: false} : {words: [trimmed.replace(/\D/g, '')], digits: [], empty: false};
  }
  return {words: foldText(trimmed).split(' ').filter(Boolean), digits: [], empty: false};
}

export function matchesSearch(entry: SearchEntry | undefined, q: PreparedQuery): boolean {
  if (q.empty) return true;
  if (!entry) return false;
  if (q.digits.length) return q.digits.some((d) => entry.digits.includes(d));
  return q.words.every((w) => entry.text.includes(w));
}
