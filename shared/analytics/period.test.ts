import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {addDays} from '../booking/zone.ts';
import {daysOf, lengthOf, presetPeriod, previousPeriod, rangeOf} from './period.ts';

describe('analytics periods', () => {
  it('presets contain today: a week from Monday, a month, a quarter', () => {
    expect(presetPeriod('today', '2026-12-06')).toEqual({from: '2026-12-06', to: '2026-12-06'});
    expect(presetPeriod('week', '2026-12-06')).toEqual({from: '2026-11-30', to: '2026-12-06'});
    expect(presetPeriod('month', '2026-02-10')).toEqual({from: '2026-02-01', to: '2026-02-28'});
    expect(presetPeriod('quarter', '2026-12-06')).toEqual({from: '2026-10-01', to: '2026-12-31'});
  });

  it('compares a month with the month before, a quarter with the quarter before, other ranges with as many days before', () => {
    expect(previousPeriod({from: '2026-03-01', to: '2026-03-31'})).toEqual({from: '2026-02-01', to: '2026-02-28'});
    expect(previousPeriod({from: '2026-01-01', to: '2026-03-31'})).toEqual({from: '2025-10-01', to: '2025-12-31'});
    expect(previousPeriod({from: '2026-11-30', to: '2026-12-06'})).toEqual({from: '2026-11-23', to: '2026-11-29'});
  });

  it('the previous period ends the day before and never overlaps', () => {
    const day = fc.integer({min: 0, max: 3000}).map((n) => addDays('2024-01-01', n));
    fc.assert(
      fc.property(day, fc.integer({min: 0, max: 120}), (from, len) => {
        const p = {from, to: addDays(from, len)};
        const prev = previousPeriod(p);
        expect(addDays(prev.to, 1)).toBe(p.from);
        expect(lengthOf(prev)).toBeGreaterThanOrEqual(1);
        expect(daysOf(p)).toHaveLength(lengthOf(p));
      }),
    );
  });

  it('a day in Almaty (UTC+5) starts at 19:00 UTC the day before', () => {
    const r = rangeOf({from: '2026-12-06', to: '2026-12-06'}, 'Asia/Almaty');
    expect(new Date(r.start).toISOString()).toBe('2026-12-05T19:00:00.000Z');
    expect(r.end - r.start).toBe(86_400_000);
  });
});
