import {z} from 'zod';
import {epochMs, idField, optionalPhoneField} from '../validation/schemas.ts';

export const setRoleArgs = z.object({
  memberId: idField,
  role: z.string().min(1).max(40),
  opId: z.string().max(64).optional(),
});
export type SetRoleArgs = z.input<typeof setRoleArgs>;

export const setActiveArgs = z.object({
  memberId: idField,
  active: z.boolean(),
  opId: z.string().max(64).optional(),
});
export type SetActiveArgs = z.input<typeof setActiveArgs>;

const person = z.object({
  id: idField,
  lastName: z.string().trim().min(1, 'v.required').max(120, 'v.tooLong'),
  firstName: z.string().trim().min(1, 'v.required').max(120, 'v.tooLong'),
  middleName: z.string().trim().max(120, 'v.tooLong').default(''),
  position: z.string().trim().min(1, 'v.required').max(120, 'v.tooLong'),
  phone: optionalPhoneField.default(''),
});

/** Executors from a spreadsheet, in one write: all of them or none. */
export const importExecutorsArgs = z.object({
  rows: z.array(person).min(1).max(2000),
  /** Absent: the narrowest role that works on requests (rules.ts `executorRole`). */
  role: z.string().min(1).max(40).optional(),
  at: epochMs,
  opId: z.string().max(64).optional(),
});
export type ImportExecutorsArgs = z.input<typeof importExecutorsArgs>;

/** A person's work details (position, skills, phone) — what automatic assignment looks at. */
export const updateProfileArgs = z.object({
  memberId: idField,
  position: z.string().trim().max(120, 'v.tooLong').optional(),
  phone: optionalPhoneField.optional(),
  skills: z.array(z.string().trim().min(1).max(60)).max(30).optional(),
  opId: z.string().max(64).optional(),
});
