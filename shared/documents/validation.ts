// The arguments of every document write (D1–D3), checked the same on the
// device, the server and REST. Messages are i18n keys; a refusal names the
// field it is about (the path of the issue).
import {z} from 'zod';
import {isDayKey} from '../booking/zone.ts';
import {epochMs, idField, optionalText, requiredText} from '../validation/schemas.ts';

const opId = z.string().max(64).optional();

export const DOCUMENT_KINDS = ['contract', 'supplement', 'invoice', 'act', 'specification', 'reference', 'other'] as const;
export type DocumentKindKey = (typeof DOCUMENT_KINDS)[number];

export const LINK_ENTITIES = ['request', 'invoice', 'task'] as const;

export const MAX_DOCUMENT_NOTE = 2000;
export const MAX_DOCUMENT_COMMENT = 10_000;

/** A calendar date YYYY-MM-DD that exists, or '' (not known yet). */
export const dayField = z
  .string()
  .trim()
  .refine((v) => v === '' || isDayKey(v), 'documents.v.date');

/** "Valid until" cannot come before the day it was signed (either may be unknown). */
export function datesInOrder(signedOn: string, validUntil: string): boolean {
  return !signedOn || !validUntil || validUntil >= signedOn;
}

const datesOk = (d: {signedOn?: string; validUntil?: string}) => datesInOrder(d.signedOn ?? '', d.validUntil ?? '');
const datesIssue = () => ({message: 'documents.v.validBeforeSigned', path: ['validUntil']});

export const createDocumentArgs = z
  .object({
    id: idField,
    title: requiredText(300),
    kind: z.enum(DOCUMENT_KINDS, {message: 'documents.v.kind'}).default('contract'),
    number: optionalText(100).default(''),
    counterpartyId: idField.nullable().optional(),
    project: optionalText(200).default(''),
    signedOn: dayField.default(''),
    validUntil: dayField.default(''),
    /** Who is reminded before "valid until" (and whose draft it is): the author by default. */
    ownerId: idField.nullable().optional(),
    /** With `fileId`: the id of version 1 (made from the document's id when left out). */
    versionId: idField.optional(),
    fileId: idField.optional(),
    note: optionalText(MAX_DOCUMENT_NOTE).default(''),
    createdAt: epochMs,
    opId,
  })
  .refine(datesOk, datesIssue());
export type CreateDocumentArgs = z.input<typeof createDocumentArgs>;

export const updateDocumentArgs = z
  .object({
    id: idField,
    title: requiredText(300).optional(),
    kind: z.enum(DOCUMENT_KINDS, {message: 'documents.v.kind'}).optional(),
    number: optionalText(100).optional(),
    counterpartyId: idField.nullable().optional(),
    project: optionalText(200).optional(),
    signedOn: dayField.optional(),
    validUntil: dayField.optional(),
    ownerId: idField.nullable().optional(),
    at: epochMs,
    opId,
  })
  .refine(datesOk, datesIssue());
export type UpdateDocumentArgs = z.input<typeof updateDocumentArgs>;

/** D2: a new file is a new version (number = last + 1); the old ones stay. */
export const addVersionArgs = z.object({
  id: idField,
  documentId: idField,
  fileId: idField,
  note: optionalText(MAX_DOCUMENT_NOTE).default(''),
  createdAt: epochMs,
  opId,
});
export type AddVersionArgs = z.input<typeof addVersionArgs>;

export const documentCommentArgs = z.object({
  id: idField,
  documentId: idField,
  /** The version the comment is about (the latest one on screen). */
  versionId: idField.nullable().optional(),
  body: requiredText(MAX_DOCUMENT_COMMENT),
  createdAt: epochMs,
  opId,
});

export const linkDocumentArgs = z.object({
  id: idField,
  documentId: idField,
  entity: z.enum(LINK_ENTITIES, {message: 'documents.v.linkEntity'}),
  entityId: idField,
  createdAt: epochMs,
  opId,
});

export const unlinkDocumentArgs = z.object({id: idField, opId});

/** D3: a move of the lifecycle; `from` (the status seen) makes a stale move a conflict instead of a surprise. */
export const moveDocumentArgs = z.object({
  id: idField,
  from: z.string().max(40).optional(),
  to: z.string().min(1).max(40),
  /** The reason of a withdrawal back to draft. */
  comment: optionalText(MAX_DOCUMENT_NOTE).optional(),
  at: epochMs,
  opId,
});
export type MoveDocumentArgs = z.input<typeof moveDocumentArgs>;

/** Server jobs: the reminder before "valid until" (once per date), and the move of a signed document past it to expired. */
export const documentMarkArgs = z.object({id: idField, validUntil: dayField, at: epochMs});
