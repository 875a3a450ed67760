import {describe, expect, it} from 'vitest';
import {kindOf, monthsOf, periodLabel, periodOf, shiftPeriod} from './periods.ts';

describe('budget periods', () => {
  it('names the period of a date by kind', () => {
    expect(periodOf('month', '2026-12-07')).toBe('2026-12');
    expect(periodOf('quarter', '2026-11-30')).toBe('2026-Q4');
    expect(periodOf('year', '2026-01-01')).toBe('2026');
    expect(kindOf('2026-Q1')).toBe('quarter');
  });
  it('steps across years', () => {
    expect(shiftPeriod('2026-12', 1)).toBe('2027-01');
    expect(shiftPeriod('2026-01', -1)).toBe('2025-12');
    expect(shiftPeriod('2026-Q1', -1)).toBe('2025-Q4');
    expect(shiftPeriod('2026', 1)).toBe('2027');
  });
  it('gives the months a period spans', () => {
    expect(monthsOf('2026-Q4')).toEqual(['2026-10', '2026-12']);
    expect(monthsOf('2026')).toEqual(['2026-01', '2026-12']);
  });
  it('says a month in Kazakh without the browser’s data', () => {
    expect(periodLabel('2026-12', 'kk', 'тоқс.')).toBe('2026 ж. желтоқсан');
    expect(periodLabel('2026-Q4', 'ru', 'кв.')).toBe('4 кв. 2026');
  });
});
