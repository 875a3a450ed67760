// The slot pipeline, composed: schedule → working ranges → minus the master's
// taken time → grid slots for one service. Pure: `now` and the zone come in.
import {busyRanges, type BusyBooking} from './busy.ts';
import {gridSlots, type Slot} from './slots.ts';
import {workingRanges, type Schedule} from './working-ranges.ts';
import {addDays, dayOf, DAY_MS} from './zone.ts';

export type MasterRules = {slot_step_min: number; min_notice_min: number; horizon_days: number};
export type ServiceRules = {duration_min: number; buffer_min: number};

export type SlotQuery = {
  schedule: Schedule;
  bookings: readonly BusyBooking[];
  service: ServiceRules;
  master: MasterRules;
  now: number;
  /** A booking being moved does not block its own time. */
  ignoreBookingId?: string | undefined;
  /** Narrow the search (e.g. one day of the public page); clipped to the horizon. */
  window?: {start: number; end: number} | undefined;
};

export function computeSlots(q: SlotQuery): Slot[] {
  const zone = q.schedule.timeZone;
  let earliest = q.now + q.master.min_notice_min * 60_000;
  let latest = q.now + q.master.horizon_days * DAY_MS;
  if (q.window) {
    earliest = Math.max(earliest, q.window.start);
    latest = Math.min(latest, q.window.end);
  }
  if (latest <= earliest) return [];
  const fromDay = dayOf(earliest, zone);
  const toDay = addDays(dayOf(latest, zone), 1);
  const working = workingRanges(q.schedule, fromDay, toDay);
  const busy = busyRanges(q.bookings, q.ignoreBookingId);
  return gridSlots(working, busy, {
    durationMin: q.service.duration_min,
    bufferMin: q.service.buffer_min,
    stepMin: q.master.slot_step_min,
    earliest,
    latest,
  });
}

/** Slots per local day of the place, in order: the public page's "days", then "times". */
export function slotsByDay(slots: readonly Slot[], timeZone: string): Map<string, Slot[]> {
  const out = new Map<string, Slot[]>();
  for (const s of slots) {
    const day = dayOf(s.start, timeZone);
    const list = out.get(day);
    if (list) list.push(s);
    else out.set(day, [s]);
  }
  return out;
}

/** Is this exact start one of the offered slots? (A public booking must be.) */
export function isOffered(slots: readonly Slot[], start: number): boolean {
  let lo = 0;
  let hi = slots.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = slots[mid]!.start;
    if (s === start) return true;
    if (s < start) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}
