import {domainError} from '#shared/errors.ts';

export const emailTaken = () => domainError('validation', {fields: [{field: 'email', code: 'auth.error.emailTaken'}]});

/** Unique-violation on the users' email index, raised by a concurrent sign-up. */
export function isEmailUniqueViolation(e: unknown): boolean {
  return (e as {code?: string; constraint?: string}).code === '23505' && (e as {constraint?: string}).constraint === 'app_user_email_key';
}
