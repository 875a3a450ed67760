// Calendars (issue 15, M1/I3): a person's feed, Google Calendar, free/busy — what the app and the REST API say.
import type {Message} from '../../define.ts';

export const ru = {
  'calendar.busy.order': 'Конец периода должен быть позже начала',
  'calendar.busy.range': 'Период — не больше 62 дней',
  'calendar.busy.members': 'Не больше 50 человек за раз',
  'calendar.busy.unknown': 'Такого сотрудника нет в компании',
  'calendar.google.notConfigured': 'Google Календарь на этом сервере не подключён: администратору нужно задать DOT_GOOGLE_CLIENT_ID и DOT_GOOGLE_CLIENT_SECRET',
  'calendar.google.refused': 'Google не подтвердил вход — подключите календарь ещё раз',
  'calendar.google.unreachable': 'Google сейчас не отвечает — попробуйте позже',
  'calendar.google.needCode': 'Нужен код из окна входа Google (code и redirectUri) или refreshToken',
} satisfies Record<string, Message>;
