import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {freeCells} from './cells.ts';

const M = 60_000;
const day = Date.UTC(2026, 11, 7, 0, 0) - 5 * 60 * M; // 00:00 in Almaty

describe('free cells of the salon calendar', () => {
  it('offers whole steps inside free time, on the grid from midnight', () => {
    // Free 10:10–11:40 with a 30-minute step: 10:30 and 11:00 (10:00 starts before, 11:30 would end after).
    const cells = freeCells([{start: day + 610 * M, end: day + 700 * M}], day, 30);
    expect(cells.map((c) => (c - day) / M)).toEqual([630, 660]);
  });

  it('every cell lies inside a free range, on the grid, and none is left out', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({min: 0, max: 1440}), fc.integer({min: 0, max: 300})), {maxLength: 6}),
        fc.constantFrom(5, 10, 15, 20, 30, 45, 60),
        (raw, step) => {
          // Disjoint, ordered ranges, as freeRanges gives them.
          const ranges = raw
            .map(([s, len]) => ({start: day + s * M, end: day + (s + len) * M}))
            .sort((a, b) => a.start - b.start)
            .filter((r, i, all) => i === 0 || r.start >= all[i - 1]!.end);
          const cells = freeCells(ranges, day, step);
          for (const c of cells) {
            expect((c - day) % (step * M)).toBe(0);
            expect(ranges.some((r) => c >= r.start && c + step * M <= r.end)).toBe(true);
          }
          for (let k = 0; k * step < 1740; k++) {
            const c = day + k * step * M;
            if (ranges.some((r) => c >= r.start && c + step * M <= r.end)) expect(cells).toContain(c);
          }
        },
      ),
      {numRuns: 500},
    );
  });
});
