// The words and the calendar file of a meeting invitation (RFC 5546): a
// REQUEST when made or changed, a CANCEL when cancelled or for a participant
// taken off it. One UID per meeting and its SEQUENCE, so the guest's calendar
// replaces its copy instead of adding a second one.
import {formatDate} from '#shared/i18n/format.ts';
import type {Locale} from '#shared/i18n/locales.ts';
import {createTranslator} from '#shared/i18n/translate.ts';
import {icsCalendar, type IcsPerson} from '../../public/booking/ics.ts';

export type InviteMeeting = {
  id: string;
  topic: string;
  starts_at: number;
  ends_at: number;
  place: string;
  link: string;
  purpose: string;
  agenda: string;
  sequence: number;
  timezone: string;
  organizer: IcsPerson;
};

export type InviteKind = 'invite' | 'update' | 'cancel' | 'removed';

export const meetingUid = (id: string) => `meeting-${id}@dot`;

export function inviteIcs(m: InviteMeeting, method: 'REQUEST' | 'CANCEL', attendees: readonly IcsPerson[], now: number): string {
  return icsCalendar({
    name: m.topic,
    now,
    timeZone: m.timezone,
    method,
    product: 'Meetings',
    events: [
      {
        uid: meetingUid(m.id),
        stamp: now,
        sequence: m.sequence,
        start: m.starts_at,
        end: m.ends_at,
        summary: m.topic,
        location: m.place || m.link,
        description: [m.purpose, m.agenda].filter((s) => s.trim()).join('\n\n'),
        ...(m.link && {url: m.link}),
        cancelled: method === 'CANCEL',
        organizer: m.organizer,
        attendees,
      },
    ],
  });
}

const SUBJECT = {invite: 'cal.invite.subject', update: 'cal.update.subject', cancel: 'cal.cancel.subject', removed: 'cal.cancel.subject'} as const;
const LEAD = {invite: 'cal.invite.lead', update: 'cal.update.lead', cancel: 'cal.cancel.lead', removed: 'cal.removed.lead'} as const;

/** Subject and plain text in the reader's language, times in the company's zone. */
export function inviteText(m: InviteMeeting, kind: InviteKind, locale: Locale): {title: string; body: string} {
  const t = createTranslator(locale);
  const organizer = m.organizer.name || t('cal.organizer');
  const lines = [
    t(LEAD[kind], {topic: m.topic, organizer}),
    '',
    t('cal.when', {
      when: `${formatDate(m.starts_at, m.timezone, locale, 'dateTime')} – ${formatDate(m.ends_at, m.timezone, locale, 'time')}`,
      zone: m.timezone,
    }),
    ...(m.place ? [t('cal.where', {place: m.place})] : []),
    ...(m.link ? [t('cal.link', {link: m.link})] : []),
    ...(kind === 'invite' || kind === 'update'
      ? [...(m.purpose ? [t('cal.purpose', {purpose: m.purpose})] : []), ...(m.agenda ? ['', t('cal.agenda', {agenda: m.agenda})] : []), '', t('cal.attached')]
      : []),
  ];
  return {title: t(SUBJECT[kind], {topic: m.topic}), body: lines.join('\n')};
}
