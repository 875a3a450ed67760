// SLA: when a request's time in a status runs out, counted in calendar hours
// or in the company's working hours (its weekly calendar, in its time zone).
// Pure: the moment, the calendar and the zone are passed in.
import {WEEK_MINUTES, weekRanges, type WeeklyHours} from '../company/hours.ts';

const MINUTE = 60_000;
const WEEKDAY_INDEX: Record<string, number> = {Mon: 0, Tue: 1, Wed: 2, Thu: 3, Fri: 4, Sat: 5, Sun: 6};

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {timeZone, weekday: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23'});
    formatters.set(timeZone, f);
  }
  return f;
}

/** Minutes since Monday 00:00 local time (0 … 10 079) for a moment. */
export function localWeekMinute(epochMs: number, timeZone: string): number {
  const parts = formatter(timeZone).formatToParts(epochMs);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '0';
  return WEEKDAY_INDEX[get('weekday')]! * 1440 + Number(get('hour')) * 60 + Number(get('minute'));
}

/**
 * The moment `hours` of working time have passed since `from`. Working time is
 * the company's open ranges; outside them the clock stops. A company with no
 * open hours at all falls back to calendar time (the limit must end somewhere).
 */
export function addWorkingTime(from: number, hours: number, week: WeeklyHours, timeZone: string): number {
  const ranges = weekRanges(week);
  if (!ranges.length) return from + hours * 60 * MINUTE;
  let remaining = Math.round(hours * 60);
  // Work in whole minutes from the start of the minute `from` falls in.
  let t = from - (from % MINUTE);
  for (let guard = 0; guard < 10_000 && remaining > 0; guard++) {
    const w = localWeekMinute(t, timeZone);
    const inside = ranges.find((r) => w >= r.start && w < r.end);
    if (inside) {
      const take = Math.min(inside.end - w, remaining);
      t += take * MINUTE;
      remaining -= take;
    } else {
      const next = ranges.find((r) => r.start > w) ?? ranges[0]!;
      const gap = next.start > w ? next.start - w : WEEK_MINUTES - w + next.start;
      t += gap * MINUTE;
    }
  }
  return t;
}

export type SlaSetting = {mode: 'calendar' | 'working'; escalateAfterHours: number};

/** When the time allowed in a status ends; null when the status has no limit. */
export function slaDueAt(
  enteredAt: number,
  slaHours: number | undefined,
  sla: SlaSetting,
  calendar: {week: WeeklyHours | null; timeZone: string},
): number | null {
  if (!slaHours) return null;
  if (sla.mode === 'working' && calendar.week) return addWorkingTime(enteredAt, slaHours, calendar.week, calendar.timeZone);
  return enteredAt + slaHours * 60 * MINUTE;
}

export type SlaState = {state: 'none'} | {state: 'ok' | 'overdue'; leftMs: number; escalateAt: number};

export function slaState(now: number, dueAt: number | null | undefined, escalateAfterHours: number): SlaState {
  if (!dueAt) return {state: 'none'};
  const leftMs = dueAt - now;
  return {state: leftMs >= 0 ? 'ok' : 'overdue', leftMs, escalateAt: dueAt + escalateAfterHours * 60 * MINUTE};
}

/** Due for escalation now (overdue past the grace), and not escalated already. */
export function shouldEscalate(now: number, dueAt: number | null | undefined, escalateAfterHours: number, escalatedAt: number | null | undefined): boolean {
  if (!dueAt || escalatedAt) return false;
  return now >= dueAt + escalateAfterHours * 60 * MINUTE;
}
