// The salon's day, master by master (the calendar of every master, B3): each
// master's working time in every live place, their bookings that day, and the
// free cells still ahead — whole steps of their time grid (cells.ts) inside
// working time nobody has taken. Pure: the moment and the zone are passed in.
import {busyRanges, freeRanges, type BusyBooking} from './busy.ts';
import {freeCells} from './cells.ts';
import {clipRanges, type Range} from './ranges.ts';
import {scheduleOf, workingRanges} from './working-ranges.ts';
import {addDays, dayOf, localToUtc} from './zone.ts';

type LivePlace = {archived_at: number | null; hours: unknown; timezone: string; exceptions: readonly {day: string; open: boolean; intervals: unknown}[]};
export type DayMaster = {id: string; slot_step_min: number; places: readonly LivePlace[]; services: readonly {archived_at: number | null}[]};
export type DayBooking = BusyBooking & {master_id: string; starts_at: number};
export type MasterDay<M, B> = {master: M; bookings: B[]; cells: number[]; works: boolean; working: Range[]};

/** A master a client can be booked with: a live place and a live service. */
export function bookable(m: DayMaster): boolean {
  return m.places.some((p) => !p.archived_at) && m.services.some((s) => !s.archived_at);
}

/**
 * Each master's local `day` in `zone`. `bookings` may start the day before (a
 * night visit still takes the morning); only those starting this day are
 * listed. Cells start from the next 5 minutes after `now`.
 */
export function mastersDay<M extends DayMaster, B extends DayBooking>(
  masters: readonly M[],
  bookings: readonly B[],
  day: string,
  zone: string,
  now: number,
): MasterDay<M, B>[] {
  const range = {start: localToUtc(day, 0, zone), end: localToUtc(addDays(day, 1), 0, zone)};
  const soon = Math.ceil(now / 300_000) * 300_000;
  return masters.map((master) => {
    const own = bookings.filter((b) => b.master_id === master.id);
    const working = clipRanges(
      master.places.filter((p) => !p.archived_at).flatMap((p) => workingRanges(scheduleOf(p, p.exceptions), addDays(day, -1), addDays(day, 1))),
      range,
    );
    const ahead = clipRanges(freeRanges(working, busyRanges(own)), {start: Math.max(range.start, soon), end: range.end});
    return {
      master,
      bookings: own.filter((b) => dayOf(b.starts_at, zone) === day),
      cells: bookable(master) ? freeCells(ahead, range.start, master.slot_step_min) : [],
      works: working.length > 0,
      working,
    };
  });
}
