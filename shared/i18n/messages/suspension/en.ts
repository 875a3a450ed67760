import type {Catalog} from '../../define.ts';
import type {ru} from './ru.ts';

export const en = {
  'suspension.title.suspended': 'The company is suspended',
  'suspension.title.blocked': 'The company is blocked',
  'suspension.title.deleted': 'The company is deleted',
  'suspension.refused.suspended': 'The company is suspended. Reason: {reason}',
  'suspension.refused.blocked': 'The company is blocked. Reason: {reason}',
  'suspension.refused.deleted': 'The company is deleted. Reason: {reason}',
  'suspension.reason': 'Reason: {reason}',
  'suspension.deleteAfter': 'The company’s data will be removed on {date}. Until then you can download it.',
  'suspension.kept': 'Everything you entered on this device is kept and will be sent when work resumes.',
  'suspension.contact': 'For details, contact the platform’s support.',
  'suspension.export': 'Download my data',
  'suspension.checkAgain': 'Check again',
  'suspension.checking': 'Checking…',
  'suspension.stillStopped': 'No change yet.',
  'suspension.signOut': 'Sign out',
  'suspension.field.reason': 'Reason',
} satisfies Catalog<typeof ru>;
