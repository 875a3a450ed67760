import type {Catalog} from '../../define.ts';
import type {ru} from './ru.ts';

export const en = {
  'support.title': 'Support access',
  'support.lead': 'The platform’s support sees your company’s data only with your permission and only for the time you choose. Every look is recorded.',
  'support.hours': 'For how many hours',
  'support.note': 'A note for support',
  'support.grant': 'Grant access',
  'support.revoke': 'Revoke',
  'support.activeUntil': 'Open until {time}',
  'support.ended': 'Closed',
  'support.revokedAt': 'Revoked {time}',
  'support.none': 'Support has never been given access.',
  'support.log.title': 'Access log',
  'support.log.empty': 'Support has not looked at your company’s data yet.',
  'support.log.entry': '{time} — {who}',
  'support.log.offline': 'The log is available when you are online.',
  'support.error.noGrant': 'The company has not given support access, or the access has ended.',
  'support.v.hours': 'From 1 to 72 hours',
  'op.support.grant': 'Support access',
  'op.support.revoke': 'Revoking support access',
} satisfies Catalog<typeof ru>;
