// Dates and times as the master types and reads them, in the place's zone
// (the device's own zone may differ: a phone set to another city).
import {addDays, dayOf, localToUtc, minuteOfDay, weekdayOf} from '#shared/booking/zone.ts';
import {toMinutes} from '#shared/company/hours.ts';

export const MINUTE = 60_000;

export function inputsOf(ms: number, zone: string): {day: string; time: string} {
  const m = minuteOfDay(ms, zone);
  return {day: dayOf(ms, zone), time: `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`};
}

export function fromInputs(day: string, time: string, zone: string): number | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day) || !/^\d{2}:\d{2}$/.test(time)) return null;
  return localToUtc(day, toMinutes(time), zone);
}

/** Monday of the local week that contains this day. */
export function mondayOf(day: string): string {
  return addDays(day, -weekdayOf(day));
}

export function weekDays(monday: string): string[] {
  return Array.from({length: 7}, (_, i) => addDays(monday, i));
}

export const hhmm = (ms: number, zone: string) => inputsOf(ms, zone).time;
