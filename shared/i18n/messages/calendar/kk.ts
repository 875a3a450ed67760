import type {Catalog} from '../../define.ts';
import type {ru} from './ru.ts';

export const kk = {
  'calendar.busy.order': 'Кезеңнің соңы басынан кейін болуы керек',
  'calendar.busy.range': 'Кезең 62 күннен аспауы керек',
  'calendar.busy.members': 'Бір рет 50 адамнан артық емес',
  'calendar.busy.unknown': 'Компанияда мұндай қызметкер жоқ',
  'calendar.google.notConfigured': 'Бұл серверде Google Күнтізбе қосылмаған: әкімші DOT_GOOGLE_CLIENT_ID және DOT_GOOGLE_CLIENT_SECRET мәндерін беруі керек',
  'calendar.google.refused': 'Google кіруді растамады — күнтізбені қайта қосыңыз',
  'calendar.google.unreachable': 'Google қазір жауап бермейді — кейінірек көріңіз',
  'calendar.google.needCode': 'Google кіру терезесінің коды (code және redirectUri) немесе refreshToken қажет',
} satisfies Catalog<typeof ru>;
