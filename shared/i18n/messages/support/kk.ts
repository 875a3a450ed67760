import type {Catalog} from '../../define.ts';
import type {ru} from './ru.ts';

export const kk = {
  'support.title': 'Қолдау қызметінің қолжетімділігі',
  'support.lead': 'Платформаның қолдау қызметі компания деректерін тек сіздің рұқсатыңызбен және көрсетілген уақытқа ғана көреді. Әр қарау жазылады.',
  'support.hours': 'Неше сағатқа',
  'support.note': 'Қолдау қызметіне түсініктеме',
  'support.grant': 'Рұқсат беру',
  'support.revoke': 'Кері қайтару',
  'support.activeUntil': '{time} дейін ашық',
  'support.ended': 'Жабық',
  'support.revokedAt': '{time} кері қайтарылды',
  'support.none': 'Қолдау қызметіне рұқсат берілмеген.',
  'support.log.title': 'Қарау журналы',
  'support.log.empty': 'Қолдау қызметі компания деректерін әлі қарамаған.',
  'support.log.entry': '{time} — {who}',
  'support.log.offline': 'Журнал байланыс болғанда қолжетімді.',
  'support.error.noGrant': 'Компания қолдау қызметіне рұқсат бермеген немесе рұқсат мерзімі өтті.',
  'support.v.hours': '1-ден 72 сағатқа дейін',
  'op.support.grant': 'Қолдау қызметіне рұқсат',
  'op.support.revoke': 'Қолдау рұқсатын кері қайтару',
} satisfies Catalog<typeof ru>;
