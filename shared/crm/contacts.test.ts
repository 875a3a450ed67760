import {describe, expect, it} from 'vitest';
import {contactsToShow, matchKey, normalizeContact, normalizeEmail, normalizeTelegram, normalizeVk, normalizeWhatsapp} from './contacts.ts';

describe('contact normalisation', () => {
  it.each([
    ['Aigerim@Mail.KZ ', 'aigerim@mail.kz'],
    ['mailto:ok@example.kz', 'ok@example.kz'],
  ])('email %j → %j', (input, out) => expect(normalizeEmail(input)).toBe(out));

  it.each(['', 'not an email', 'a@b', '@mail.kz'])('refuses email %j', (input) => expect(normalizeEmail(input)).toBeNull());

  it.each([
    ['@Aigerim_K', 'aigerim_k'],
    ['https://t.me/aigerim_k', 'aigerim_k'],
    ['t.me/aigerim_k/', 'aigerim_k'],
    ['123456789', '123456789'],
  ])('telegram %j → %j', (input, out) => expect(normalizeTelegram(input)).toBe(out));

  it.each(['@a', 'has space', '12'])('refuses telegram %j', (input) => expect(normalizeTelegram(input)).toBeNull());

  it.each([
    ['https://vk.com/id123', '123'],
    ['id123', '123'],
    ['vk.com/Durov', 'durov'],
  ])('vk %j → %j', (input, out) => expect(normalizeVk(input)).toBe(out));

  it.each([
    ['https://wa.me/77011234567', '+77011234567'],
    ['8 701 123 45 67', '+77011234567'],
    ['77011234567', '+77011234567'],
  ])('whatsapp %j → %j', (input, out) => expect(normalizeWhatsapp(input)).toBe(out));

  it('treats a WhatsApp number and a phone as one key', () => {
    const phone = {kind: 'phone' as const, value: normalizeContact('phone', '8 701 123 45 67')!};
    const wa = {kind: 'whatsapp' as const, value: normalizeContact('whatsapp', 'wa.me/77011234567')!};
    expect(matchKey(phone)).toBe(matchKey(wa));
    expect(matchKey({kind: 'telegram', value: 'durov'})).not.toBe(matchKey({kind: 'vk', value: 'durov'}));
  });
});

describe('contacts on a client card', () => {
  it('lists each number once, after a merge that gave the survivor two copies', () => {
    const contacts = [
      {id: 'a', kind: 'phone' as const, value: '+77010000001'},
      {id: 'b', kind: 'phone' as const, value: '+77010000001'},
      {id: 'c', kind: 'phone' as const, value: '8 701 000 00 01'},
      {id: 'd', kind: 'whatsapp' as const, value: '+77010000001'},
      {id: 'e', kind: 'email' as const, value: 'asel@mail.kz'},
      {id: 'f', kind: 'email' as const, value: 'ASEL@mail.kz'},
      {id: 'g', kind: 'whatsapp' as const, value: '+77010000009'},
      {id: 'h', kind: 'phone' as const, value: '+77010000002'},
    ];
    expect(contactsToShow(contacts).map((c) => c.id)).toEqual(['a', 'e', 'g', 'h']);
  });
});
