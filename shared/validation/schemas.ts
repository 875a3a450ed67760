// Field rules shared by forms on the device, mutators, the REST API and the
// public pages. Messages are i18n keys (see i18n/messages/validation/ru.ts).
import {z} from 'zod';
import {normalizePhone} from '../phone.ts';

export const requiredText = (max: number) => z.string().trim().min(1, 'v.required').max(max, 'v.tooLong');

export const optionalText = (max: number) => z.string().trim().max(max, 'v.tooLong');

export const phoneField = z
  .string()
  .trim()
  .min(1, 'v.required')
  .refine((v) => normalizePhone(v) !== null, 'v.phone')
  .transform((v) => normalizePhone(v) ?? v);

export const optionalPhoneField = z
  .string()
  .trim()
  .refine((v) => v === '' || normalizePhone(v) !== null, 'v.phone')
  .transform((v) => (v === '' ? '' : (normalizePhone(v) ?? v)));

export const emailField = z.string().trim().toLowerCase().min(1, 'v.required').email('v.email').max(254, 'v.tooLong');

export const optionalEmailField = z
  .string()
  .trim()
  .toLowerCase()
  .refine((v) => v === '' || z.string().email().safeParse(v).success, 'v.email');

export const passwordField = z
  .string()
  .min(8, 'v.passwordWeak')
  .max(200, 'v.tooLong')
  .refine((v) => /\p{L}/u.test(v) && /\d/.test(v), 'v.passwordWeak');

export const idField = z.string().min(1).max(64);
export const epochMs = z.number().int().nonnegative();
