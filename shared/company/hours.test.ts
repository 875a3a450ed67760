import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {
  dayProblem,
  emptyWeek,
  fromMinutes,
  groupedHours,
  isOpenAt,
  openStatus,
  openStatusAt,
  sameHours,
  WEEK_MINUTES,
  WEEKDAYS,
  weekMinuteAt,
  type WeeklyHours,
} from './hours.ts';

const DAY = 1440;

/** A valid day: sorted, non-overlapping intervals; the last may run past midnight. */
const dayArb = fc
  .uniqueArray(fc.integer({min: 0, max: 47}), {minLength: 0, maxLength: 6})
  .chain((points) => fc.tuple(fc.constant([...points].sort((a, b) => a - b)), fc.boolean(), fc.integer({min: 1, max: 10})))
  .map(([points, overnight, extra]) => {
    const intervals = [];
    for (let i = 0; i + 1 < points.length; i += 2) intervals.push({from: fromMinutes(points[i]! * 30), to: fromMinutes(points[i + 1]! * 30)});
    if (overnight && points.length % 2 === 1)
      intervals.push({from: fromMinutes(points[points.length - 1]! * 30), to: fromMinutes(Math.min(points[0]! * 30, extra * 30))});
    return {
      open: intervals.length > 0 && !(overnight && points.length % 2 === 1 && Math.min(points[0]! * 30, extra * 30) === points[points.length - 1]! * 30),
      intervals,
    };
  })
  .filter((d) => dayProblem(d) === null);

const weekArb = fc.tuple(...WEEKDAYS.map(() => dayArb)).map((days) => Object.fromEntries(WEEKDAYS.map((d, i) => [d, days[i]])) as WeeklyHours);

/** Reference: is minute m of the week inside some interval, reading each day and the day before it. */
function referenceOpen(hours: WeeklyHours, m: number): boolean {
  const day = Math.floor(m / DAY);
  const minute = m % DAY;
  const toMin = (t: string) => (t === '24:00' ? DAY : Number(t.slice(0, 2)) * 60 + Number(t.slice(3)));
  for (const [offset, index] of [
    [0, day],
    [DAY, (day + 6) % 7],
  ] as const) {
    const d = hours[WEEKDAYS[index]!];
    if (!d.open) continue;
    for (const iv of d.intervals) {
      const from = toMin(iv.from);
      let to = toMin(iv.to);
      if (to <= from) to += DAY;
      const at = minute + offset;
      if (at >= from && at < to) return true;
    }
  }
  return false;
}

describe('working hours', () => {
  it('agree with a plain reading of the intervals at every minute', () => {
    fc.assert(
      fc.property(weekArb, fc.integer({min: 0, max: WEEK_MINUTES - 1}), (hours, m) => {
        expect(isOpenAt(hours, m)).toBe(referenceOpen(hours, m));
      }),
      {numRuns: 500},
    );
  });

  it('say "open until" a moment up to which it is open, and closed right then', () => {
    fc.assert(
      fc.property(weekArb, fc.integer({min: 0, max: WEEK_MINUTES - 1}), (hours, m) => {
        const st = openStatusAt(hours, m);
        const at = (s: {day: string; time: string}) => WEEKDAYS.indexOf(s.day as never) * DAY + Number(s.time.slice(0, 2)) * 60 + Number(s.time.slice(3));
        if (st.kind === 'open') {
          const end = at(st.until);
          const span = (end - m + WEEK_MINUTES) % WEEK_MINUTES || WEEK_MINUTES;
          for (let k = 0; k < span; k += 7) expect(referenceOpen(hours, (m + k) % WEEK_MINUTES)).toBe(true);
          expect(referenceOpen(hours, end % WEEK_MINUTES)).toBe(false);
        } else if (st.kind === 'closed') {
          const start = at(st.opens);
          const span = (start - m + WEEK_MINUTES) % WEEK_MINUTES;
          for (let k = 0; k < span; k += 7) expect(referenceOpen(hours, (m + k) % WEEK_MINUTES)).toBe(false);
          expect(referenceOpen(hours, start)).toBe(true);
        } else if (st.kind === 'never') {
          expect(WEEKDAYS.some((d) => hours[d].open)).toBe(false);
        }
      }),
      {numRuns: 300},
    );
  });

  it('read a bar open 18:00–02:00 across midnight and the week’s end', () => {
    const h = emptyWeek();
    h.sun = {open: true, intervals: [{from: '18:00', to: '02:00'}]};
    h.sat = {open: true, intervals: [{from: '18:00', to: '02:00'}]};
    expect(openStatusAt(h, 6 * DAY + 23 * 60)).toEqual({kind: 'open', until: {day: 'mon', time: '02:00'}});
    expect(openStatusAt(h, 60)).toEqual({kind: 'open', until: {day: 'mon', time: '02:00'}});
    expect(openStatusAt(h, 3 * 60)).toEqual({kind: 'closed', opens: {day: 'sat', time: '18:00'}});
    expect(openStatusAt(h, 6 * DAY + 60)).toEqual({kind: 'open', until: {day: 'sun', time: '02:00'}});
  });

  it('refuse overlapping or unordered intervals and accept breaks', () => {
    expect(
      dayProblem({
        open: true,
        intervals: [
          {from: '09:00', to: '13:00'},
          {from: '14:00', to: '18:00'},
        ],
      }),
    ).toBeNull();
    expect(
      dayProblem({
        open: true,
        intervals: [
          {from: '09:00', to: '13:00'},
          {from: '12:00', to: '18:00'},
        ],
      }),
    ).toBe('order');
    expect(
      dayProblem({
        open: true,
        intervals: [
          {from: '22:00', to: '02:00'},
          {from: '09:00', to: '10:00'},
        ],
      }),
    ).toBe('order');
    expect(dayProblem({open: true, intervals: []})).toBe('empty');
    expect(dayProblem({open: true, intervals: [{from: '9:00', to: '10:00'}]})).toBe('time');
  });

  it('take the time zone into account (Kazakhstan is UTC+5)', () => {
    // Monday 1 June 2026, 04:30 UTC = 09:30 in Almaty.
    const moment = Date.UTC(2026, 5, 1, 4, 30);
    expect(weekMinuteAt(moment, 'Asia/Almaty')).toBe(9 * 60 + 30);
    const h = emptyWeek();
    h.mon = {open: true, intervals: [{from: '09:00', to: '18:00'}]};
    expect(openStatus(h, moment, 'Asia/Almaty')).toEqual({kind: 'open', until: {day: 'mon', time: '18:00'}});
    expect(openStatus(h, moment, 'UTC')).toEqual({kind: 'closed', opens: {day: 'mon', time: '09:00'}});
  });

  it('group consecutive days with the same hours', () => {
    const h = emptyWeek();
    for (const d of ['mon', 'tue', 'wed', 'thu', 'fri'] as const) h[d] = {open: true, intervals: [{from: '09:00', to: '18:00'}]};
    expect(groupedHours(h).map((r) => r.days)).toEqual([
      ['mon', 'tue', 'wed', 'thu', 'fri'],
      ['sat', 'sun'],
    ]);
  });
});

describe("a place's hours against the company's", () => {
  const week = (from: string, to: string): WeeklyHours => {
    const w = emptyWeek();
    for (const d of ['mon', 'tue', 'wed', 'thu', 'fri'] as const) w[d] = {open: true, intervals: [{from, to}]};
    return w;
  };
  it('says 09–18 differs from 10–20 and 10–20 does not', () => {
    expect(sameHours(week('09:00', '18:00'), week('10:00', '20:00'))).toBe(false);
    expect(sameHours(week('10:00', '20:00'), week('10:00', '20:00'))).toBe(true);
  });
  it('ignores the times kept on a closed day', () => {
    const a = week('10:00', '20:00');
    const b = week('10:00', '20:00');
    b.sat = {open: false, intervals: [{from: '11:00', to: '15:00'}]};
    expect(sameHours(a, b)).toBe(true);
    b.sat = {open: true, intervals: [{from: '11:00', to: '15:00'}]};
    expect(sameHours(a, b)).toBe(false);
  });
});
