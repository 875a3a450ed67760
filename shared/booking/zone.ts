// Local dates and times of a place ↔ UTC moments, through Intl and the IANA
// zone the caller passes in (no clock, no environment). Days are "YYYY-MM-DD"
// in the place's zone; minutes are minutes since that day's local midnight
// (up to 2 days, so a shift that ends after midnight is "day + 1500").
//
// A local time that does not exist (the hour a DST change skips) maps forward
// by the size of the gap, like Temporal's "compatible" choice. Kazakhstan has
// no DST (UTC+5 everywhere since 2024), but places abroad may.
const MINUTE = 60_000;
export const DAY_MS = 86_400_000;

const formats = new Map<string, Intl.DateTimeFormat>();
function format(timeZone: string): Intl.DateTimeFormat {
  let f = formats.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      weekday: 'short',
    });
    formats.set(timeZone, f);
  }
  return f;
}

/** True when Intl knows the zone ("Asia/Almaty"); validation uses it. */
export function isTimeZone(zone: string): boolean {
  try {
    format(zone);
    return true;
  } catch {
    return false;
  }
}

const WEEKDAY: Record<string, number> = {Mon: 0, Tue: 1, Wed: 2, Thu: 3, Fri: 4, Sat: 5, Sun: 6};

export type LocalParts = {year: number; month: number; day: number; hour: number; minute: number; weekday: number};

export function localParts(epochMs: number, timeZone: string): LocalParts {
  const out: Record<string, string> = {};
  for (const p of format(timeZone).formatToParts(epochMs)) out[p.type] = p.value;
  return {
    year: Number(out.year),
    month: Number(out.month),
    day: Number(out.day),
    // Some engines write midnight as "24" even with hourCycle h23.
    hour: Number(out.hour) % 24,
    minute: Number(out.minute),
    weekday: WEEKDAY[out.weekday ?? 'Mon'] ?? 0,
  };
}

/** The zone's offset from UTC at a moment, in minutes (+300 for Almaty). */
export function offsetAt(epochMs: number, timeZone: string): number {
  const floor = Math.floor(epochMs / MINUTE) * MINUTE;
  const p = localParts(floor, timeZone);
  return (Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute) - floor) / MINUTE;
}

const DAY_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isDayKey(day: string): boolean {
  const m = DAY_RE.exec(day);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCDate() === Number(m[3]) && d.getUTCMonth() === Number(m[2]) - 1;
}

/** "2026-06-02" → midnight of that calendar date as if it were UTC (calendar arithmetic only). */
function dayUtc(day: string): number {
  const m = DAY_RE.exec(day);
  if (!m) throw new Error(`not a day: ${day}`);
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
}

function keyOfUtc(ms: number): string {
  const d = new Date(ms);
  return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}-${String(d.getUTCDate()).padStart(2, '0')}`;
}

export function addDays(day: string, n: number): string {
  return keyOfUtc(dayUtc(day) + n * DAY_MS);
}

/** 0 = Monday … 6 = Sunday, of a calendar date (zone-free). */
export function weekdayOf(day: string): number {
  return (new Date(dayUtc(day)).getUTCDay() + 6) % 7;
}

/** Whole days from a to b (b − a). */
export function daysBetween(a: string, b: string): number {
  return Math.round((dayUtc(b) - dayUtc(a)) / DAY_MS);
}

/** The local day of a moment in a zone. */
export function dayOf(epochMs: number, timeZone: string): string {
  const p = localParts(epochMs, timeZone);
  return `${p.year}-${String(p.month).padStart(2, '0')}-${String(p.day).padStart(2, '0')}`;
}

/** Minutes since local midnight of a moment. */
export function minuteOfDay(epochMs: number, timeZone: string): number {
  const p = localParts(epochMs, timeZone);
  return p.hour * 60 + p.minute;
}

/**
 * The UTC moment of a local day and minute (0 ≤ minute < 2880). Two offset
 * look-ups: the wall time read as UTC, shifted by the offset there, then
 * corrected once if the offset at the result differs (a DST change between).
 */
export function localToUtc(day: string, minute: number, timeZone: string): number {
  const wall = dayUtc(day) + minute * MINUTE;
  const first = offsetAt(wall, timeZone);
  let t = wall - first * MINUTE;
  const second = offsetAt(t, timeZone);
  if (second !== first) {
    const retry = wall - second * MINUTE;
    // In a gap neither offset gives back the wall time; take the later moment (forward by the gap).
    t = offsetAt(retry, timeZone) === second ? retry : Math.max(t, retry);
  }
  return t;
}

/** "HH:MM" of a moment in a zone. */
export function timeOf(epochMs: number, timeZone: string): string {
  const m = minuteOfDay(epochMs, timeZone);
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}
