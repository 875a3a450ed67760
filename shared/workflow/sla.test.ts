import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {emptyWeek, type WeeklyHours} from '../company/hours.ts';
import {addWorkingTime, localWeekMinute, shouldEscalate, slaDueAt, slaState} from './sla.ts';

const TZ = 'Asia/Almaty'; // UTC+5 since March 2024
const at = (iso: string) => Date.parse(iso);
const nineToSix: WeeklyHours = (() => {
  const w = emptyWeek();
  for (const d of ['mon', 'tue', 'wed', 'thu', 'fri'] as const)
    w[d] = {
      open: true,
      intervals: [
        {from: '09:00', to: '13:00'},
        {from: '14:00', to: '18:00'},
      ],
    };
  return w;
})();

describe('SLA in working hours', () => {
  it('stops the clock outside the company calendar (lunch, night, weekend)', () => {
    // Friday 16:00 local (11:00Z) + 4 working hours → Friday 18:00 has 2, Monday 09:00–11:00 the other 2.
    expect(addWorkingTime(at('2026-11-20T11:00:00Z'), 4, nineToSix, TZ)).toBe(at('2026-11-23T06:00:00Z'));
    // Monday 12:00 local + 2 h → 13:00, lunch, 14:00–15:00.
    expect(addWorkingTime(at('2026-11-23T07:00:00Z'), 2, nineToSix, TZ)).toBe(at('2026-11-23T10:00:00Z'));
    // Starting at night: the clock starts at 09:00.
    expect(addWorkingTime(at('2026-11-23T20:00:00Z'), 1, nineToSix, TZ)).toBe(at('2026-11-24T05:00:00Z'));
  });

  it('counts calendar hours when asked to, or when the company has no open hours', () => {
    const from = at('2026-11-20T11:00:00Z');
    expect(slaDueAt(from, 4, {mode: 'calendar', escalateAfterHours: 0}, {week: nineToSix, timeZone: TZ})).toBe(from + 4 * 3600_000);
    expect(slaDueAt(from, 4, {mode: 'working', escalateAfterHours: 0}, {week: emptyWeek(), timeZone: TZ})).toBe(from + 4 * 3600_000);
    expect(slaDueAt(from, undefined, {mode: 'working', escalateAfterHours: 0}, {week: nineToSix, timeZone: TZ})).toBeNull();
  });

  it('never ends before the start, and ends inside working time', () => {
    fc.assert(
      fc.property(fc.integer({min: at('2026-01-01T00:00:00Z'), max: at('2027-01-01T00:00:00Z')}), fc.integer({min: 1, max: 200}), (from, hours) => {
        const due = addWorkingTime(from, hours, nineToSix, TZ);
        expect(due).toBeGreaterThanOrEqual(from + hours * 3600_000 - 60_000);
        const w = localWeekMinute(due - 60_000, TZ);
        const day = Math.floor(w / 1440);
        const minute = w % 1440;
        expect(day).toBeLessThan(5);
        expect((minute >= 540 && minute < 780) || (minute >= 840 && minute < 1080)).toBe(true);
      }),
      {numRuns: 200},
    );
  });
});

describe('escalation', () => {
  it('escalates once, after the grace period past the deadline', () => {
    const due = at('2026-11-23T10:00:00Z');
    expect(shouldEscalate(due + 3 * 3600_000, due, 4, null)).toBe(false);
    expect(shouldEscalate(due + 4 * 3600_000, due, 4, null)).toBe(true);
    expect(shouldEscalate(due + 5 * 3600_000, due, 4, due + 4 * 3600_000)).toBe(false);
    expect(slaState(due - 60_000, due, 4)).toEqual({state: 'ok', leftMs: 60_000, escalateAt: due + 4 * 3600_000});
    expect(slaState(due + 60_000, due, 4).state).toBe('overdue');
  });
});
