// "Ждут ответа" — clients waiting for our answer: one rule for the client
// list's counter (the quick view and its number, filters.ts) and for each
// row's "ждёт ответа 5 мин", so the number always counts the rows that say so.
//
// A client waits from their oldest unanswered request (stats.ts). `minDays`
// narrows it to those waiting at least that long (0: every one of them). A
// request stamped a moment "ahead" of this device's clock (another device,
// the server) is waiting now, not in the future.
import type {ClientStats} from './stats.ts';

const DAY_MS = 86_400_000;

/** How long the client has waited (ms), or null when they are not waiting (that long). */
export function waitingFor(s: Pick<ClientStats, 'awaitingSince'>, now: number, minDays = 0): number | null {
  if (s.awaitingSince === null) return null;
  const waited = Math.max(0, now - s.awaitingSince);
  return waited >= minDays * DAY_MS ? waited : null;
}
