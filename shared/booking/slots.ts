// Step 3 of the slot pipeline: start times a client may choose. The grid
// starts at each working range's start and steps by the master's slot step.
// A start is offered when the visit [t, t + duration) lies inside working
// time and the master's taken time [t, t + duration + buffer) touches no
// other booking — the buffer may run past closing time, a visit may not.
// Linear: both lists are sorted and walked once.
import type {Range} from './ranges.ts';

const MINUTE = 60_000;

export type SlotRules = {
  durationMin: number;
  bufferMin: number;
  stepMin: number;
  /** No start before this moment (now + the master's minimum notice). */
  earliest: number;
  /** No start at or after this moment (the booking horizon). */
  latest: number;
};

export type Slot = {start: number; end: number};

export function gridSlots(working: readonly Range[], busy: readonly Range[], rules: SlotRules): Slot[] {
  const duration = rules.durationMin * MINUTE;
  const blocked = (rules.durationMin + rules.bufferMin) * MINUTE;
  const step = Math.max(1, rules.stepMin) * MINUTE;
  const out: Slot[] = [];
  let j = 0;
  for (const r of working) {
    // First grid point of this range not before `earliest`.
    let t = r.start;
    if (t < rules.earliest) t += Math.ceil((rules.earliest - t) / step) * step;
    for (; t + duration <= r.end && t < rules.latest; t += step) {
      // Busy ranges ending at or before t can never matter again (t only grows).
      while (j < busy.length && busy[j]!.end <= t) j++;
      let free = true;
      for (let k = j; k < busy.length && busy[k]!.start < t + blocked; k++) {
        if (busy[k]!.end > t) {
          free = false;
          break;
        }
      }
      if (free) out.push({start: t, end: t + duration});
    }
  }
  return out;
}
