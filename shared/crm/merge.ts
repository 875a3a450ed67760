// Merging two client records, and undoing it, as pure plans the mutators carry
// out (shared/mutators/clients.ts).
//
// A merge keeps everything from both: the merged record stays (hidden, with
// `merged_into`), its contacts, notes, requests and bookings move to the
// survivor, the survivor's empty fields are filled from it and the tags are
// joined. A contact the survivor already has (the same kind and normalised
// value, as two records of one person often share their number) does not move:
// it stays with the hidden record, so the survivor lists each contact once,
// matching still finds the survivor through `merged_into`, and an undo still
// gives the merged record all of its own. The merge row lists exactly what moved and which of the survivor's
// fields changed (before and after).
//
// An undo moves back exactly what the merge moved — the rows still at the
// survivor — and restores each field the merge changed, unless someone has
// edited that field since (then the edit stays: an undo never throws away work
// done after the merge). Tags the merge added are removed; tags added since
// stay. Invariant (property-tested): merge then undo, with nothing in between,
// gives back both records exactly.
import type {MergeFields, MergeMoved} from '#schema/tables/crm.ts';
import {normalizeContact, type ContactKind} from './contacts.ts';

export type Consent = 'unknown' | 'yes' | 'no';
export type MergeClient = {
  id: string;
  name: string;
  birthday: string | null;
  tags: readonly string[];
  source: string;
  consent: Consent;
  created_at: number;
};

export type MergeInputs = {
  survivor: MergeClient;
  merged: MergeClient;
  /** Rows of the merged client that move to the survivor. */
  moved: MergeMoved;
};

export type MergePlan = {moved: MergeMoved; before: MergeFields; after: MergeFields};

export type MergeContact = {id: string; kind: ContactKind; value: string};

const contactKey = (c: MergeContact) => `${c.kind}:${normalizeContact(c.kind, c.value) ?? c.value}`;

/** Which of the merged record's contacts move to the survivor: those it does not have yet, each once. */
export function contactsToMove(survivor: readonly MergeContact[], merged: readonly MergeContact[]): string[] {
  const have = new Set(survivor.map(contactKey));
  const out: string[] = [];
  for (const c of merged) {
    const key = contactKey(c);
    if (have.has(key)) continue;
    have.add(key);
    out.push(c.id);
  }
  return out;
}

/** "No" to messages anywhere wins: writing to someone who said no is the worse mistake. */
function mergedConsent(a: Consent, b: Consent): Consent {
  if (a === 'no' || b === 'no') return 'no';
  if (a === 'yes' || b === 'yes') return 'yes';
  return 'unknown';
}

export function planMerge({survivor: s, merged: m, moved}: MergeInputs): MergePlan {
  const next: Required<MergeFields> = {
    name: s.name.trim() ? s.name : m.name,
    birthday: s.birthday ?? m.birthday,
    tags: [...s.tags, ...m.tags.filter((t) => !s.tags.includes(t))],
    // The first contact is whichever record is older.
    source: (m.created_at < s.created_at && m.source) || s.source || m.source,
    consent: mergedConsent(s.consent, m.consent),
  };
  const before: MergeFields = {};
  const after: MergeFields = {};
  if (next.name !== s.name) [before.name, after.name] = [s.name, next.name];
  if (next.birthday !== s.birthday) [before.birthday, after.birthday] = [s.birthday, next.birthday];
  if (next.tags.length !== s.tags.length) [before.tags, after.tags] = [[...s.tags], next.tags];
  if (next.source !== s.source) [before.source, after.source] = [s.source, next.source];
  if (next.consent !== s.consent) [before.consent, after.consent] = [s.consent, next.consent];
  return {moved: {contacts: [...moved.contacts], notes: [...moved.notes], requests: [...moved.requests], bookings: [...moved.bookings]}, before, after};
}

export type UnmergeInputs = {
  merge: {survivor_id: string; moved: MergeMoved; survivor_before: MergeFields; survivor_after: MergeFields};
  survivor: Omit<MergeClient, 'created_at' | 'id'>;
  /** Where each moved row is now (its client id), for the rows that still exist. */
  owners: {
    contacts: ReadonlyMap<string, string>;
    notes: ReadonlyMap<string, string>;
    requests: ReadonlyMap<string, string>;
    bookings: ReadonlyMap<string, string>;
  };
};

export type UnmergePlan = {moveBack: MergeMoved; survivorPatch: MergeFields};

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

export function planUnmerge({merge, survivor, owners}: UnmergeInputs): UnmergePlan {
  const stillHere = (ids: readonly string[], where: ReadonlyMap<string, string>) => ids.filter((id) => where.get(id) === merge.survivor_id);
  const moveBack: MergeMoved = {
    contacts: stillHere(merge.moved.contacts, owners.contacts),
    notes: stillHere(merge.moved.notes, owners.notes),
    requests: stillHere(merge.moved.requests, owners.requests),
    bookings: stillHere(merge.moved.bookings ?? [], owners.bookings),
  };
  const b = merge.survivor_before;
  const a = merge.survivor_after;
  const patch: MergeFields = {};
  if ('name' in b && same(survivor.name, a.name)) patch.name = b.name!;
  if ('birthday' in b && same(survivor.birthday, a.birthday)) patch.birthday = b.birthday ?? null;
  if ('source' in b && same(survivor.source, a.source)) patch.source = b.source!;
  if ('consent' in b && same(survivor.consent, a.consent)) patch.consent = b.consent!;
  if ('tags' in b) {
    const added = (a.tags ?? []).filter((t) => !(b.tags ?? []).includes(t));
    const tags = survivor.tags.filter((t) => !added.includes(t));
    if (tags.length !== survivor.tags.length) patch.tags = tags;
  }
  return {moveBack, survivorPatch: patch};
}
