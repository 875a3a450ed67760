// What a first open must not wait for — the other sections' screens, the real
// write bodies, the other modules' words — starts only once the request list
// has its rows on screen, and then only when the device is idle: on a slow
// phone over 3G every byte fetched before that is a byte the list waits for.
// A device that never shows rows (offline with an empty replica, another
// section opened first) starts them after FALLBACK_MS all the same.
const FALLBACK_MS = 8000;

let shown = false;
const waiting: (() => void)[] = [];
const urgent: (() => void)[] = [];
let fallback: ReturnType<typeof setTimeout> | undefined;

function idle(run: () => void): void {
  if ('requestIdleCallback' in globalThis) requestIdleCallback(run, {timeout: 2000});
  else setTimeout(run, 200);
}

/** The first screen is painted: run what waited, at the next idle moment. */
export function firstScreenShown(): void {
  if (shown) return;
  shown = true;
  clearTimeout(fallback);
  for (const run of urgent.splice(0)) run();
  const now = waiting.splice(0);
  idle(() => now.forEach((run) => run()));
}

/** Runs `work` once the first screen is shown (or after the fallback), while idle. */
export function afterFirstScreen(work: () => void): void {
  if (shown) return idle(work);
  waiting.push(work);
  fallback ??= setTimeout(firstScreenShown, FALLBACK_MS);
}

/**
 * Runs `work` the moment the first screen is shown (or after the fallback), without waiting for idle: for what a
 * person may need within a second of seeing the list — the code of the writes, before they can go offline.
 */
export function onFirstScreen(work: () => void): void {
  if (shown) return work();
  urgent.push(work);
  fallback ??= setTimeout(firstScreenShown, FALLBACK_MS);
}
