import {z} from 'zod';
import {epochMs, idField, optionalEmailField, optionalPhoneField, optionalText, phoneField, requiredText} from '../validation/schemas.ts';
import {REQUEST_STATUSES} from './status.ts';

export const MAX_REQUEST_TEXT = 5000;

/** A new request, from staff (manual), the public form or the API. */
export const createRequestArgs = z.object({
  id: idField,
  clientName: optionalText(200).default(''),
  clientPhone: optionalPhoneField.default(''),
  clientEmail: optionalEmailField.default(''),
  text: requiredText(MAX_REQUEST_TEXT),
  source: z.string().max(48).default('manual'),
  /** The catalog item the request is about (an item's "order" link). */
  catalogItemId: idField.nullable().optional(),
  createdAt: epochMs,
  opId: z.string().max(64).optional(),
});
export type CreateRequestArgs = z.input<typeof createRequestArgs>;

export const updateRequestArgs = z.object({
  id: idField,
  clientName: optionalText(200).optional(),
  clientPhone: optionalPhoneField.optional(),
  clientEmail: optionalEmailField.optional(),
  text: requiredText(MAX_REQUEST_TEXT).optional(),
  opId: z.string().max(64).optional(),
});
export type UpdateRequestArgs = z.input<typeof updateRequestArgs>;

/** `from` is the status the user saw: a change made on stale state is a conflict. */
export const setStatusArgs = z.object({
  id: idField,
  from: z.enum(REQUEST_STATUSES),
  to: z.enum(REQUEST_STATUSES),
  opId: z.string().max(64).optional(),
});
export type SetStatusArgs = z.input<typeof setStatusArgs>;

export const addCommentArgs = z.object({
  id: idField,
  requestId: idField,
  body: requiredText(5000),
  createdAt: epochMs,
  opId: z.string().max(64).optional(),
});
export type AddCommentArgs = z.input<typeof addCommentArgs>;

/** The public form: a customer must leave a phone and say what they need. */
export const publicRequestForm = z.object({
  name: optionalText(200).default(''),
  phone: phoneField,
  text: requiredText(MAX_REQUEST_TEXT),
  src: z.string().optional(),
});
export type PublicRequestForm = z.input<typeof publicRequestForm>;
