import type {Catalog} from '../../define.ts';
import type {ru} from './ru.ts';

export const kk = {
  'announce.region': 'Хабарландырулар',
  'announce.close': 'Хабарландыруды жасыру',
  'announce.connectLink': 'Қосылуға өтінім қалдыру',
} satisfies Catalog<typeof ru>;
