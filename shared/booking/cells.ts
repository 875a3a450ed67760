// The salon's calendar offers free time as cells a receptionist taps to book a
// walk-in or a phoned-in client: whole steps of the master's time grid (the
// step counted from the day's midnight, as the public slots are) that lie
// inside free time. A cell says "from here the master is free for at least one
// step"; the booking form then checks the chosen service's length.
import type {Range} from './ranges.ts';

const MINUTE = 60_000;

/** Starts of the whole `stepMin` cells inside `free`, on the grid that starts at `gridStart`. */
export function freeCells(free: readonly Range[], gridStart: number, stepMin: number): number[] {
  const step = stepMin * MINUTE;
  if (!(step > 0)) return [];
  const out: number[] = [];
  for (const r of free) {
    let s = gridStart + Math.ceil((r.start - gridStart) / step) * step;
    for (; s + step <= r.end; s += step) out.push(s);
  }
  return out;
}
