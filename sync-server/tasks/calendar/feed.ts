// A person's private calendar feed (M1/I3, RFC 5545): their meetings
// (organised or invited to; cancelled ones stay as STATUS:CANCELLED so
// calendars remove them), the deadlines of their open tasks (assigned or
// co-assigned; a whole day or the half hour before, not taking their time),
// and their bookings when they are a booking master. What they may see is
// what their roles let them see now: the feed is read as them.
import type pg from 'pg';
import type {MemberContext} from '#shared/auth/context.ts';
import {isLocale, type Locale} from '#shared/i18n/locales.ts';
import {createTranslator} from '#shared/i18n/translate.ts';
import {addDays} from '#shared/booking/zone.ts';
import {seesMeetings, seesTasks} from '#shared/tasks/access.ts';
import {deadlineSlot} from '#shared/tasks/calendar/events.ts';
import {isOpenTask} from '#shared/tasks/lifecycle.ts';
import {memberContextById} from '../../auth/member-context.ts';
import {icsCalendar, sequenceOf, type IcsEvent} from '../../public/booking/ics.ts';
import {masterBookingEvents} from '../../routes/booking-feed.ts';
import type {ZeroDb} from '../../zero/db.ts';

const DAY = 86_400_000;
/** How far back and ahead the feed reaches. */
export const FEED_PAST_MS = 60 * DAY;
export const FEED_AHEAD_MS = 366 * DAY;

export const ms = (d: Date | null | undefined): number => (d ? d.getTime() : 0);

export type Person = {id: string; company_id: string; name: string; email: string; locale: Locale; timezone: string};

/** An active member of an active company, with their language and the company's zone. */
export async function personOf(pool: pg.Pool, memberId: string): Promise<Person | undefined> {
  const {rows} = await pool.query<Omit<Person, 'locale'> & {locale: string}>(
    `select m.id, m.company_id, m.name, m.email, u.locale, c.timezone
       from member m join app_user u on u.id = m.user_id join company c on c.id = m.company_id
      where m.id = $1 and m.active and c.status = 'active'`,
    [memberId],
  );
  const r = rows[0];
  return r && {...r, locale: isLocale(r.locale) ? r.locale : 'ru'};
}

type MeetingRow = {
  id: string;
  topic: string;
  starts_at: Date;
  ends_at: Date;
  place: string;
  link: string;
  purpose: string;
  agenda: string;
  state: string;
  sequence: number;
};

/** The meetings a person organises or is invited to, overlapping [from, to). */
export async function meetingsOf(pool: pg.Pool, companyId: string, memberId: string, from: number, to: number): Promise<MeetingRow[]> {
  const {rows} = await pool.query<MeetingRow>(
    `select m.id, m.topic, m.starts_at, m.ends_at, m.place, m.link, m.purpose, m.agenda, m.state, m.sequence
       from meeting m
      where m.company_id = $1 and m.ends_at > to_timestamp($3 / 1000.0) and m.starts_at < to_timestamp($4 / 1000.0)
        and (m.organizer_id = $2 or exists (select 1 from meeting_participant p where p.meeting_id = m.id and p.member_id = $2))
      order by m.starts_at, m.id limit 5000`,
    [companyId, memberId, from, to],
  );
  return rows;
}

type TaskRow = {id: string; title: string; description: string; deadline: Date; status: string; updated_at: Date};

/** The open tasks a person works on (assignee or co-assignee) with a deadline in [from, to). */
export async function deadlinesOf(pool: pg.Pool, companyId: string, memberId: string, from: number, to: number): Promise<TaskRow[]> {
  const {rows} = await pool.query<TaskRow>(
    `select t.id, t.title, t.description, t.deadline, t.status, t.updated_at
       from task t
      where t.company_id = $1 and t.deadline >= to_timestamp($3 / 1000.0) and t.deadline < to_timestamp($4 / 1000.0)
        and (t.assignee_id = $2 or exists (select 1 from task_person p where p.task_id = t.id and p.member_id = $2 and p.kind = 'co'))
      order by t.deadline, t.id limit 5000`,
    [companyId, memberId, from, to],
  );
  return rows.filter((t) => isOpenTask(t.status));
}

export function meetingEvent(m: MeetingRow, now: number): IcsEvent {
  return {
    uid: `meeting-${m.id}@dot`,
    stamp: now,
    sequence: m.sequence,
    start: ms(m.starts_at),
    end: ms(m.ends_at),
    summary: m.topic,
    location: m.place || m.link,
    description: [m.purpose, m.agenda].filter((s) => s.trim()).join('\n\n'),
    ...(m.link && {url: m.link}),
    cancelled: m.state === 'cancelled',
  };
}

export function deadlineEvent(t: TaskRow, summary: string, timeZone: string, now: number): IcsEvent {
  const deadline = ms(t.deadline);
  const slot = deadlineSlot(deadline, timeZone);
  return {
    uid: `task-${t.id}@dot`,
    stamp: now,
    sequence: sequenceOf(ms(t.updated_at)),
    start: slot.allDay ? deadline : slot.start,
    end: slot.allDay ? deadline : slot.end,
    ...(slot.allDay && {allDay: {from: slot.day, until: addDays(slot.day, 1)}}),
    free: true,
    summary,
    description: t.description,
  };
}

const may = (ctx: MemberContext, ...permissions: string[]) => permissions.some((p) => (ctx.permissions as readonly string[]).includes(p));

/** The feed's text, or null when the person or their company is gone. */
export async function memberFeed(deps: {pool: pg.Pool; zdb: ZeroDb}, memberId: string, now: number): Promise<string | null> {
  const person = await personOf(deps.pool, memberId);
  const ctx = person && (await memberContextById(deps.pool, memberId, 'rest'));
  if (!person || !ctx) return null;
  const t = createTranslator(person.locale);
  const [from, to] = [now - FEED_PAST_MS, now + FEED_AHEAD_MS];
  const events: IcsEvent[] = [];
  if (seesMeetings(ctx)) for (const m of await meetingsOf(deps.pool, person.company_id, memberId, from, to)) events.push(meetingEvent(m, now));
  if (seesTasks(ctx)) {
    for (const task of await deadlinesOf(deps.pool, person.company_id, memberId, from, to))
      events.push(deadlineEvent(task, t('cal.deadline', {title: task.title}), person.timezone, now));
  }
  if (may(ctx, 'booking.own', 'booking.manage')) {
    const {rows} = await deps.pool.query<{id: string}>('select id from booking_master where company_id = $1 and member_id = $2', [person.company_id, memberId]);
    if (rows[0]) events.push(...(await masterBookingEvents(deps.zdb, person.company_id, rows[0].id, now)).events);
  }
  events.sort((a, b) => a.start - b.start || (a.uid < b.uid ? -1 : 1));
  return icsCalendar({name: t('cal.feed.name', {name: person.name}), now, timeZone: person.timezone, events, product: 'Calendar'});
}
