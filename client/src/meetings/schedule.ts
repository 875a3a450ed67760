// How meetings are laid out in time on the list: upcoming ones (not yet over)
// soonest first, past ones latest first; a meeting's hours in the company's
// zone ("10:00–11:30").
import {minuteOfDay} from '#shared/booking/zone.ts';
import {hhmm} from './form.ts';

type Timed = {readonly id: string; readonly starts_at: number; readonly ends_at: number};

export function splitMeetings<M extends Timed>(rows: readonly M[], now: number): {upcoming: M[]; past: M[]} {
  const byId = (a: M, b: M) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const upcoming = rows.filter((m) => m.ends_at > now).sort((a, b) => a.starts_at - b.starts_at || byId(a, b));
  const past = rows.filter((m) => m.ends_at <= now).sort((a, b) => b.starts_at - a.starts_at || byId(a, b));
  return {upcoming, past};
}

export function hoursOf(start: number, end: number, zone: string): string {
  return `${hhmm(minuteOfDay(start, zone))}–${hhmm(minuteOfDay(end, zone))}`;
}
