// iCalendar (RFC 5545) for bookings (a master's feed, one visit's file) and
// for meetings and task deadlines (a person's feed, an invitation by email:
// RFC 5546 METHOD:REQUEST / CANCEL with ORGANIZER and ATTENDEEs).
// Every VCALENDAR text the server writes comes from icsCalendar here.
// Times in UTC ("Z"); a VTIMEZONE of the place's zone is still written, because
// a calendar needs at least one component and a feed may have no bookings yet.
// TEXT values cleaned and escaped (§3.3.11); lines folded at 75 octets without
// splitting a UTF-8 character (§3.1); CRLF.
import {isTimeZone, offsetAt} from '#shared/booking/zone.ts';

export type IcsEvent = {
  uid: string;
  /** When this copy was made (DTSTAMP). */
  stamp: number;
  /** Grows with each change, so calendars replace the old copy (SEQUENCE). */
  sequence: number;
  start: number;
  end: number;
  summary: string;
  location?: string;
  description?: string;
  url?: string;
  cancelled?: boolean;
  /** A whole-day event in the calendar's zone: first day and the day after the last ('YYYY-MM-DD'); start/end then only order it. */
  allDay?: {from: string; until: string};
  /** Does not take the time (TRANSP:TRANSPARENT): a deadline, not an appointment. */
  free?: boolean;
  /** An invitation's organizer and guests (RFC 5546). */
  organizer?: IcsPerson;
  attendees?: readonly IcsPerson[];
};

export type IcsPerson = {email: string; name?: string};

// The database's default zone, and Kazakhstan's (UTC+5 everywhere since 2024).
const HOME_ZONE = 'Asia/Almaty';

// A half of a UTF-16 surrogate pair without its other half cannot be written as UTF-8.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
// RFC 5545 CONTROL (%x00-08 / %x0A-1F / %x7F) is allowed nowhere in a value; LF is kept
// here only because it is written as the escape "\n". HTAB is a SAFE-CHAR and stays.
// oxlint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL_BUT_LF = /[\x00-\x08\x0B-\x1F\x7F]/g;

/**
 * What of a text a calendar can hold: lone surrogates become U+FFFD, any line
 * break (CRLF, CR, LF) one LF, and the other control characters are dropped (a
 * client's name typed with one must not break the whole feed).
 */
export function cleanText(value: string): string {
  return value
    .replace(LONE_SURROGATE, '\uFFFD')
    .replace(/\r\n|\r/g, '\n')
    .replace(CONTROL_BUT_LF, '');
}

export function escapeText(value: string): string {
  return cleanText(value).replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\n/g, '\\n');
}

/** 20260603T040000Z */
export function utcStamp(epochMs: number): string {
  return new Date(epochMs)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

const encoder = new TextEncoder();

/** Folds one content line into pieces of at most 75 octets; continuation lines start with a space. */
export function foldLine(line: string): string {
  if (encoder.encode(line).length <= 75) return line;
  const out: string[] = [];
  let current = '';
  let octets = 0;
  // By code point, so a character's UTF-8 bytes always stay on one line.
  for (const ch of line) {
    const size = encoder.encode(ch).length;
    // The first line holds 75 octets; each continuation 74 after its leading space.
    const limit = out.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      out.push(current);
      current = '';
      octets = 0;
    }
    current += ch;
    octets += size;
  }
  out.push(current);
  return out.join('\r\n ');
}

/** +0500, -0330 (RFC 5545 utc-offset; "-0000" is not allowed, so zero is "+0000"). */
export function utcOffset(minutes: number): string {
  const abs = Math.abs(minutes);
  const hhmm = `${String(Math.floor(abs / 60)).padStart(2, '0')}${String(abs % 60).padStart(2, '0')}`;
  return `${minutes < 0 ? '-' : '+'}${hhmm}`;
}

/**
 * A VTIMEZONE with one STANDARD observance at the zone's offset at `at`, from Intl
 * (no tz database of our own). Exact for zones without DST, as in Kazakhstan; for
 * a zone with DST it holds the offset of that moment only. No time in the
 * calendar refers to it (all are UTC), so it describes the zone, nothing more.
 */
export function vtimezone(timeZone: string, at: number): string[] {
  const offset = utcOffset(offsetAt(at, timeZone));
  return [
    'BEGIN:VTIMEZONE',
    `TZID:${timeZone}`,
    'BEGIN:STANDARD',
    'DTSTART:19700101T000000',
    `TZOFFSETFROM:${offset}`,
    `TZOFFSETTO:${offset}`,
    'END:STANDARD',
    'END:VTIMEZONE',
  ];
}

/** A parameter value (CN=…): quoted, so ':' ';' ',' may stay; a DQUOTE cannot be written in one and is dropped (§3.2). */
function paramValue(value: string): string {
  return `"${cleanText(value).replace(/[\n"]/g, ' ')}"`;
}

const mailto = (email: string) => `mailto:${cleanText(email).replace(/[\n\s]/g, '')}`;

function personLine(name: 'ORGANIZER' | 'ATTENDEE', p: IcsPerson): string {
  const cn = p.name && cleanText(p.name).trim() ? `;CN=${paramValue(p.name)}` : '';
  const role = name === 'ATTENDEE' ? ';CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE' : '';
  return `${name}${cn}${role}:${mailto(p.email)}`;
}

function eventLines(e: IcsEvent): string[] {
  const text = (name: string, value: string | undefined) => (value && cleanText(value) ? [`${name}:${escapeText(value)}`] : []);
  // A URI has no escapes: a control character or line break is simply left out.
  const url = e.url ? cleanText(e.url).replace(/\n/g, '') : '';
  return [
    'BEGIN:VEVENT',
    `UID:${escapeText(e.uid)}`,
    `DTSTAMP:${utcStamp(e.stamp)}`,
    `SEQUENCE:${e.sequence}`,
    `STATUS:${e.cancelled ? 'CANCELLED' : 'CONFIRMED'}`,
    ...(e.allDay
      ? [`DTSTART;VALUE=DATE:${e.allDay.from.replace(/-/g, '')}`, `DTEND;VALUE=DATE:${e.allDay.until.replace(/-/g, '')}`]
      : [`DTSTART:${utcStamp(e.start)}`, `DTEND:${utcStamp(e.end)}`]),
    ...(e.free ? ['TRANSP:TRANSPARENT'] : []),
    `SUMMARY:${escapeText(e.summary)}`,
    ...(e.organizer ? [personLine('ORGANIZER', e.organizer)] : []),
    ...(e.attendees ?? []).map((a) => personLine('ATTENDEE', a)),
    ...text('LOCATION', e.location),
    ...text('DESCRIPTION', e.description),
    ...(url ? [`URL:${url}`] : []),
    'END:VEVENT',
  ];
}

export function icsCalendar(o: {
  name: string;
  /** The moment the copy is made: the zone's offset is read at it. */
  now: number;
  /** The IANA zone of the bookings' place; an unknown one falls back to Asia/Almaty rather than fail the feed. */
  timeZone?: string;
  events: readonly IcsEvent[];
  /** PUBLISH for feeds and files; an invitation is a REQUEST, its withdrawal a CANCEL (RFC 5546). */
  method?: 'PUBLISH' | 'REQUEST' | 'CANCEL';
  /** PRODID's product: the booking calendars are "Booking". */
  product?: string;
}): string {
  const zone = o.timeZone && isTimeZone(o.timeZone) ? o.timeZone : HOME_ZONE;
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:-//dot//${o.product ?? 'Booking'} 1.0//RU`,
    'CALSCALE:GREGORIAN',
    `METHOD:${o.method ?? 'PUBLISH'}`,
    `X-WR-CALNAME:${escapeText(o.name)}`,
    `X-WR-TIMEZONE:${zone}`,
    ...vtimezone(zone, o.now),
    ...o.events.flatMap(eventLines),
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join('\r\n') + '\r\n';
}

/** A SEQUENCE from the last change: seconds since 2024, small and growing. */
export function sequenceOf(updatedAt: number): number {
  return Math.max(0, Math.floor((updatedAt - Date.UTC(2024, 0, 1)) / 1000));
}
