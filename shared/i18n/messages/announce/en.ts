import type {Catalog} from '../../define.ts';
import type {ru} from './ru.ts';

export const en = {
  'announce.region': 'Announcements',
  'announce.close': 'Hide the announcement',
  'announce.connectLink': 'Send a request to connect',
} satisfies Catalog<typeof ru>;
