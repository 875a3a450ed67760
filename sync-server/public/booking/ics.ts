// iCalendar (RFC 5545) for bookings: a master's feed and one visit's file.
// Times in UTC ("Z"), so no VTIMEZONE is needed; TEXT values escaped (§3.3.11);
// lines folded at 75 octets without splitting a UTF-8 character (§3.1); CRLF.
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
};

export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
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

function eventLines(e: IcsEvent): string[] {
  return [
    'BEGIN:VEVENT',
    `UID:${escapeText(e.uid)}`,
    `DTSTAMP:${utcStamp(e.stamp)}`,
    `SEQUENCE:${e.sequence}`,
    `STATUS:${e.cancelled ? 'CANCELLED' : 'CONFIRMED'}`,
    `DTSTART:${utcStamp(e.start)}`,
    `DTEND:${utcStamp(e.end)}`,
    `SUMMARY:${escapeText(e.summary)}`,
    ...(e.location ? [`LOCATION:${escapeText(e.location)}`] : []),
    ...(e.description ? [`DESCRIPTION:${escapeText(e.description)}`] : []),
    ...(e.url ? [`URL:${e.url}`] : []),
    'END:VEVENT',
  ];
}

export function icsCalendar(o: {name: string; timeZone?: string; events: readonly IcsEvent[]; method?: 'PUBLISH'}): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//dot//Booking 1.0//RU',
    'CALSCALE:GREGORIAN',
    `METHOD:${o.method ?? 'PUBLISH'}`,
    `X-WR-CALNAME:${escapeText(o.name)}`,
    ...(o.timeZone ? [`X-WR-TIMEZONE:${o.timeZone}`] : []),
    ...o.events.flatMap(eventLines),
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join('\r\n') + '\r\n';
}

/** A SEQUENCE from the last change: seconds since 2024, small and growing. */
export function sequenceOf(updatedAt: number): number {
  return Math.max(0, Math.floor((updatedAt - Date.UTC(2024, 0, 1)) / 1000));
}
