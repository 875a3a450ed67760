// The meeting form's state (strings, kept as a draft on the device) and the
// one way it becomes meeting.save's arguments: times read in the company's
// zone, the chosen members and outside guests as participants, and every
// missing or wrong field named — checked here first, then by the shared
// schema (shared/tasks/validation.ts) the server runs too.
import {dayOf, localToUtc, minuteOfDay} from '#shared/booking/zone.ts';
import type {FieldIssue} from '#shared/errors.ts';
import {REPEATS, saveMeetingArgs, type SaveMeetingArgs} from '#shared/tasks/validation.ts';
import type {Repeat} from '#shared/tasks/meetings.ts';
import {emailField} from '#shared/validation/schemas.ts';
import {toFieldIssues} from '#shared/validation/issues.ts';

export type MeetingDraft = {
  topic: string;
  /** Member ids, comma-separated. */
  members: string;
  /** Outside guests: JSON of [{email, name}]. */
  guests: string;
  date: string;
  start: string;
  end: string;
  place: string;
  link: string;
  purpose: string;
  agenda: string;
  repeat: string;
};

export type Guest = {email: string; name: string};

/** The form's fields in the order a person reads them (an error summary names them in this order). */
export const FORM_FIELDS = ['topic', 'participants', 'date', 'start', 'end', 'place', 'link', 'purpose', 'agenda'] as const;
export type FormField = (typeof FORM_FIELDS)[number];

const HOUR = 60;

export function hhmm(minute: number): string {
  const m = ((minute % 1440) + 1440) % 1440;
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}

export function minutesOf(time: string): number | null {
  const m = /^(\d{2}):(\d{2})$/.exec(time);
  if (!m) return null;
  const h = Number(m[1]);
  const min = Number(m[2]);
  return h < 24 && min < 60 ? h * 60 + min : null;
}

/** A new meeting: today (in the zone) at the next full hour, for an hour; tomorrow at 10:00 when today is nearly over. */
export function emptyDraft(now: number, zone: string): MeetingDraft {
  const minute = minuteOfDay(now, zone);
  const next = (Math.floor(minute / HOUR) + 1) * HOUR;
  const late = next + HOUR > 23 * HOUR;
  const day = late ? dayOf(now + 86_400_000, zone) : dayOf(now, zone);
  const start = late ? 10 * HOUR : next;
  return {
    topic: '',
    members: '',
    guests: '[]',
    date: day,
    start: hhmm(start),
    end: hhmm(start + HOUR),
    place: '',
    link: '',
    purpose: '',
    agenda: '',
    repeat: 'none',
  };
}

type MeetingRow = {
  topic: string;
  starts_at: number;
  ends_at: number;
  place: string;
  link: string;
  purpose: string;
  agenda: string;
  repeat: string;
};
type ParticipantRow = {member_id?: string | null; email: string; name: string};

/** The form filled from a stored meeting (to edit it). */
export function draftOf(m: MeetingRow, participants: readonly ParticipantRow[], zone: string): MeetingDraft {
  return {
    topic: m.topic,
    members: participants.flatMap((p) => (p.member_id ? [p.member_id] : [])).join(','),
    guests: JSON.stringify(participants.filter((p) => !p.member_id).map((p) => ({email: p.email, name: p.name}))),
    date: dayOf(m.starts_at, zone),
    start: hhmm(minuteOfDay(m.starts_at, zone)),
    end: hhmm(minuteOfDay(m.ends_at, zone)),
    place: m.place,
    link: m.link,
    purpose: m.purpose,
    agenda: m.agenda,
    repeat: m.repeat,
  };
}

export function memberIdsOf(d: Pick<MeetingDraft, 'members'>): string[] {
  return d.members.split(',').filter(Boolean);
}

export function guestsOf(d: Pick<MeetingDraft, 'guests'>): Guest[] {
  try {
    const v = JSON.parse(d.guests || '[]') as unknown;
    return Array.isArray(v) ? v.map((g: Partial<Guest>) => ({email: String(g?.email ?? ''), name: String(g?.name ?? '')})) : [];
  } catch {
    return [];
  }
}

/** The meeting's moments in the zone; an end at or before the start is kept as typed (refused by the check). */
export function timesOf(d: Pick<MeetingDraft, 'date' | 'start' | 'end'>, zone: string): {startsAt: number; endsAt: number} | null {
  const start = minutesOf(d.start);
  const end = minutesOf(d.end);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(d.date) || start === null || end === null) return null;
  return {startsAt: localToUtc(d.date, start, zone), endsAt: localToUtc(d.date, end, zone)};
}

/** Which of the form's fields a schema issue is about (participants.3 is the guest it names). */
function formFieldOf(path: string, members: number): string {
  if (path === 'startsAt') return 'start';
  if (path === 'endsAt') return 'end';
  const guest = /^participants\.(\d+)/.exec(path);
  if (guest) return Number(guest[1]) >= members ? `guests.${Number(guest[1]) - members}` : 'participants';
  return path;
}

export type SaveResult = {ok: true; args: SaveMeetingArgs} | {ok: false; issues: FieldIssue[]};

/**
 * meeting.save's arguments from the form, or what is wrong with it: the topic,
 * at least one participant (a guest row left empty is ignored), each guest's
 * email, a date and times, an end after the start, then the shared schema.
 */
export function toSaveArgs(d: MeetingDraft, o: {id: string; at: number; zone: string; notes: string; names: ReadonlyMap<string, string>}): SaveResult {
  const issues: FieldIssue[] = [];
  if (!d.topic.trim()) issues.push({field: 'topic', code: 'v.required'});
  const members = memberIdsOf(d);
  const guests = guestsOf(d)
    .map((g, i) => ({...g, i}))
    .filter((g) => g.email.trim() || g.name.trim());
  if (!members.length && !guests.length) issues.push({field: 'participants', code: 'tasks.meeting.noParticipants'});
  for (const g of guests) {
    const r = emailField.safeParse(g.email);
    if (!r.success) issues.push({field: `guests.${g.i}`, code: toFieldIssues(r.error.issues)[0]?.code ?? 'v.email'});
  }
  const times = timesOf(d, o.zone);
  if (!times) issues.push({field: 'date', code: 'meetings.form.whenMissing'});
  else if (times.endsAt <= times.startsAt) issues.push({field: 'end', code: 'tasks.meeting.endsBeforeStart'});
  if (issues.length) return {ok: false, issues};
  const args: SaveMeetingArgs = {
    id: o.id,
    topic: d.topic,
    startsAt: times!.startsAt,
    endsAt: times!.endsAt,
    place: d.place,
    link: d.link.trim(),
    purpose: d.purpose,
    agenda: d.agenda,
    notes: o.notes,
    repeat: (REPEATS as readonly string[]).includes(d.repeat) ? (d.repeat as Repeat) : 'none',
    participants: [
      ...members.map((memberId) => ({memberId, email: '' as const, name: o.names.get(memberId) ?? ''})),
      ...guests.map((g) => ({memberId: null, email: g.email.trim(), name: g.name.trim()})),
    ],
    at: o.at,
  };
  const parsed = saveMeetingArgs.safeParse(args);
  if (!parsed.success) {
    return {ok: false, issues: toFieldIssues(parsed.error.issues).map((i) => ({...i, field: formFieldOf(i.field, members.length)}))};
  }
  return {ok: true, args};
}

/** The form's fields named in an error summary, each once, in the form's order (a guest's email is under participants). */
export function fieldsInError(issues: readonly {field: string}[]): FormField[] {
  const named = new Set(issues.map((i) => (i.field.startsWith('guests.') ? 'participants' : i.field)));
  return FORM_FIELDS.filter((f) => named.has(f));
}
