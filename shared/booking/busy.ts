// Step 2 of the slot pipeline: the master's taken time. A live booking takes
// [starts_at, blocked_until) — the visit and the buffer after it — at every
// place (a master is in one place at a time). A booking being moved does not
// block itself.
import {mergeRanges, subtractRanges, type Range} from './ranges.ts';

export type BusyBooking = {id?: string; starts_at: number; blocked_until: number; status: string};

export function busyRanges(bookings: readonly BusyBooking[], ignoreId?: string): Range[] {
  return mergeRanges(
    bookings.filter((b) => b.status === 'confirmed' && (ignoreId === undefined || b.id !== ignoreId)).map((b) => ({start: b.starts_at, end: b.blocked_until})),
  );
}

/** Working time nobody has taken: what the master's week view shows as free. */
export function freeRanges(working: readonly Range[], busy: readonly Range[]): Range[] {
  return subtractRanges(working, busy);
}
