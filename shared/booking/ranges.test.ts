import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {mergeRanges, subtractRanges, type Range} from './ranges.ts';

const range = fc.tuple(fc.integer({min: 0, max: 300}), fc.integer({min: 0, max: 60})).map(([s, l]): Range => ({start: s, end: s + l}));
const covered = (rs: readonly Range[], x: number) => rs.some((r) => x >= r.start && x < r.end);

describe('ranges', () => {
  it('merge covers exactly the union, sorted and disjoint', () => {
    fc.assert(
      fc.property(fc.array(range, {maxLength: 20}), (rs) => {
        const m = mergeRanges(rs);
        for (let x = 0; x < 370; x++) expect(covered(m, x)).toBe(covered(rs, x));
        m.forEach((r, i) => i && expect(r.start).toBeGreaterThan(m[i - 1]!.end));
      }),
    );
  });

  it('subtract covers exactly a minus b', () => {
    fc.assert(
      fc.property(fc.array(range, {maxLength: 12}), fc.array(range, {maxLength: 12}), (a, b) => {
        const d = subtractRanges(a, b);
        for (let x = 0; x < 370; x++) expect(covered(d, x)).toBe(covered(a, x) && !covered(b, x));
        d.forEach((r) => expect(r.end).toBeGreaterThan(r.start));
      }),
    );
  });
});
