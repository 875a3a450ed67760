// How meetings and task deadlines look in someone's calendar app (an ICS feed,
// Google Calendar), and what an event read back from Google means for us:
// its times, whether it takes the person's time (free/busy), whether the
// organizer moved or deleted a meeting we mirror there. Pure: no clock, no I/O.
import {addDays, dayOf, isDayKey, localToUtc, minuteOfDay} from '../../booking/zone.ts';

/** How long a timed deadline is shown before the moment it falls due ("finish by 18:00" is 17:30–18:00). */
export const DEADLINE_BLOCK_MS = 30 * 60_000;

export type DeadlineSlot = {allDay: true; day: string} | {allDay: false; start: number; end: number};

/**
 * A deadline at the end of a local day (23:59 or later) is that whole day — a
 * date picked without a time; any other deadline is the half hour before it.
 */
export function deadlineSlot(deadline: number, timeZone: string): DeadlineSlot {
  if (minuteOfDay(deadline, timeZone) >= 23 * 60 + 59) return {allDay: true, day: dayOf(deadline, timeZone)};
  return {allDay: false, start: deadline - DEADLINE_BLOCK_MS, end: deadline};
}

/** Google's time of an event: {dateTime} with an offset, or {date} for a whole day. */
export type GoogleTime = {dateTime?: string; date?: string; timeZone?: string};

export type GoogleEvent = {
  id: string;
  status?: 'confirmed' | 'tentative' | 'cancelled';
  etag?: string;
  summary?: string;
  start?: GoogleTime;
  end?: GoogleTime;
  transparency?: 'opaque' | 'transparent';
  attendees?: {email?: string; self?: boolean; responseStatus?: string}[];
  extendedProperties?: {private?: Record<string, string>};
};

/** The moments an event covers; a whole-day event from local midnight to local midnight in `timeZone`. Null when unreadable. */
export function googleTimes(e: Pick<GoogleEvent, 'start' | 'end'>, timeZone: string): {start: number; end: number; allDay: boolean} | null {
  const at = (t: GoogleTime | undefined): {ms: number; allDay: boolean} | null => {
    if (t?.dateTime) {
      const ms = Date.parse(t.dateTime);
      return Number.isFinite(ms) ? {ms, allDay: false} : null;
    }
    if (t?.date && isDayKey(t.date)) return {ms: localToUtc(t.date, 0, timeZone), allDay: true};
    return null;
  };
  const start = at(e.start);
  const end = at(e.end);
  if (!start || !end || end.ms <= start.ms) return null;
  return {start: start.ms, end: end.ms, allDay: start.allDay};
}

/** Whether an event of the person's own calendar takes their time: not deleted, not "free", not declined by them. */
export function takesTime(e: GoogleEvent): boolean {
  if (e.status === 'cancelled' || e.transparency === 'transparent') return false;
  return !e.attendees?.some((a) => a.self && a.responseStatus === 'declined');
}

/** Marks on the events we write, so a full resync knows ours from theirs even without our own record of them. */
export const MIRROR_KEY = 'dotEntity';
export const MIRROR_ID = 'dotId';

export type MirrorOf = {entity: 'meeting' | 'task'; id: string};

export function mirrorOf(e: GoogleEvent): MirrorOf | null {
  const p = e.extendedProperties?.private;
  const entity = p?.[MIRROR_KEY];
  const id = p?.[MIRROR_ID];
  return (entity === 'meeting' || entity === 'task') && id ? {entity, id} : null;
}

type MeetingLike = {id: string; topic: string; starts_at: number; ends_at: number; place: string; link: string; purpose: string; agenda: string};

const joined = (...parts: string[]) =>
  parts
    .map((p) => p.trim())
    .filter(Boolean)
    .join('\n\n');

/** Google's event body for a meeting (times in UTC, the company's zone named). */
export function meetingEventBody(m: MeetingLike, timeZone: string) {
  return {
    summary: m.topic,
    description: joined(m.purpose, m.agenda, m.link),
    location: m.place || m.link,
    start: {dateTime: new Date(m.starts_at).toISOString(), timeZone},
    end: {dateTime: new Date(m.ends_at).toISOString(), timeZone},
    transparency: 'opaque',
    extendedProperties: {private: {[MIRROR_KEY]: 'meeting', [MIRROR_ID]: m.id}},
  };
}

/** Google's event body for a task's deadline: the whole day or the half hour before it, not taking the person's time. */
export function deadlineEventBody(t: {id: string; title: string; description: string; deadline: number}, summary: string, timeZone: string) {
  const slot = deadlineSlot(t.deadline, timeZone);
  const times = slot.allDay
    ? {start: {date: slot.day}, end: {date: addDays(slot.day, 1)}}
    : {start: {dateTime: new Date(slot.start).toISOString(), timeZone}, end: {dateTime: new Date(slot.end).toISOString(), timeZone}};
  return {
    summary,
    description: t.description,
    ...times,
    transparency: 'transparent',
    extendedProperties: {private: {[MIRROR_KEY]: 'task', [MIRROR_ID]: t.id}},
  };
}

export type MeetingChange = {kind: 'cancel'} | {kind: 'move'; startsAt: number; endsAt: number} | null;

/**
 * What an organizer's change in Google means for the meeting: deleted there →
 * cancel; moved (other times, not turned into a whole-day event) → move;
 * anything else (a new title, a colour, our own write read back) → nothing.
 */
export function meetingChange(e: GoogleEvent, m: {starts_at: number; ends_at: number; state: string}, timeZone: string): MeetingChange {
  if (m.state !== 'planned') return null;
  if (e.status === 'cancelled') return {kind: 'cancel'};
  const t = googleTimes(e, timeZone);
  if (!t || t.allDay || (t.start === m.starts_at && t.end === m.ends_at)) return null;
  return {kind: 'move', startsAt: t.start, endsAt: t.end};
}
