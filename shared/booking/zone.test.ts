import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {addDays, dayOf, daysBetween, isDayKey, isTimeZone, localToUtc, minuteOfDay, offsetAt, timeOf, weekdayOf} from './zone.ts';

describe('zones', () => {
  it('reads Kazakhstan as UTC+5 since 1 March 2024 (UTC+6 before, in Almaty)', () => {
    expect(offsetAt(Date.UTC(2026, 5, 1), 'Asia/Almaty')).toBe(300);
    expect(offsetAt(Date.UTC(2024, 1, 29, 17, 59), 'Asia/Almaty')).toBe(360);
    expect(offsetAt(Date.UTC(2024, 1, 29, 18, 0), 'Asia/Almaty')).toBe(300);
    expect(localToUtc('2026-06-02', 15 * 60, 'Asia/Almaty')).toBe(Date.UTC(2026, 5, 2, 10, 0));
    expect(timeOf(Date.UTC(2026, 5, 2, 10, 0), 'Asia/Almaty')).toBe('15:00');
  });

  it('maps a minute past midnight to the next calendar day', () => {
    expect(localToUtc('2026-06-02', 24 * 60 + 120, 'Asia/Almaty')).toBe(Date.UTC(2026, 5, 2, 21, 0));
    expect(dayOf(Date.UTC(2026, 5, 2, 21, 0), 'Asia/Almaty')).toBe('2026-06-03');
  });

  it('moves a local time the DST change skips forward by the gap', () => {
    // Berlin, 29 March 2026: 02:00 → 03:00. 02:30 does not exist; 03:30 is taken.
    expect(timeOf(localToUtc('2026-03-29', 150, 'Europe/Berlin'), 'Europe/Berlin')).toBe('03:30');
    expect(localToUtc('2026-03-29', 180, 'Europe/Berlin')).toBe(Date.UTC(2026, 2, 29, 1, 0));
  });

  it('calendar arithmetic', () => {
    expect(addDays('2026-02-28', 1)).toBe('2026-03-01');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(daysBetween('2026-01-30', '2026-03-02')).toBe(31);
    expect(weekdayOf('2026-06-01')).toBe(0); // a Monday
    expect(isDayKey('2026-02-30')).toBe(false);
    expect(isDayKey('2026-02-28')).toBe(true);
    expect(isTimeZone('Asia/Almaty')).toBe(true);
    expect(isTimeZone('Mars/Olympus')).toBe(false);
  });

  it('round-trips every existing local minute (property, zones with and without DST)', () => {
    const zones = ['Asia/Almaty', 'Asia/Kolkata', 'Europe/Berlin', 'America/St_Johns', 'Pacific/Chatham', 'UTC'];
    fc.assert(
      fc.property(fc.constantFrom(...zones), fc.integer({min: Date.UTC(2023, 0, 1) / 60000, max: Date.UTC(2027, 0, 1) / 60000}), (zone, minute) => {
        const t = minute * 60000;
        expect(localToUtc(dayOf(t, zone), minuteOfDay(t, zone), zone) === t || offsetAt(t - 3600_000, zone) !== offsetAt(t + 3600_000, zone)).toBe(true);
      }),
      {numRuns: 500},
    );
  });
});
