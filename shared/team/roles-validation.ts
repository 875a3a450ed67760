import {z} from 'zod';
import {PERMISSIONS} from '../auth/permissions.ts';
import {epochMs, idField} from '../validation/schemas.ts';

const roleKey = z.string().min(1).max(40);

/** Every role a member holds, at least one. */
export const setRolesArgs = z.object({
  memberId: idField,
  roles: z.array(roleKey).min(1, 'v.required').max(20),
  opId: z.string().max(64).optional(),
});
export type SetRolesArgs = z.input<typeof setRolesArgs>;

/** A company takes a ready role template (S1 §3) as its own role. */
export const adoptRoleArgs = z.object({
  id: idField,
  template: roleKey,
  at: epochMs,
  opId: z.string().max(64).optional(),
});
export type AdoptRoleArgs = z.input<typeof adoptRoleArgs>;

/** A company changes one of its roles: what it may do, and its name. */
export const updateRoleArgs = z.object({
  key: roleKey,
  name: z.string().trim().min(1, 'v.required').max(80, 'v.tooLong').optional(),
  permissions: z
    .array(z.enum(PERMISSIONS, {message: 'v.invalid'}))
    .max(PERMISSIONS.length)
    .optional(),
  opId: z.string().max(64).optional(),
});
export type UpdateRoleArgs = z.input<typeof updateRoleArgs>;
