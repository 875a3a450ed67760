// Arguments of the configuration writes: request types, fields, message
// templates, saved views, and ready templates.
import {z} from 'zod';
import {stepsSchema} from '../tasks/steps.ts';
import {epochMs, idField, optionalText, requiredText} from '../validation/schemas.ts';
import {FIELD_KINDS, fieldOptionSchema} from './fields.ts';
import {TEMPLATE_KEYS} from './templates/index.ts';
import {assignmentSchema, localized, workflowSchema} from './types.ts';

const opId = z.string().max(64).optional();
const keyField = z.string().regex(/^[a-z][a-z0-9_]{0,39}$/, 'v.key');
const labelField = z.object({ru: requiredText(120), kk: optionalText(120).default(''), en: optionalText(120).default('')});

export const installTemplateArgs = z.object({
  template: z.enum(TEMPLATE_KEYS as [string, ...string[]]),
  /** Ids of the created rows derive from it, so a replayed install creates nothing twice. */
  idSeed: idField,
  at: epochMs,
  opId,
});

export const saveTypeArgs = z.object({
  id: idField,
  key: keyField,
  name: labelField,
  workflow: workflowSchema,
  assignment: assignmentSchema.default({mode: 'manual', positions: []}),
  /** The step template (absent: kept as it is). */
  steps: stepsSchema.optional(),
  isDefault: z.boolean().default(false),
  position: z.number().default(0),
  at: epochMs,
  opId,
});
export type SaveTypeArgs = z.input<typeof saveTypeArgs>;

export const archiveArgs = z.object({id: idField, archived: z.boolean(), at: epochMs, opId});

export const saveFieldArgs = z.object({
  id: idField,
  typeId: idField,
  key: keyField,
  label: labelField,
  kind: z.enum(FIELD_KINDS),
  options: z.array(fieldOptionSchema).max(100).default([]),
  required: z.boolean().default(false),
  requiredFrom: z.string().max(40).nullable().default(null),
  defaultValue: z.json().nullable().default(null),
  help: localized.partial().default({}),
  position: z.number().default(0),
  at: epochMs,
  opId,
});
export type SaveFieldArgs = z.input<typeof saveFieldArgs>;

export const saveMessageTemplateArgs = z.object({
  id: idField,
  key: keyField,
  name: labelField,
  // Not trimmed: a body is the start of a comment, and "Причина: " ends where the person goes on typing.
  body: z.object({
    ru: z
      .string()
      .max(2000, 'v.tooLong')
      .refine((v) => v.trim() !== '', 'v.required'),
    kk: z.string().max(2000, 'v.tooLong').default(''),
    en: z.string().max(2000, 'v.tooLong').default(''),
  }),
  position: z.number().default(0),
  at: epochMs,
  opId,
});

export const saveViewArgs = z.object({id: idField, name: requiredText(80), filters: z.record(z.string(), z.json()), at: epochMs, opId});
export const removeViewArgs = z.object({id: idField, opId});
