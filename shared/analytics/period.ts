// The period a dashboard covers: presets an owner picks with one tap (today,
// this week, month, quarter) or a custom range, and the period before it of
// the same length, to compare with ("+8 к прошлой"). Days in the company's
// zone; weeks start on Monday. Pure: `today` is passed in.
import {addDays, daysBetween, localToUtc, weekdayOf} from '../booking/zone.ts';

export const PRESETS = ['today', 'week', 'month', 'quarter', 'custom'] as const;
export type Preset = (typeof PRESETS)[number];

export type Period = {readonly from: string; readonly to: string};

/** The period of a preset that contains `today` (a custom one is whatever was typed). */
export function presetPeriod(preset: Exclude<Preset, 'custom'>, today: string): Period {
  if (preset === 'today') return {from: today, to: today};
  if (preset === 'week') return {from: addDays(today, -weekdayOf(today)), to: addDays(today, 6 - weekdayOf(today))};
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  const first = preset === 'month' ? month : Math.floor((month - 1) / 3) * 3 + 1;
  const span = preset === 'month' ? 1 : 3;
  const from = `${year}-${String(first).padStart(2, '0')}-01`;
  const next = first + span > 12 ? `${year + 1}-01-01` : `${year}-${String(first + span).padStart(2, '0')}-01`;
  return {from, to: addDays(next, -1)};
}

/** How many days a period has (both ends included). */
export function lengthOf(p: Period): number {
  return daysBetween(p.from, p.to) + 1;
}

/** The period just before, of the same length (a month's is the previous month when whole months are compared). */
export function previousPeriod(p: Period): Period {
  const wholeMonths = p.from.endsWith('-01') && addDays(p.to, 1).endsWith('-01');
  if (wholeMonths) {
    const months = (Number(addDays(p.to, 1).slice(0, 4)) - Number(p.from.slice(0, 4))) * 12 + Number(addDays(p.to, 1).slice(5, 7)) - Number(p.from.slice(5, 7));
    const y = Number(p.from.slice(0, 4));
    const m = Number(p.from.slice(5, 7)) - months;
    const from = `${y + Math.floor((m - 1) / 12)}-${String(((((m - 1) % 12) + 12) % 12) + 1).padStart(2, '0')}-01`;
    return {from, to: addDays(p.from, -1)};
  }
  const n = lengthOf(p);
  return {from: addDays(p.from, -n), to: addDays(p.from, -1)};
}

/** Every day of the period, in order. */
export function daysOf(p: Period): string[] {
  const out: string[] = [];
  for (let d = p.from; d <= p.to; d = addDays(d, 1)) out.push(d);
  return out;
}

/** The moments [start, end) the period covers in a zone: from its first local midnight to the one after its last day. */
export function rangeOf(p: Period, timeZone: string): {readonly start: number; readonly end: number} {
  return {start: localToUtc(p.from, 0, timeZone), end: localToUtc(addDays(p.to, 1), 0, timeZone)};
}
