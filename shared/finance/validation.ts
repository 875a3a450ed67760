// The arguments of every finance write, checked the same on the device, the
// server and REST. Messages are i18n keys naming the field (finance/ru.ts):
// a wrong BIN says "БИН/ИИН", a wrong account says "IBAN".
import {z} from 'zod';
import {epochMs, idField, optionalText, requiredText} from '../validation/schemas.ts';
import {chainSchema} from './chain.ts';
import {isValidBik, isValidBinIin, isValidIbanKz, normalizeIban} from './kz.ts';
import {PERIOD_RE} from './period.ts';

const opId = z.string().max(64).optional();
/** Money in minor units (tiyn): a whole number, at most 10^15. */
const minor = z.number().int('finance.v.amount').min(0, 'finance.v.amount').max(1e15, 'finance.v.amount');
const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'finance.v.date');
const optionalDate = z.string().regex(/^(\d{4}-\d{2}-\d{2})?$/, 'finance.v.date');
const currency = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{3}$/, 'finance.v.currency');
const rate = z.number().positive('finance.v.rate').max(1e9, 'finance.v.rate');

export {PERIOD_RE};
export const periodField = z.string().regex(PERIOD_RE, 'finance.v.period');

export const binField = z
  .string()
  .trim()
  .refine((v) => v === '' || isValidBinIin(v), 'finance.v.bin');
export const ibanField = z
  .string()
  .transform(normalizeIban)
  .refine((v) => v === '' || isValidIbanKz(v), 'finance.v.iban');
export const bikField = z
  .string()
  .trim()
  .toUpperCase()
  .refine((v) => v === '' || isValidBik(v), 'finance.v.bik');

export const saveCounterpartyArgs = z.object({
  id: idField,
  name: requiredText(300),
  bin: binField.default(''),
  iban: ibanField.default(''),
  bik: bikField.default(''),
  bank: optionalText(300).default(''),
  contact: optionalText(500).default(''),
  createdAt: epochMs,
  opId,
});
export type SaveCounterpartyArgs = z.input<typeof saveCounterpartyArgs>;

export const archiveArgs = z.object({id: idField, archived: z.boolean(), at: epochMs.optional(), opId});

export const saveItemArgs = z.object({id: idField, name: requiredText(200), createdAt: epochMs, opId});

export const saveLineArgs = z.object({
  id: idField,
  period: periodField,
  itemId: idField,
  project: optionalText(200).default(''),
  branch: optionalText(200).default(''),
  ownerId: idField.nullable().optional(),
  plan: minor,
  limit: minor.nullable().optional(),
  createdAt: epochMs,
  opId,
});
export type SaveLineArgs = z.input<typeof saveLineArgs>;

export const lineNoteArgs = z.object({id: idField, note: optionalText(4000), at: epochMs.optional(), opId});
export const removeLineArgs = z.object({id: idField, opId});

export const saveRateArgs = z.object({id: idField, currency, onDate: date, rate, createdAt: epochMs, opId});

export const saveSettingsArgs = z.object({
  invoiceChain: chainSchema,
  documentChain: chainSchema,
  remindDays: z.number().int().min(0, 'finance.v.remindDays').max(365, 'finance.v.remindDays').default(14),
  at: epochMs.optional(),
  opId,
});

const invoiceFields = {
  number: optionalText(100),
  counterpartyId: idField.nullable(),
  amount: minor.min(1, 'finance.v.amount'),
  currency,
  rate: rate.nullable(),
  purpose: optionalText(2000),
  project: optionalText(200),
  branch: optionalText(200),
  budgetLineId: idField.nullable(),
  invoiceDate: date,
  payBy: optionalDate,
  basisId: idField.nullable(),
};

export const createInvoiceArgs = z.object({
  id: idField,
  number: invoiceFields.number.default(''),
  counterpartyId: invoiceFields.counterpartyId.optional(),
  amount: invoiceFields.amount,
  currency: currency.default('KZT'),
  rate: invoiceFields.rate.optional(),
  purpose: invoiceFields.purpose.default(''),
  project: invoiceFields.project.default(''),
  branch: invoiceFields.branch.default(''),
  budgetLineId: invoiceFields.budgetLineId.optional(),
  invoiceDate: date,
  payBy: optionalDate.default(''),
  basisId: invoiceFields.basisId.optional(),
  requestId: idField.nullable().optional(),
  fileId: idField.nullable().optional(),
  createdAt: epochMs,
  opId,
});
export type CreateInvoiceArgs = z.input<typeof createInvoiceArgs>;

export const updateInvoiceArgs = z.object({
  id: idField,
  number: invoiceFields.number.optional(),
  counterpartyId: invoiceFields.counterpartyId.optional(),
  amount: invoiceFields.amount.optional(),
  currency: currency.optional(),
  rate: invoiceFields.rate.optional(),
  purpose: invoiceFields.purpose.optional(),
  project: invoiceFields.project.optional(),
  branch: invoiceFields.branch.optional(),
  budgetLineId: invoiceFields.budgetLineId.optional(),
  invoiceDate: date.optional(),
  payBy: optionalDate.optional(),
  basisId: invoiceFields.basisId.optional(),
  at: epochMs,
  opId,
});
export type UpdateInvoiceArgs = z.input<typeof updateInvoiceArgs>;

export const submitInvoiceArgs = z.object({id: idField, at: epochMs, opId});

export const DECISIONS = ['approved', 'rejected', 'returned'] as const;
export const decideArgs = z
  .object({id: idField, decision: z.enum(DECISIONS), reason: optionalText(2000).default(''), at: epochMs, opId})
  .refine((a) => a.decision === 'approved' || a.reason.trim() !== '', {message: 'finance.v.reason', path: ['reason']});
export type DecideArgs = z.input<typeof decideArgs>;

export const moveInvoiceArgs = z.object({
  id: idField,
  to: z.string().max(40),
  comment: optionalText(2000).optional(),
  paidOn: date.optional(),
  rate: rate.optional(),
  at: epochMs,
  opId,
});
export type MoveInvoiceArgs = z.input<typeof moveInvoiceArgs>;

/** The system's marks on an overdue approval (jobs): tied to the due time it was for. */
export const approvalMarkArgs = z.object({id: idField, dueAt: epochMs, at: epochMs});
