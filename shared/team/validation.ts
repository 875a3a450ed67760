import {z} from 'zod';
import {idField} from '../validation/schemas.ts';

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
