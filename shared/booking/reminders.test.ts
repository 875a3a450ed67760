import {describe, expect, it} from 'vitest';
import {clientReminderChannels} from './rules.ts';

describe('which reminders a client will really get', () => {
  const on = {email: true};
  const off = {email: false};
  it('email only when the server sends email and the client left an address', () => {
    expect(clientReminderChannels({clientEmail: 'dana@example.kz', offsets: [1440], channels: on})).toEqual(['email']);
    expect(clientReminderChannels({clientEmail: 'dana@example.kz', offsets: [1440], channels: off})).toEqual([]);
    expect(clientReminderChannels({clientEmail: '  ', offsets: [1440], channels: on})).toEqual([]);
  });
  it('none when the master sends no reminders', () => {
    expect(clientReminderChannels({clientEmail: 'dana@example.kz', offsets: [], channels: on})).toEqual([]);
  });
});
