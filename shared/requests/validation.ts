import {z} from 'zod';
import {epochMs, idField, optionalEmailField, optionalPhoneField, optionalText, phoneField, requiredText} from '../validation/schemas.ts';
import {PRIORITIES} from '../workflow/types.ts';

export const MAX_REQUEST_TEXT = 5000;

const opId = z.string().max(64).optional();
const statusKey = z.string().regex(/^[a-z][a-z0-9_]{0,39}$/);
const fieldValues = z.record(z.string().max(60), z.json());

/** A new request, from staff (manual), the public form or the API. */
export const createRequestShape = z.object({
  id: idField,
  /** Absent: the company's default type (or the built-in five statuses). */
  typeId: idField.nullable().optional(),
  title: optionalText(300).default(''),
  clientName: optionalText(200).default(''),
  clientPhone: optionalPhoneField.default(''),
  clientEmail: optionalEmailField.default(''),
  text: optionalText(MAX_REQUEST_TEXT).default(''),
  /** Absent: "manual" (staff in the app); REST says "api", the public form its link's tag. */
  source: z.string().max(48).optional(),
  priority: z.enum(PRIORITIES).default('medium'),
  deadline: epochMs.nullable().optional(),
  responsibleId: idField.nullable().optional(),
  department: optionalText(120).default(''),
  fields: fieldValues.default({}),
  watchers: z.array(idField).max(50).default([]),
  /** The catalog item the request is about (an item's "order" link). */
  catalogItemId: idField.nullable().optional(),
  createdAt: epochMs,
  opId,
});

/** A request says what it is about: a subject or a text (the public form always has a text). */
export function hasSubjectOrText(v: {title?: string | undefined; text?: string | undefined}): boolean {
  return !!(v.title || v.text);
}

/** The same rule as a schema refinement, reported on `text` (forms and REST, together with every other field). */
export function requireSubjectOrText(v: {title?: string | undefined; text?: string | undefined}, ctx: z.RefinementCtx): void {
  if (!hasSubjectOrText(v)) ctx.addIssue({code: 'custom', message: 'v.required', path: ['text']});
}

/**
 * A form's full check (the app's form says "manual"). The `request.create`
 * mutator validates with the plain shape (so REST derives its body from it),
 * takes an absent source as "manual" and checks the subject-or-text rule first
 * thing in its body.
 */
export const createRequestArgs = createRequestShape.extend({source: z.string().max(48).default('manual')}).superRefine(requireSubjectOrText);
export type CreateRequestArgs = z.input<typeof createRequestArgs>;

export const updateRequestArgs = z.object({
  id: idField,
  title: optionalText(300).optional(),
  clientName: optionalText(200).optional(),
  clientPhone: optionalPhoneField.optional(),
  clientEmail: optionalEmailField.optional(),
  text: optionalText(MAX_REQUEST_TEXT).optional(),
  priority: z.enum(PRIORITIES).optional(),
  deadline: epochMs.nullable().optional(),
  department: optionalText(120).optional(),
  opId,
});
export type UpdateRequestArgs = z.input<typeof updateRequestArgs>;

/** Custom field values to set (a key with null clears it). */
export const setFieldsArgs = z.object({id: idField, fields: fieldValues, opId});

export const setResponsibleArgs = z.object({id: idField, responsibleId: idField.nullable(), opId});

/**
 * `from` is the status the user saw: a change made on stale state is a
 * conflict. `comment` is the reason some moves require (rework, reject); it is
 * saved as a comment with `commentId`.
 */
export const setStatusArgs = z.object({
  id: idField,
  from: statusKey,
  to: statusKey,
  comment: optionalText(5000).optional(),
  commentId: idField.optional(),
  at: epochMs,
  opId,
});
export type SetStatusArgs = z.input<typeof setStatusArgs>;

/** A request left in a status its edited workflow no longer has is moved by hand. */
export const moveOrphanArgs = z.object({id: idField, to: statusKey, at: epochMs, opId});

export const acceptArgs = z.object({id: idField, at: epochMs, opId});

/** The server's SLA job: `dueAt` is the deadline it found overdue (a request moved since has another). */
export const escalateArgs = z.object({id: idField, dueAt: epochMs, at: epochMs});

export const addCommentArgs = z.object({
  id: idField,
  requestId: idField,
  body: requiredText(5000),
  mentions: z.array(idField).max(50).default([]),
  createdAt: epochMs,
  opId,
});

export const watchArgs = z.object({requestId: idField, memberId: idField, watching: z.boolean().default(true), at: epochMs, opId});

/** Without a position the item goes after the last one. */
export const checklistAddArgs = z.object({id: idField, requestId: idField, text: requiredText(300), position: z.number().optional(), createdAt: epochMs, opId});
export const checklistToggleArgs = z.object({id: idField, done: z.boolean(), opId});
export const checklistRemoveArgs = z.object({id: idField, opId});
export type AddCommentArgs = z.input<typeof addCommentArgs>;

/** The public form: a customer must leave a phone and say what they need. */
export const publicRequestForm = z.object({
  name: optionalText(200).default(''),
  phone: phoneField,
  text: requiredText(MAX_REQUEST_TEXT),
  src: z.string().optional(),
});
export type PublicRequestForm = z.input<typeof publicRequestForm>;
