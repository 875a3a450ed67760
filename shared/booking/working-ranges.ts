// Step 1 of the slot pipeline: a place's schedule → the moments it works.
// The week (shared/company/hours.ts shape: breaks are the gaps between
// intervals) applies to every local day unless a dated exception replaces it
// (a day off, a holiday, a short day). An interval whose end is not after its
// start runs past midnight into the next day; it belongs to the day it starts.
import {dayProblem, normalizeHours, toMinutes, WEEKDAYS, type Interval, type WeeklyHours} from '../company/hours.ts';
import {mergeRanges, type Range} from './ranges.ts';
import {addDays, daysBetween, localToUtc, weekdayOf} from './zone.ts';

export type DayException = {day: string; open: boolean; intervals: readonly Interval[]};

export type Schedule = {
  hours: WeeklyHours;
  exceptions: readonly DayException[];
  timeZone: string;
};

/** The shifts that start on a local day: the exception's, or the weekday's. */
export function shiftsOn(schedule: Schedule, day: string, exceptions = indexExceptions(schedule.exceptions)): readonly Interval[] {
  const ex = exceptions.get(day);
  if (ex) return ex.open && !dayProblem({open: true, intervals: [...ex.intervals]}) ? ex.intervals : [];
  const week = schedule.hours[WEEKDAYS[weekdayOf(day)]!];
  return week?.open && !dayProblem(week) ? week.intervals : [];
}

export function indexExceptions(exceptions: readonly DayException[]): Map<string, DayException> {
  return new Map(exceptions.map((e) => [e.day, e]));
}

/**
 * Working ranges (UTC) of the shifts that start on the local days fromDay …
 * toDay (inclusive), plus the night tail of the day before, merged.
 */
export function workingRanges(schedule: Schedule, fromDay: string, toDay: string): Range[] {
  const exceptions = indexExceptions(schedule.exceptions);
  const out: Range[] = [];
  const n = daysBetween(fromDay, toDay);
  for (let i = -1; i <= n; i++) {
    const day = addDays(fromDay, i);
    for (const iv of shiftsOn(schedule, day, exceptions)) {
      const from = toMinutes(iv.from);
      let to = toMinutes(iv.to);
      if (to <= from) to += 24 * 60;
      const start = localToUtc(day, from, schedule.timeZone);
      const end = localToUtc(day, to, schedule.timeZone);
      if (end > start) out.push({start, end});
    }
  }
  return mergeRanges(out);
}

/** A schedule from stored rows (whatever JSON they hold). */
export function scheduleOf(place: {hours: unknown; timezone: string}, exceptions: readonly {day: string; open: boolean; intervals: unknown}[]): Schedule {
  return {
    hours: normalizeHours(place.hours),
    timeZone: place.timezone,
    exceptions: exceptions.map((e) => ({
      day: e.day,
      open: e.open,
      intervals: Array.isArray(e.intervals) ? (e.intervals as Interval[]).filter((i) => typeof i?.from === 'string' && typeof i?.to === 'string') : [],
    })),
  };
}
