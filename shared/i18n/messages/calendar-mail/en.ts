import type {Catalog} from '../../define.ts';
import type {ru} from './ru.ts';

export const en = {
  'cal.feed.name': 'dot — {name}',
  'cal.deadline': 'Due: {title}',
  'cal.invite.subject': 'Invitation: {topic}',
  'cal.update.subject': 'Meeting changed: {topic}',
  'cal.cancel.subject': 'Meeting cancelled: {topic}',
  'cal.invite.lead': '{organizer} invites you to the meeting “{topic}”.',
  'cal.update.lead': 'The meeting “{topic}” has changed — this is how it looks now.',
  'cal.cancel.lead': 'The meeting “{topic}” is cancelled.',
  'cal.removed.lead': 'You are no longer a participant of the meeting “{topic}”.',
  'cal.when': 'When: {when} ({zone})',
  'cal.where': 'Where: {place}',
  'cal.link': 'Link: {link}',
  'cal.purpose': 'Purpose: {purpose}',
  'cal.agenda': 'Agenda:\n{agenda}',
  'cal.attached': 'The calendar file is attached: open it to add the meeting to your calendar and answer the organizer.',
  'cal.organizer': 'The organizer',
} satisfies Catalog<typeof ru>;
