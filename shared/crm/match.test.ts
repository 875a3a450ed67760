import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {contactIndex, matchClient, probeContacts, type KnownClient, type KnownContact} from './match.ts';
import {phoneSpellings} from './spellings.ts';

const clients = (list: KnownClient[]) => new Map(list.map((c) => [c.id, c]));

describe('matching a new contact to a client', () => {
  const known: KnownClient[] = [
    {id: 'a', created_at: 1},
    {id: 'b', created_at: 2},
    {id: 'c', created_at: 3, merged_into: 'a'},
  ];
  const contacts: KnownContact[] = [
    {client_id: 'a', kind: 'phone', value: '+77011234567'},
    {client_id: 'b', kind: 'email', value: 'b@mail.kz'},
    {client_id: 'b', kind: 'phone', value: '+77779998877'},
    {client_id: 'c', kind: 'telegram', value: 'asel'},
  ];
  const index = contactIndex(contacts);
  const match = (probe: Parameters<typeof probeContacts>[0]) => matchClient(probeContacts(probe), index, clients(known))?.clientId ?? null;

  it('finds the client by a number however it is typed, and by a WhatsApp id', () => {
    expect(match({phone: '8 (701) 123-45-67'})).toBe('a');
    expect(match({messenger: {kind: 'whatsapp', id: '77011234567'}})).toBe('a');
    expect(match({email: 'B@MAIL.KZ'})).toBe('b');
  });

  it('counts a merged record as the client it was merged into', () => {
    expect(match({messenger: {kind: 'telegram', id: '@Asel'}})).toBe('a');
  });

  it('never matches by a name alone, nor by what cannot be read', () => {
    expect(match({name: 'Айгерим'})).toBeNull();
    expect(match({phone: 'позвоните мне'})).toBeNull();
    expect(match({phone: '+7 701 123 45 68'})).toBeNull();
  });

  it('prefers a number over an email when they point at different clients', () => {
    expect(match({phone: '+77011234567', email: 'b@mail.kz'})).toBe('a');
    // Two keys of one client beat one key of another.
    expect(match({phone: '+77779998877', email: 'b@mail.kz', messenger: {kind: 'telegram', id: 'asel'}})).toBe('b');
  });

  it('breaks ties by the oldest record, whatever order the contacts come in', () => {
    const twins: KnownContact[] = [
      {client_id: 'y', kind: 'phone', value: '+77010000000'},
      {client_id: 'x', kind: 'phone', value: '+77010000000'},
    ];
    const cs = clients([
      {id: 'x', created_at: 5},
      {id: 'y', created_at: 4},
    ]);
    expect(matchClient(probeContacts({phone: '87010000000'}), contactIndex(twins), cs)?.clientId).toBe('y');
    expect(matchClient(probeContacts({phone: '87010000000'}), contactIndex([...twins].reverse()), cs)?.clientId).toBe('y');
  });

  it('lands every spelling of one number on the same client (property)', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^7[0-9]{9}$/), fc.stringMatching(/^7[0-9]{9}$/), (mine, other) => {
        fc.pre(mine !== other);
        const idx = contactIndex([
          {client_id: 'me', kind: 'phone', value: `+7${mine}`},
          {client_id: 'other', kind: 'phone', value: `+7${other}`},
        ]);
        const cs = clients([
          {id: 'me', created_at: 1},
          {id: 'other', created_at: 0},
        ]);
        for (const spelling of phoneSpellings(mine)) {
          expect(matchClient(probeContacts({phone: spelling}), idx, cs)?.clientId).toBe('me');
        }
      }),
    );
  });
});
