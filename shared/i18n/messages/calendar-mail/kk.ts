import type {Catalog} from '../../define.ts';
import type {ru} from './ru.ts';

export const kk = {
  'cal.feed.name': 'dot — {name}',
  'cal.deadline': 'Мерзімі: {title}',
  'cal.invite.subject': 'Шақыру: {topic}',
  'cal.update.subject': 'Кездесу өзгерді: {topic}',
  'cal.cancel.subject': 'Кездесу тоқтатылды: {topic}',
  'cal.invite.lead': '{organizer} сізді «{topic}» кездесуіне шақырады.',
  'cal.update.lead': '«{topic}» кездесуі өзгерді — қазір ол былай көрінеді.',
  'cal.cancel.lead': '«{topic}» кездесуі тоқтатылды.',
  'cal.removed.lead': 'Сіз енді «{topic}» кездесуінің қатысушысы емессіз.',
  'cal.when': 'Қашан: {when} ({zone})',
  'cal.where': 'Қайда: {place}',
  'cal.link': 'Сілтеме: {link}',
  'cal.purpose': 'Мақсаты: {purpose}',
  'cal.agenda': 'Күн тәртібі:\n{agenda}',
  'cal.attached': 'Тіркемеде күнтізбе файлы бар: кездесуді өз күнтізбеңізге қосу және ұйымдастырушыға жауап беру үшін оны ашыңыз.',
  'cal.organizer': 'Ұйымдастырушы',
} satisfies Catalog<typeof ru>;
