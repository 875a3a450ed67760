// Arguments of the catalog writes, shared by forms, mutators, REST and CSV import.
import {z} from 'zod';
import {LOCALES} from '../i18n/locales.ts';
import {epochMs, idField, optionalText, requiredText} from '../validation/schemas.ts';
import {MAX_PRICE_TIYN, PRICE_KINDS} from './price.ts';

const opId = z.string().max(64).optional();

export const AVAILABILITY = ['in_stock', 'to_order', 'unavailable'] as const;
export type Availability = (typeof AVAILABILITY)[number];

export const MAX_TITLE = 200;
export const MAX_DESCRIPTION = 5000;
export const MAX_IMPORT_ROWS = 2000;

const translations = z
  .partialRecord(z.enum(LOCALES), z.object({title: optionalText(MAX_TITLE).optional(), description: optionalText(MAX_DESCRIPTION).optional()}))
  .optional();

const price = z.number().int('v.price').min(0, 'v.price').max(MAX_PRICE_TIYN, 'v.price').nullable();

/** Fields an item has; create requires a title, update takes any subset. */
const itemFields = {
  categoryId: idField.nullable().optional(),
  title: requiredText(MAX_TITLE),
  description: optionalText(MAX_DESCRIPTION).optional(),
  priceKind: z.enum(PRICE_KINDS).optional(),
  price: price.optional(),
  unit: optionalText(30).optional(),
  /** Minutes of a visit; set, the item is a service clients can book; null: not bookable. */
  durationMin: z.number().int('v.invalid').min(5, 'booking.v.range').max(1440, 'booking.v.range').nullable().optional(),
  availability: z.enum(AVAILABILITY).optional(),
  isPublic: z.boolean().optional(),
  tr: translations,
};

export const createItemBase = z.object({id: idField, ...itemFields, position: z.number().finite(), createdAt: epochMs, opId});
export const createItemArgs = createItemBase.refine((v) => v.priceKind === 'on_request' || (v.price !== undefined && v.price !== null), {
  message: 'v.price',
  path: ['price'],
});
export type CreateItemArgs = z.input<typeof createItemArgs>;

export const updateItemArgs = z.object({id: idField, ...itemFields, title: requiredText(MAX_TITLE).optional(), opId});
export type UpdateItemArgs = z.input<typeof updateItemArgs>;

export const moveArgs = z.object({id: idField, position: z.number().finite(), opId});
export type MoveArgs = z.input<typeof moveArgs>;

export const archiveItemArgs = z.object({id: idField, archived: z.boolean(), replacedBy: idField.nullable().optional(), at: epochMs, opId});
export type ArchiveItemArgs = z.input<typeof archiveItemArgs>;

export const createCategoryArgs = z.object({
  id: idField,
  title: requiredText(120),
  parentId: idField.nullable().optional(),
  position: z.number().finite(),
  tr: z.partialRecord(z.enum(LOCALES), z.object({title: optionalText(120).optional()})).optional(),
  createdAt: epochMs,
  opId,
});
export type CreateCategoryArgs = z.input<typeof createCategoryArgs>;

export const updateCategoryArgs = z.object({
  id: idField,
  title: requiredText(120).optional(),
  parentId: idField.nullable().optional(),
  tr: z.partialRecord(z.enum(LOCALES), z.object({title: optionalText(120).optional()})).optional(),
  opId,
});
export type UpdateCategoryArgs = z.input<typeof updateCategoryArgs>;

export const archiveCategoryArgs = z.object({id: idField, archived: z.boolean(), at: epochMs, opId});

/** A whole CSV import in one write: every row lands, or none (nothing half-imported). */
export const importArgs = z.object({
  categories: z.array(z.object({id: idField, title: requiredText(120), parentId: idField.nullable(), position: z.number().finite()})).max(500),
  items: z.array(z.object({id: idField, ...itemFields, position: z.number().finite().optional(), replace: z.boolean()})).max(MAX_IMPORT_ROWS),
  createdAt: epochMs,
  opId,
});
export type ImportArgs = z.input<typeof importArgs>;
