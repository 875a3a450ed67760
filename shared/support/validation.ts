// Arguments of the support-access writes (issue 18).
import {z} from 'zod';
import {idField} from '../validation/schemas.ts';

/** A grant lasts 1 to 72 hours: long enough to look into a problem, never open-ended. */
export const GRANT_HOURS = {min: 1, max: 72} as const;
export const GRANT_NOTE_MAX = 500;

export const grantArgs = z.object({
  id: idField,
  hours: z.number().int('support.v.hours').min(GRANT_HOURS.min, 'support.v.hours').max(GRANT_HOURS.max, 'support.v.hours'),
  note: z.string().trim().max(GRANT_NOTE_MAX, 'v.tooLong').optional(),
  /** When the owner pressed the button (the device's clock): the server counts from its own. */
  at: z.number().int().nonnegative(),
});

export const revokeArgs = z.object({id: idField, at: z.number().int().nonnegative()});

/** Whether a grant lets support read now. */
export function grantOpen(g: {expires_at: number; revoked_at?: number | null | undefined}, now: number): boolean {
  return g.revoked_at == null && g.expires_at > now;
}
