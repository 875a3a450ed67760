// The "connect your business" form's fields and their rules: what a visitor
// typed → a clean request, or a message per field that names it in the
// visitor's language (the page shows each next to its input).
import {BUSINESS_KINDS, type BusinessKind} from '#shared/company/business-kinds.ts';
import type {ServerMessageKey} from '#shared/i18n/catalog.ts';
import type {ServerTranslate} from '#shared/i18n/translate.ts';
import {normalizePhone} from '#shared/phone.ts';

export const CONNECT_FIELDS = ['businessName', 'personName', 'email', 'phone', 'city', 'kind', 'message'] as const;
export type ConnectField = (typeof CONNECT_FIELDS)[number];
export type ConnectValues = Record<ConnectField, string>;

/** The form's input names (snake case, as a website posting to it would write them). */
export const INPUT_NAME: Record<ConnectField, string> = {
  businessName: 'business_name',
  personName: 'person_name',
  email: 'email',
  phone: 'phone',
  city: 'city',
  kind: 'kind',
  message: 'message',
};

export const LABEL: Record<ConnectField, ServerMessageKey> = {
  businessName: 'connect.businessName',
  personName: 'connect.personName',
  email: 'connect.email',
  phone: 'connect.phone',
  city: 'connect.city',
  kind: 'connect.kind',
  message: 'connect.message',
};

const MAX: Record<ConnectField, number> = {businessName: 200, personName: 200, email: 254, phone: 40, city: 100, kind: 20, message: 2000};
const REQUIRED: ReadonlySet<ConnectField> = new Set(['businessName', 'personName', 'email', 'kind']);
export const isOptional = (f: ConnectField) => !REQUIRED.has(f);

export type CleanRequest = {
  businessName: string;
  personName: string;
  email: string;
  phone: string | null;
  city: string | null;
  kind: BusinessKind;
  message: string | null;
};

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** The request, or the first problem of each field (message text, naming the field). */
export function checkConnect(
  v: ConnectValues,
  t: ServerTranslate,
): {ok: true; value: CleanRequest} | {ok: false; errors: Partial<Record<ConnectField, string>>} {
  const errors: Partial<Record<ConnectField, string>> = {};
  const say = (f: ConnectField, key: ServerMessageKey, params: Record<string, string | number> = {}) => (errors[f] ??= t(key, {field: t(LABEL[f]), ...params}));
  const s = Object.fromEntries(CONNECT_FIELDS.map((f) => [f, v[f].trim()])) as ConnectValues;
  for (const f of CONNECT_FIELDS) {
    if (REQUIRED.has(f) && s[f] === '') say(f, 'connect.err.required');
    else if (s[f].length > MAX[f]) say(f, 'connect.err.tooLong', {max: MAX[f]});
  }
  if (s.email !== '' && !EMAIL.test(s.email)) say('email', 'connect.err.email');
  const phone = s.phone === '' ? null : normalizePhone(s.phone);
  if (s.phone !== '' && !phone) say('phone', 'connect.err.phone');
  if (s.kind !== '' && !(BUSINESS_KINDS as readonly string[]).includes(s.kind)) say('kind', 'connect.err.kind');
  if (Object.keys(errors).length) return {ok: false, errors};
  return {
    ok: true,
    value: {
      businessName: s.businessName,
      personName: s.personName,
      email: s.email.toLowerCase(),
      phone,
      city: s.city || null,
      kind: s.kind as BusinessKind,
      message: s.message || null,
    },
  };
}
