import {z} from 'zod';
import {BUSINESS_KINDS} from '../company/business-kinds.ts';
import {LOCALES} from '../i18n/locales.ts';
import {emailField, optionalEmailField, passwordField, requiredText} from '../validation/schemas.ts';

export const signupArgs = z.object({
  companyName: requiredText(120),
  name: requiredText(120),
  email: emailField,
  password: passwordField,
  locale: z.enum(LOCALES).optional(),
  /** What kind of business: presets the modules, the catalog's look and the request types. */
  kind: z.enum(BUSINESS_KINDS, {message: 'v.invalid'}).default('other'),
});
export type SignupArgs = z.input<typeof signupArgs>;

export const loginArgs = z.object({
  email: emailField,
  password: z.string().min(1, 'v.required').max(200, 'v.tooLong'),
  companySlug: z.string().max(60).optional(),
  /** The second factor's code (6 digits) or a recovery code, when the account has one on. */
  code: z.string().max(20).optional(),
});
export type LoginArgs = z.input<typeof loginArgs>;

export const createInviteArgs = z.object({
  /** Absent: the company's least-privileged system role (team/rules.ts `defaultRole`). */
  role: z.string().min(1, 'v.required').max(40).optional(),
  email: optionalEmailField.default(''),
});
export type CreateInviteArgs = z.input<typeof createInviteArgs>;

export const acceptInviteArgs = z.object({
  name: requiredText(120),
  email: emailField,
  password: passwordField,
});
export type AcceptInviteArgs = z.input<typeof acceptInviteArgs>;

/** An owner or admin adds a colleague with a temporary password to hand over. */
export const addMemberArgs = z.object({
  name: requiredText(120),
  email: emailField,
  /** Absent: the company's least-privileged system role (team/rules.ts `defaultRole`). */
  role: z.string().min(1, 'v.required').max(40).optional(),
  password: passwordField,
});
export type AddMemberArgs = z.input<typeof addMemberArgs>;

export const updateMeArgs = z.object({
  name: requiredText(120).optional(),
  locale: z.enum(LOCALES).optional(),
});

/** "Forgot password": the email to send a one-time link to (the answer is the same whether it has an account). */
export const passwordResetRequestArgs = z.object({
  email: emailField,
  locale: z.enum(LOCALES).optional(),
});
export type PasswordResetRequestArgs = z.input<typeof passwordResetRequestArgs>;

const resetToken = z.string().trim().min(1, 'v.required').max(200, 'v.tooLong');

export const passwordResetCheckArgs = z.object({token: resetToken});

/** The link's token and the new password, validated like sign-up. */
export const passwordResetArgs = z.object({token: resetToken, password: passwordField});
export type PasswordResetArgs = z.input<typeof passwordResetArgs>;

/** Changing your own password (after signing in with a temporary one). */
export const changePasswordArgs = z.object({
  currentPassword: z.string().min(1, 'v.required').max(200, 'v.tooLong'),
  password: passwordField,
});
export type ChangePasswordArgs = z.input<typeof changePasswordArgs>;

/** An owner or admin sets a colleague's temporary password (when email cannot reach them). */
export const setTemporaryPasswordArgs = z.object({password: passwordField});
export type SetTemporaryPasswordArgs = z.input<typeof setTemporaryPasswordArgs>;
