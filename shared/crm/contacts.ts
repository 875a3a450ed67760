// A client's contacts normalised for matching, whoever typed them and wherever
// they came from: phones and WhatsApp numbers as E.164 (shared/phone.ts),
// emails lower-case, Telegram and VK as the id or the name without "@" or a
// link around it. Two spellings of one contact normalise to one value; that
// is what makes "8 701…" on a form and "+7 (701)…" from a bot the same person.
import type {ContactKind} from '#schema/tables/crm.ts';
import {normalizePhone, phoneInText} from '../phone.ts';

export type {ContactKind};
export const CONTACT_KINDS = ['phone', 'email', 'telegram', 'whatsapp', 'vk'] as const satisfies readonly ContactKind[];
export const MESSENGER_KINDS = ['telegram', 'whatsapp', 'vk'] as const satisfies readonly ContactKind[];
export type MessengerKind = (typeof MESSENGER_KINDS)[number];

export type Contact = {kind: ContactKind; value: string};

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function normalizeEmail(input: string): string | null {
  // "Mailto:" from a pasted link; mailboxes are case-insensitive in practice.
  const v = input
    .trim()
    .replace(/^mailto:/i, '')
    .toLowerCase();
  return EMAIL.test(v) && v.length <= 254 ? v : null;
}

/** "@Aigerim_K", "https://t.me/aigerim_k", "t.me/aigerim_k" → "aigerim_k"; a numeric user id stays as it is. */
export function normalizeTelegram(input: string): string | null {
  const v = input
    .trim()
    .replace(/^(https?:\/\/)?(www\.)?(t\.me|telegram\.me)\//i, '')
    .replace(/^@/, '')
    .replace(/\/$/, '');
  if (/^\d{3,15}$/.test(v)) return v;
  return /^[a-z][a-z0-9_]{3,31}$/i.test(v) ? v.toLowerCase() : null;
}

/** "vk.com/id123" and "id123" → "123"; "vk.com/durov" → "durov". */
export function normalizeVk(input: string): string | null {
  const v = input
    .trim()
    .replace(/^(https?:\/\/)?(m\.)?(vk\.com|vk\.ru)\//i, '')
    .replace(/^@/, '')
    .replace(/\/$/, '');
  const id = /^(?:id)?(\d{1,15})$/i.exec(v);
  if (id) return id[1]!;
  return /^[a-z][a-z0-9_.]{2,31}$/i.test(v) ? v.toLowerCase() : null;
}

/** A WhatsApp id is a phone number: "wa.me/77011234567", "+7 701 …". */
export function normalizeWhatsapp(input: string): string | null {
  const v = input.trim().replace(/^(https?:\/\/)?(api\.)?(wa\.me|whatsapp\.com)\/(send\?phone=)?/i, '');
  if (/^\d{11,15}$/.test(v)) return normalizePhone(`+${v}`);
  return phoneInText(v);
}

export function normalizeContact(kind: ContactKind, input: string): string | null {
  switch (kind) {
    case 'phone':
      return phoneInText(input);
    case 'email':
      return normalizeEmail(input);
    case 'telegram':
      return normalizeTelegram(input);
    case 'whatsapp':
      return normalizeWhatsapp(input);
    case 'vk':
      return normalizeVk(input);
  }
}

/**
 * The key two contacts must share to be the same person's. A WhatsApp id and
 * a phone number are one key: the number someone writes from on WhatsApp is
 * the number they call from.
 */
export function matchKey(c: Contact): string {
  return c.kind === 'phone' || c.kind === 'whatsapp' ? `tel:${c.value}` : `${c.kind}:${c.value}`;
}

/** How strongly a shared key says "same person": a number or messenger id more than an email (shared office mailboxes). */
export function keyWeight(key: string): number {
  return key.startsWith('email:') ? 2 : 3;
}

/** Distinct contacts, first spelling wins. */
export function uniqueContacts(contacts: readonly Contact[]): Contact[] {
  const seen = new Set<string>();
  return contacts.filter((c) => {
    const k = `${c.kind}:${c.value}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/**
 * A client's contacts as the card lists them: each number, address or id once.
 * The same kind and normalised value twice (a merge made before merges
 * skipped shared contacts moved a second copy) is one line; a WhatsApp id that is one of the client's phone
 * numbers is that phone's line (which links to WhatsApp anyway). First wins.
 */
export function contactsToShow<C extends Contact>(contacts: readonly C[]): C[] {
  const norm = (c: Contact) => normalizeContact(c.kind, c.value) ?? c.value;
  const phones = new Set(contacts.filter((c) => c.kind === 'phone').map(norm));
  const seen = new Set<string>();
  return contacts.filter((c) => {
    const value = norm(c);
    if (c.kind === 'whatsapp' && phones.has(value)) return false;
    const k = `${c.kind}:${value}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
