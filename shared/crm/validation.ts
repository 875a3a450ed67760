// Argument schemas of the CRM writes, shared by forms, mutators, REST and
// import. Messages are i18n keys; every issue names a field a person sees
// ("phones", not "phones.2"), so the message says which input is wrong.
import {z} from 'zod';
import {epochMs, idField, optionalText, requiredText} from '../validation/schemas.ts';
import {normalizeContact, type ContactKind} from './contacts.ts';

export const MAX_IMPORT_ROWS = 5000;
const opId = z.string().max(64).optional();

const CONTACT_MESSAGE: Record<ContactKind, 'v.phone' | 'v.email' | 'crm.v.telegram' | 'crm.v.vk'> = {
  phone: 'v.phone',
  whatsapp: 'v.phone',
  email: 'v.email',
  telegram: 'crm.v.telegram',
  vk: 'crm.v.vk',
};

/** A list of one kind of contact as typed; normalised and de-duplicated, blanks dropped. */
export const contactList = (kind: ContactKind) =>
  z
    .array(z.string().max(200, 'v.tooLong'))
    .max(10, 'v.tooLong')
    .superRefine((values, ctx) => {
      if (values.some((v) => v.trim() !== '' && normalizeContact(kind, v) === null)) ctx.addIssue({code: 'custom', message: CONTACT_MESSAGE[kind], path: []});
    })
    .transform((values) => [...new Set(values.filter((v) => v.trim() !== '').map((v) => normalizeContact(kind, v)!))]);

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
export function isValidBirthday(v: string, today?: string): boolean {
  if (!ISO_DATE.test(v)) return false;
  const d = new Date(`${v}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v && v >= '1900-01-01' && (!today || v <= today);
}

export const birthdayField = z
  .string()
  .trim()
  .nullable()
  .refine((v) => v === null || v === '' || isValidBirthday(v), 'crm.v.birthday')
  .transform((v) => (v ? v : null));

export const tagsField = z
  .array(z.string().trim().max(40, 'v.tooLong'))
  .max(30, 'v.tooLong')
  .transform((tags) => [...new Set(tags.filter(Boolean))]);

export const CONSENTS = ['unknown', 'yes', 'no'] as const;
export const sourceField = z.string().trim().max(48, 'v.tooLong');

const contactFields = {
  phones: contactList('phone').default([]),
  emails: contactList('email').default([]),
  telegram: contactList('telegram').default([]),
  whatsapp: contactList('whatsapp').default([]),
  vk: contactList('vk').default([]),
};

/** A client needs a name or a way to reach them: a nameless, contactless record helps nobody. */
export function nameOrContact(
  v: {name?: string; phones: string[]; emails: string[]; telegram: string[]; whatsapp: string[]; vk: string[]},
  ctx: z.RefinementCtx,
) {
  if (!v.name && !v.phones.length && !v.emails.length && !v.telegram.length && !v.whatsapp.length && !v.vk.length) {
    ctx.addIssue({code: 'custom', message: 'crm.v.nameOrContact', path: ['name']});
  }
}

export const clientShape = z.object({
  name: optionalText(200).default(''),
  ...contactFields,
  birthday: birthdayField.default(null),
  tags: tagsField.default([]),
  consent: z.enum(CONSENTS).default('unknown'),
  source: sourceField.default('manual'),
});

export const createClientShape = clientShape.extend({
  id: idField,
  note: optionalText(5000).default(''),
  createdAt: epochMs,
  /**
   * A phone another client already has is refused (the existing client is
   * offered instead); true makes a separate record on purpose — one family
   * number for two people. Never the default.
   */
  allowSharedPhone: z.boolean().default(false),
  opId,
});
export const createClientArgs = createClientShape.superRefine(nameOrContact);
export type CreateClientArgs = z.input<typeof createClientArgs>;

/** Absent fields stay; a contact list, when given, replaces that kind of contact. */
export const updateClientArgs = z.object({
  id: idField,
  name: optionalText(200).optional(),
  phones: contactList('phone').optional(),
  emails: contactList('email').optional(),
  telegram: contactList('telegram').optional(),
  whatsapp: contactList('whatsapp').optional(),
  vk: contactList('vk').optional(),
  birthday: birthdayField.optional(),
  tags: tagsField.optional(),
  consent: z.enum(CONSENTS).optional(),
  at: epochMs,
  opId,
});
export type UpdateClientArgs = z.input<typeof updateClientArgs>;

export const addNoteArgs = z.object({id: idField, clientId: idField, body: requiredText(5000), createdAt: epochMs, opId});
export const removeNoteArgs = z.object({id: idField, opId});
export const removeClientArgs = z.object({id: idField, opId});
export const mergeArgs = z.object({id: idField, survivorId: idField, mergedId: idField, at: epochMs, opId}).refine((v) => v.survivorId !== v.mergedId, {
  message: 'crm.v.sameClient',
  path: ['mergedId'],
});
export const unmergeArgs = z.object({id: idField, at: epochMs, opId});
export const dismissArgs = z.object({a: idField, b: idField, at: epochMs, opId});
export const linkRequestArgs = z.object({requestId: idField, clientId: idField.nullable(), opId});
export const logExportArgs = z.object({
  id: idField,
  format: z.enum(['csv', 'xlsx']),
  rows: z.number().int().nonnegative(),
  withContacts: z.boolean(),
  at: epochMs,
  opId,
});

export const importRowShape = clientShape.extend({id: idField, note: optionalText(5000).default(''), source: sourceField.default('import')});
export const importRow = importRowShape.superRefine(nameOrContact);
export type ImportRow = z.output<typeof importRow>;
export const importArgs = z.object({rows: z.array(importRow).min(1).max(MAX_IMPORT_ROWS), createdAt: epochMs, opId});
export type ImportArgs = z.input<typeof importArgs>;
