// Working hours per weekday, with breaks (the gaps between intervals) and days
// off, in the company's time zone. An interval whose end is not after its
// start runs past midnight into the next day (a bar open 18:00–02:00).
//
// The week is a line of 10 080 minutes (Monday 00:00 = 0). Each interval
// becomes a range on it; Sunday's overnight ranges wrap to Monday. Ranges that
// touch are merged, so "open until" and "opens at" read across midnight.
// Pure: the moment and the zone are passed in. Property-tested in hours.test.ts.
export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];
export type Interval = {from: string; to: string};
export type DayHours = {open: boolean; intervals: Interval[]};
export type WeeklyHours = Record<Weekday, DayHours>;

export const WEEK_MINUTES = 7 * 24 * 60;
const DAY = 24 * 60;
const TIME = /^([01]\d|2[0-3]):([0-5]\d)$|^24:00$/;

export function isTime(value: string): boolean {
  return TIME.test(value);
}

export function toMinutes(time: string): number {
  if (time === '24:00') return DAY;
  const [h, m] = time.split(':').map(Number);
  return h! * 60 + m!;
}

export function fromMinutes(minutes: number): string {
  const m = ((minutes % DAY) + DAY) % DAY;
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}

export function emptyWeek(): WeeklyHours {
  return Object.fromEntries(WEEKDAYS.map((d) => [d, {open: false, intervals: []}])) as unknown as WeeklyHours;
}

/** Reads whatever JSON is stored; unknown shapes become "closed". */
export function normalizeHours(raw: unknown): WeeklyHours {
  const week = emptyWeek();
  if (!raw || typeof raw !== 'object') return week;
  for (const d of WEEKDAYS) {
    const v = (raw as Record<string, unknown>)[d] as {open?: unknown; intervals?: unknown} | undefined;
    if (!v || typeof v !== 'object') continue;
    const intervals = Array.isArray(v.intervals)
      ? v.intervals.filter((i): i is Interval => !!i && typeof i.from === 'string' && typeof i.to === 'string' && isTime(i.from) && isTime(i.to))
      : [];
    week[d] = {open: v.open === true && intervals.length > 0, intervals};
  }
  return week;
}

/** Why a day's intervals are not acceptable, or null. */
export function dayProblem(day: DayHours): 'time' | 'empty' | 'order' | null {
  if (!day.open) return null;
  if (day.intervals.length === 0) return 'empty';
  let previousEnd = -1;
  for (const [i, iv] of day.intervals.entries()) {
    if (!isTime(iv.from) || !isTime(iv.to) || iv.from === '24:00') return 'time';
    const from = toMinutes(iv.from);
    let to = toMinutes(iv.to);
    if (to <= from) {
      // Only the last interval of a day may run past midnight.
      if (i !== day.intervals.length - 1) return 'order';
      to += DAY;
    }
    if (from < previousEnd || from === to) return 'order';
    previousEnd = to;
  }
  return null;
}

export type Range = {start: number; end: number};

/** The open ranges of the week, sorted and merged, within [0, WEEK_MINUTES]. */
export function weekRanges(hours: WeeklyHours): Range[] {
  const raw: Range[] = [];
  WEEKDAYS.forEach((d, index) => {
    const day = hours[d];
    if (!day?.open || dayProblem(day)) return;
    for (const iv of day.intervals) {
      const from = toMinutes(iv.from);
      let to = toMinutes(iv.to);
      if (to <= from) to += DAY;
      const start = index * DAY + from;
      const end = index * DAY + to;
      if (end <= WEEK_MINUTES) raw.push({start, end});
      else {
        raw.push({start, end: WEEK_MINUTES});
        raw.push({start: 0, end: end - WEEK_MINUTES});
      }
    }
  });
  raw.sort((a, b) => a.start - b.start);
  const merged: Range[] = [];
  for (const r of raw) {
    const last = merged[merged.length - 1];
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
    else merged.push({...r});
  }
  return merged;
}

export function isOpenAt(hours: WeeklyHours, weekMinute: number): boolean {
  const m = ((weekMinute % WEEK_MINUTES) + WEEK_MINUTES) % WEEK_MINUTES;
  return weekRanges(hours).some((r) => m >= r.start && m < r.end);
}

const WEEKDAY_FROM_INTL: Record<string, number> = {Mon: 0, Tue: 1, Wed: 2, Thu: 3, Fri: 4, Sat: 5, Sun: 6};

/** Minute of the week (Monday 00:00 = 0) of a moment, in a time zone. */
export function weekMinuteAt(epochMs: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-GB', {timeZone, weekday: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23'}).formatToParts(epochMs);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return WEEKDAY_FROM_INTL[get('weekday')]! * DAY + Number(get('hour')) * 60 + Number(get('minute'));
}

export type OpenStatus =
  | {kind: 'always'}
  | {kind: 'never'}
  | {kind: 'open'; until: {day: Weekday; time: string}}
  | {kind: 'closed'; opens: {day: Weekday; time: string}};

function at(weekMinute: number): {day: Weekday; time: string} {
  const m = ((weekMinute % WEEK_MINUTES) + WEEK_MINUTES) % WEEK_MINUTES;
  return {day: WEEKDAYS[Math.floor(m / DAY)]!, time: fromMinutes(m)};
}

/** Open now and until when, or closed and when it opens, across midnight and the week's end. */
export function openStatusAt(hours: WeeklyHours, weekMinute: number): OpenStatus {
  const ranges = weekRanges(hours);
  if (ranges.length === 0) return {kind: 'never'};
  // Joined across Sunday → Monday, the week may be one unbroken range.
  const first = ranges[0]!;
  const last = ranges[ranges.length - 1]!;
  const wraps = first.start === 0 && last.end === WEEK_MINUTES;
  if (ranges.length === 1 && wraps) return {kind: 'always'};
  const m = ((weekMinute % WEEK_MINUTES) + WEEK_MINUTES) % WEEK_MINUTES;
  const current = ranges.find((r) => m >= r.start && m < r.end);
  if (current) {
    const end = current.end === WEEK_MINUTES && wraps ? WEEK_MINUTES + first.end : current.end;
    return {kind: 'open', until: at(end)};
  }
  const next = ranges.find((r) => r.start > m) ?? first;
  return {kind: 'closed', opens: at(next.start)};
}

export function openStatus(hours: WeeklyHours, epochMs: number, timeZone: string): OpenStatus {
  return openStatusAt(hours, weekMinuteAt(epochMs, timeZone));
}

export type HoursRow = {days: Weekday[]; day: DayHours};

/** Consecutive weekdays with the same hours in one row: "Mon–Fri 09:00–18:00". */
export function groupedHours(hours: WeeklyHours): HoursRow[] {
  const rows: HoursRow[] = [];
  const key = (d: DayHours) => (d.open ? JSON.stringify(d.intervals) : 'closed');
  for (const d of WEEKDAYS) {
    const last = rows[rows.length - 1];
    if (last && key(last.day) === key(hours[d])) last.days.push(d);
    else rows.push({days: [d], day: hours[d]});
  }
  return rows;
}

/**
 * The grouped rows in words: "Пн–Пт" and "10:00–14:00, 15:00–20:00" (null on
 * days off). Day names come from the reader's language; the site's hours
 * table and the app's "the company's hours are…" read the same rows.
 */
export function hoursRowTexts(hours: WeeklyHours, dayName: (day: Weekday) => string): {days: string; times: string | null}[] {
  return groupedHours(hours).map((row) => {
    const first = dayName(row.days[0]!);
    return {
      days: row.days.length > 1 ? `${first}–${dayName(row.days[row.days.length - 1]!)}` : first,
      times: row.day.open ? row.day.intervals.map((i) => `${i.from}–${i.to}`).join(', ') : null,
    };
  });
}

export function hasAnyHours(hours: WeeklyHours): boolean {
  return WEEKDAYS.some((d) => hours[d].open);
}

/**
 * Do two weeks open at the same times? Intervals left on a closed day (kept by
 * the editor so a day can be reopened as it was) do not count.
 */
export function sameHours(a: WeeklyHours, b: WeeklyHours): boolean {
  const key = (d: DayHours) => (d.open && d.intervals.length ? d.intervals.map((i) => `${i.from}-${i.to}`).join(',') : '');
  return WEEKDAYS.every((d) => key(a[d]) === key(b[d]));
}
