// When the time a client or the master wanted is taken, offer the nearest free
// slots instead: closest to the wanted start first, shown in time order.
import type {Slot} from './slots.ts';

export const ALTERNATIVES = 6;

export function nearestSlots(slots: readonly Slot[], wanted: number, count = ALTERNATIVES): Slot[] {
  return [...slots]
    .sort((a, b) => Math.abs(a.start - wanted) - Math.abs(b.start - wanted) || a.start - b.start)
    .slice(0, count)
    .sort((a, b) => a.start - b.start);
}
