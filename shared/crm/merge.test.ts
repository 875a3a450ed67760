import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {contactsToMove, planMerge, planUnmerge, type Consent, type MergeClient} from './merge.ts';

// A tiny in-memory company: two clients and rows that belong to one of them.
type Kind = 'contacts' | 'notes' | 'requests' | 'bookings';
const KINDS = ['contacts', 'notes', 'requests', 'bookings'] as const;
type State = {clients: Record<string, MergeClient & {merged_into: string | null}>; rows: Record<Kind, Record<string, string>>};

function merge(state: State, survivorId: string, mergedId: string) {
  const own = (kind: keyof State['rows']) => Object.keys(state.rows[kind]).filter((id) => state.rows[kind][id] === mergedId);
  const plan = planMerge({
    survivor: state.clients[survivorId]!,
    merged: state.clients[mergedId]!,
    moved: {contacts: own('contacts'), notes: own('notes'), requests: own('requests'), bookings: own('bookings')},
  });
  for (const kind of KINDS) for (const id of plan.moved[kind]) state.rows[kind][id] = survivorId;
  Object.assign(state.clients[survivorId]!, plan.after);
  state.clients[mergedId]!.merged_into = survivorId;
  return {survivor_id: survivorId, moved: plan.moved, survivor_before: plan.before, survivor_after: plan.after};
}

function undo(state: State, m: ReturnType<typeof merge>, mergedId: string) {
  const owners = (kind: keyof State['rows']) => new Map(Object.entries(state.rows[kind]));
  const plan = planUnmerge({
    merge: m,
    survivor: state.clients[m.survivor_id]!,
    owners: {contacts: owners('contacts'), notes: owners('notes'), requests: owners('requests'), bookings: owners('bookings')},
  });
  for (const kind of KINDS) for (const id of plan.moveBack[kind]) state.rows[kind][id] = mergedId;
  Object.assign(state.clients[m.survivor_id]!, plan.survivorPatch);
  state.clients[mergedId]!.merged_into = null;
}

const client = (id: string) =>
  fc.record({
    id: fc.constant(id),
    name: fc.constantFrom('', 'Асель', 'Asel Nurlanova'),
    birthday: fc.constantFrom(null, '1990-03-15', '1985-12-01'),
    tags: fc.uniqueArray(fc.constantFrom('vip', 'опт', 'новый', 'постоянный'), {maxLength: 3}),
    source: fc.constantFrom('', 'form', 'manual', 'import'),
    consent: fc.constantFrom<Consent>('unknown', 'yes', 'no'),
    created_at: fc.integer({min: 0, max: 10}),
    merged_into: fc.constant(null),
  });
const rows = fc.dictionary(fc.uuid(), fc.constantFrom('s', 'm', 'x'), {maxKeys: 6});

describe('merge and undo', () => {
  it('keeps everything from both: contacts, notes, requests and bookings move; tags join; empty fields fill', () => {
    const state: State = {
      clients: {
        s: {id: 's', name: 'Асель', birthday: null, tags: ['vip'], source: 'form', consent: 'unknown', created_at: 5, merged_into: null},
        m: {id: 'm', name: 'Asel', birthday: '1990-03-15', tags: ['опт', 'vip'], source: 'import', consent: 'no', created_at: 1, merged_into: null},
      },
      rows: {contacts: {c1: 's', c2: 'm'}, notes: {n1: 'm'}, requests: {r1: 'm', r2: 'x'}, bookings: {b1: 'm', b2: 's', b3: 'x'}},
    };
    merge(state, 's', 'm');
    expect(state.clients.s).toMatchObject({name: 'Асель', birthday: '1990-03-15', tags: ['vip', 'опт'], source: 'import', consent: 'no'});
    expect(state.rows).toEqual({contacts: {c1: 's', c2: 's'}, notes: {n1: 's'}, requests: {r1: 's', r2: 'x'}, bookings: {b1: 's', b2: 's', b3: 'x'}});
    expect(state.clients.m!.merged_into).toBe('s');
  });

  it('gives back both records exactly when nothing happened in between (property)', () => {
    fc.assert(
      fc.property(client('s'), client('m'), rows, rows, rows, rows, (s, m, contacts, notes, requests, bookings) => {
        const state: State = {clients: {s: {...s, tags: [...s.tags]}, m: {...m, tags: [...m.tags]}}, rows: {contacts, notes, requests, bookings}};
        const before = structuredClone(state);
        undo(state, merge(state, 's', 'm'), 'm');
        expect(state).toEqual(before);
      }),
    );
  });

  it('keeps edits made after the merge, and rows added to the survivor since', () => {
    const state: State = {
      clients: {
        s: {id: 's', name: '', birthday: null, tags: ['vip'], source: 'form', consent: 'unknown', created_at: 5, merged_into: null},
        m: {id: 'm', name: 'Asel', birthday: '1990-03-15', tags: ['опт'], source: 'import', consent: 'yes', created_at: 9, merged_into: null},
      },
      rows: {contacts: {c2: 'm'}, notes: {}, requests: {r1: 'm'}, bookings: {b1: 'm'}},
    };
    const m = merge(state, 's', 'm');
    state.clients.s!.name = 'Асель Нурланова';
    state.clients.s!.tags = [...state.clients.s!.tags, 'новый'];
    state.rows.requests.r9 = 's';
    // Booked again while merged: the new booking is the survivor's and stays.
    state.rows.bookings.b9 = 's';
    undo(state, m, 'm');
    expect(state.clients.s).toMatchObject({name: 'Асель Нурланова', birthday: null, tags: ['vip', 'новый'], consent: 'unknown'});
    expect(state.rows.requests).toEqual({r1: 'm', r9: 's'});
    expect(state.rows.bookings).toEqual({b1: 'm', b9: 's'});
    expect(state.rows.contacts).toEqual({c2: 'm'});
  });

  it('moves back only the bookings still at the survivor', () => {
    const state: State = {
      clients: {
        s: {id: 's', name: 'Асель', birthday: null, tags: [], source: 'form', consent: 'unknown', created_at: 1, merged_into: null},
        m: {id: 'm', name: '', birthday: null, tags: [], source: 'booking', consent: 'unknown', created_at: 2, merged_into: null},
      },
      rows: {contacts: {}, notes: {}, requests: {}, bookings: {b1: 'm', b2: 'm'}},
    };
    const m = merge(state, 's', 'm');
    // b2 left the survivor since (unlinked): it is not the undo's to move.
    state.rows.bookings.b2 = '';
    undo(state, m, 'm');
    expect(state.rows.bookings).toEqual({b1: 'm', b2: ''});
  });
});

describe('contacts of a merge (issue 11: the same phone listed twice)', () => {
  it('moves only the contacts the survivor does not have, each once', () => {
    const survivor = [
      {id: 's1', kind: 'phone' as const, value: '+77010000001'},
      {id: 's2', kind: 'email' as const, value: 'asel@mail.kz'},
    ];
    const merged = [
      {id: 'm1', kind: 'phone' as const, value: '+77010000001'},
      {id: 'm2', kind: 'email' as const, value: 'Asel@Mail.kz'},
      {id: 'm3', kind: 'phone' as const, value: '+77010000002'},
      {id: 'm4', kind: 'phone' as const, value: '8 701 000 00 02'},
      // A WhatsApp id is another kind of contact: it moves even with the same number.
      {id: 'm5', kind: 'whatsapp' as const, value: '+77010000001'},
    ];
    expect(contactsToMove(survivor, merged)).toEqual(['m3', 'm5']);
    expect(contactsToMove([], merged)).toEqual(['m1', 'm2', 'm3', 'm5']);
  });

  it('merge then undo still gives back both records exactly when they share a number', () => {
    // What stays with the hidden record is never moved, so the undo has nothing to give back for it.
    const survivor = [{id: 's1', kind: 'phone' as const, value: '+77010000001'}];
    const merged = [
      {id: 'm1', kind: 'phone' as const, value: '+77010000001'},
      {id: 'm2', kind: 'email' as const, value: 'asel@mail.kz'},
    ];
    const plan = planMerge({
      survivor: {id: 's', name: 'Асель', birthday: null, tags: [], source: 'form', consent: 'unknown', created_at: 1},
      merged: {id: 'm', name: 'Asel', birthday: null, tags: [], source: 'form', consent: 'unknown', created_at: 2},
      moved: {contacts: contactsToMove(survivor, merged), notes: [], requests: [], bookings: []},
    });
    const owner = new Map([...survivor.map((c) => [c.id, 's'] as const), ['m1', 'm'], ...plan.moved.contacts.map((id) => [id, 's'] as const)]);
    expect([...owner].filter(([, o]) => o === 's').map(([id]) => id)).toEqual(['s1', 'm2']);
    const back = planUnmerge({
      merge: {survivor_id: 's', moved: plan.moved, survivor_before: plan.before, survivor_after: plan.after},
      survivor: {name: 'Асель', birthday: null, tags: [], source: 'form', consent: 'unknown'},
      owners: {contacts: owner, notes: new Map(), requests: new Map(), bookings: new Map()},
    });
    expect(back.moveBack.contacts).toEqual(['m2']);
  });
});
