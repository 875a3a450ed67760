// The two shapes most figures take: counts per key, sorted most first then by
// key, and durations (n, sum, median as the ⌈n/2⌉-th smallest: an element,
// never an average, so SQL and TS give the same integer).
import type {Count, Duration} from '../types.ts';

export function byKey(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function bump(map: Map<string, number>, key: string, by = 1): void {
  map.set(key, (map.get(key) ?? 0) + by);
}

/** Counts most first, then by key; zero counts are left out. */
export function countsOf(map: ReadonlyMap<string, number>): Count[] {
  const out: Count[] = [];
  for (const [key, count] of map) if (count > 0) out.push({key, count});
  return out.sort((a, b) => b.count - a.count || byKey(a.key, b.key));
}

/** Durations in ms; a negative one (clocks disagree) counts as 0. */
export function durationOf(ms: readonly number[]): Duration {
  // A typed array sorts numbers as numbers, several times faster than a comparator over 50,000 stages.
  const sorted = new Float64Array(ms.length);
  let totalMs = 0;
  for (let i = 0; i < ms.length; i++) totalMs += sorted[i] = Math.max(0, ms[i]!);
  sorted.sort();
  const n = sorted.length;
  return {n, totalMs, medianMs: n ? sorted[Math.ceil(n / 2) - 1]! : 0};
}
