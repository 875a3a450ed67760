import type {Catalog} from '../../define.ts';
import type {ru} from './ru.ts';

export const en = {
  'platformAdmin.signInFailed': 'Could not sign in: check the email, the password and the code from your authenticator app.',
  'platformAdmin.tooManyFailures': 'Too many failed sign-in attempts. Try again in 15 minutes.',
  'platformAdmin.companyNotFound': 'Company not found',
  'platformAdmin.userNotFound': 'User not found',
} satisfies Catalog<typeof ru>;
