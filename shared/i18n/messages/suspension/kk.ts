import type {Catalog} from '../../define.ts';
import type {ru} from './ru.ts';

export const kk = {
  'suspension.title.suspended': 'Компанияның жұмысы тоқтатылды',
  'suspension.title.blocked': 'Компания бұғатталды',
  'suspension.title.deleted': 'Компания жойылды',
  'suspension.refused.suspended': 'Компанияның жұмысы тоқтатылды. Себебі: {reason}',
  'suspension.refused.blocked': 'Компания бұғатталды. Себебі: {reason}',
  'suspension.refused.deleted': 'Компания жойылды. Себебі: {reason}',
  'suspension.reason': 'Себебі: {reason}',
  'suspension.deleteAfter': 'Компания деректері {date} жойылады. Оған дейін оларды жүктеп алуға болады.',
  'suspension.kept': 'Осы құрылғыда енгізгеніңіздің бәрі сақталды және жұмыс қайта басталғанда жіберіледі.',
  'suspension.contact': 'Толығырақ білу үшін платформаның қолдау қызметіне хабарласыңыз.',
  'suspension.export': 'Деректерімді жүктеп алу',
  'suspension.checkAgain': 'Қайта тексеру',
  'suspension.checking': 'Тексеріп жатырмыз…',
  'suspension.stillStopped': 'Әзірге өзгеріс жоқ.',
  'suspension.signOut': 'Шығу',
  'suspension.field.reason': 'Себебі',
} satisfies Catalog<typeof ru>;
