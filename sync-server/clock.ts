// The server's clock: every "now" the service uses for time-based work (due
// scans, public bookings, reminders, SLA checks) comes from here, so a test
// can move time forward instead of waiting for it. The offset can only be set
// with DOT_TEST_MODE=1 (POST /__test/clock); in production it is always 0.
export type Clock = {now(): number};

let offsetMs = 0;

export const clock: Clock = {now: () => Date.now() + offsetMs};

/** Tests only: jump to a moment, or move forward by some milliseconds. Returns the new now. */
export function setTestClock(change: {now?: number; advanceMs?: number; reset?: boolean}): number {
  if (change.reset) offsetMs = 0;
  if (typeof change.now === 'number') offsetMs = change.now - Date.now();
  if (typeof change.advanceMs === 'number') offsetMs += change.advanceMs;
  return clock.now();
}
