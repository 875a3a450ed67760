// Words of the platform's announcements in the app (issue 18) and the closed sign-up's way to /connect.
import type {Message} from '../../define.ts';

export const ru = {
  'announce.region': 'Объявления',
  'announce.close': 'Скрыть объявление',
  'announce.connectLink': 'Оставить заявку на подключение',
} satisfies Record<string, Message>;
