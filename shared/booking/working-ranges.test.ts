import {describe, expect, it} from 'vitest';
import {emptyWeek} from '../company/hours.ts';
import {workingRanges, type Schedule} from './working-ranges.ts';

const utc = (d: string, hhmm: string) => Date.parse(`${d}T${hhmm}:00Z`);

function week(days: Partial<Record<'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun', [string, string][]>>) {
  const w = emptyWeek();
  for (const [d, ivs] of Object.entries(days)) w[d as keyof typeof w] = {open: true, intervals: ivs.map(([from, to]) => ({from, to}))};
  return w;
}

describe('working ranges', () => {
  it('turns a week with a lunch break into UTC ranges in Almaty (UTC+5)', () => {
    const s: Schedule = {
      hours: week({
        mon: [
          ['09:00', '13:00'],
          ['14:00', '18:00'],
        ],
      }),
      exceptions: [],
      timeZone: 'Asia/Almaty',
    };
    expect(workingRanges(s, '2026-06-01', '2026-06-01')).toEqual([
      {start: utc('2026-06-01', '04:00'), end: utc('2026-06-01', '08:00')},
      {start: utc('2026-06-01', '09:00'), end: utc('2026-06-01', '13:00')},
    ]);
  });

  it('runs a night shift past midnight and keeps it with the day it started', () => {
    const s: Schedule = {hours: week({sun: [['20:00', '02:00']]}), exceptions: [{day: '2026-06-01', open: false, intervals: []}], timeZone: 'Asia/Almaty'};
    // Monday 1 June is a day off, but Sunday's shift still ends at 02:00 on Monday.
    expect(workingRanges(s, '2026-06-01', '2026-06-01')).toEqual([{start: utc('2026-05-31', '15:00'), end: utc('2026-05-31', '21:00')}]);
  });

  it('lets a dated exception replace the week: a day off, a short day', () => {
    const s: Schedule = {
      hours: week({tue: [['09:00', '18:00']], wed: [['09:00', '18:00']]}),
      exceptions: [
        {day: '2026-06-02', open: false, intervals: []},
        {day: '2026-06-03', open: true, intervals: [{from: '10:00', to: '12:00'}]},
      ],
      timeZone: 'Asia/Almaty',
    };
    expect(workingRanges(s, '2026-06-02', '2026-06-03')).toEqual([{start: utc('2026-06-03', '05:00'), end: utc('2026-06-03', '07:00')}]);
  });

  it('merges a shift ending at 24:00 with the next day starting at 00:00', () => {
    const s: Schedule = {hours: week({mon: [['18:00', '24:00']], tue: [['00:00', '03:00']]}), exceptions: [], timeZone: 'UTC'};
    expect(workingRanges(s, '2026-06-01', '2026-06-02')).toEqual([{start: utc('2026-06-01', '18:00'), end: utc('2026-06-02', '03:00')}]);
  });

  it('gives a shorter real shift on the night Almaty moved from UTC+6 to UTC+5', () => {
    const s: Schedule = {hours: week({thu: [['20:00', '02:00']]}), exceptions: [], timeZone: 'Asia/Almaty'};
    // Thursday 29 Feb 2024 20:00 (+6) = 14:00Z; Friday 1 Mar 02:00 (+5) = 21:00Z: 7 real hours.
    expect(workingRanges(s, '2024-02-29', '2024-02-29')).toEqual([{start: utc('2024-02-29', '14:00'), end: utc('2024-02-29', '21:00')}]);
  });
});
