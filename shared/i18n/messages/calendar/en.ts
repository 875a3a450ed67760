import type {Catalog} from '../../define.ts';
import type {ru} from './ru.ts';

export const en = {
  'calendar.busy.order': 'The end of the period must be after its start',
  'calendar.busy.range': 'The period may be at most 62 days',
  'calendar.busy.members': 'At most 50 people at a time',
  'calendar.busy.unknown': 'There is no such member in the company',
  'calendar.google.notConfigured':
    'Google Calendar is not set up on this server: the administrator needs to set DOT_GOOGLE_CLIENT_ID and DOT_GOOGLE_CLIENT_SECRET',
  'calendar.google.refused': 'Google did not confirm the sign-in — connect the calendar again',
  'calendar.google.unreachable': 'Google is not answering — try again later',
  'calendar.google.needCode': 'Needs the code from Google’s sign-in window (code and redirectUri) or a refreshToken',
} satisfies Catalog<typeof ru>;
