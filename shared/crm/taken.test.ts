import {describe, expect, it} from 'vitest';
import {contactIndex} from './match.ts';
import {takenPhone} from './taken.ts';

// Issue 11: creating a client with a phone another client has made a duplicate.
describe('a new client whose number another client already has', () => {
  const clients = new Map([
    ['asel', {id: 'asel', created_at: 1}],
    ['old', {id: 'old', created_at: 0, merged_into: 'asel'}],
    ['dana', {id: 'dana', created_at: 2}],
  ]);
  const index = contactIndex([
    {client_id: 'asel', kind: 'phone', value: '+77010000001'},
    {client_id: 'old', kind: 'phone', value: '+77010000005'},
    {client_id: 'dana', kind: 'whatsapp', value: '+77770000003'},
    {client_id: 'dana', kind: 'email', value: 'dana@mail.kz'},
  ]);

  it('names the client who has it, and the field it was typed in', () => {
    expect(takenPhone({phones: ['+77010000001']}, index, clients)).toEqual({clientId: 'asel', field: 'phones', value: '+77010000001'});
    // A WhatsApp id is the number it is, either way round.
    expect(takenPhone({phones: ['+77770000003']}, index, clients)).toEqual({clientId: 'dana', field: 'phones', value: '+77770000003'});
    expect(takenPhone({phones: ['+77020000000'], whatsapp: ['+77010000001']}, index, clients)).toEqual({
      clientId: 'asel',
      field: 'whatsapp',
      value: '+77010000001',
    });
  });

  it('follows a merge to the record shown now', () => {
    expect(takenPhone({phones: ['+77010000005']}, index, clients)?.clientId).toBe('asel');
  });

  it('lets new numbers through; an email is not a phone', () => {
    expect(takenPhone({phones: ['+77020000000']}, index, clients)).toBeNull();
    expect(takenPhone({}, index, clients)).toBeNull();
  });
});
