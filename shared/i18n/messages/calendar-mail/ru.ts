// Calendars (issue 15, M1/I3): what only the server writes — a person's feed,
// the events it puts in Google Calendar, meeting invitations by email.
import type {Message} from '../../define.ts';

export const ru = {
  'cal.feed.name': 'dot — {name}',
  'cal.deadline': 'Срок: {title}',
  'cal.invite.subject': 'Приглашение: {topic}',
  'cal.update.subject': 'Встреча изменена: {topic}',
  'cal.cancel.subject': 'Встреча отменена: {topic}',
  'cal.invite.lead': '{organizer} приглашает вас на встречу «{topic}».',
  'cal.update.lead': 'Встреча «{topic}» изменена — вот как она выглядит теперь.',
  'cal.cancel.lead': 'Встреча «{topic}» отменена.',
  'cal.removed.lead': 'Вас больше нет среди участников встречи «{topic}».',
  'cal.when': 'Когда: {when} ({zone})',
  'cal.where': 'Где: {place}',
  'cal.link': 'Ссылка: {link}',
  'cal.purpose': 'Цель: {purpose}',
  'cal.agenda': 'Повестка:\n{agenda}',
  'cal.attached': 'Во вложении — файл календаря: откройте его, чтобы добавить встречу к себе и ответить организатору.',
  'cal.organizer': 'Организатор',
} satisfies Record<string, Message>;
