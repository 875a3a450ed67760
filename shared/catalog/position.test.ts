import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {moveWrites, positionBetween, type Positioned} from './position.ts';

function apply(rows: Positioned[], writes: Positioned[]): Positioned[] {
  const next = new Map(rows.map((r) => [r.id, r.position]));
  for (const w of writes) next.set(w.id, w.position);
  return [...next.entries()].map(([id, position]) => ({id, position})).sort((a, b) => a.position - b.position);
}

describe('drag order', () => {
  it('puts the moved row exactly where it was dropped, and keeps the others in order', () => {
    fc.assert(
      fc.property(
        fc.integer({min: 1, max: 30}),
        fc.nat(),
        fc.nat(),
        fc.array(fc.double({min: -1e6, max: 1e6, noNaN: true}), {maxLength: 30}),
        (n, fromSeed, toSeed, noise) => {
          const rows = Array.from({length: n}, (_, i) => ({id: `r${i}`, position: noise[i] ?? i}));
          const sorted = [...rows].sort((a, b) => a.position - b.position);
          // Distinct positions: rows with equal positions have no defined order to keep.
          fc.pre(new Set(sorted.map((r) => r.position)).size === n);
          const moved = sorted[fromSeed % n]!;
          const to = toSeed % n;
          const after = apply(rows, moveWrites(rows, moved.id, to));
          const expected = sorted.filter((r) => r.id !== moved.id).map((r) => r.id);
          expected.splice(to, 0, moved.id);
          expect(after.map((r) => r.id)).toEqual(expected);
          expect(new Set(after.map((r) => r.position)).size).toBe(n);
        },
      ),
      {numRuns: 400},
    );
  });

  it('writes one row while there is room, and spreads the list out when there is none', () => {
    const rows = [
      {id: 'a', position: 1},
      {id: 'b', position: 2},
      {id: 'c', position: 3},
    ];
    expect(moveWrites(rows, 'c', 0)).toEqual([{id: 'c', position: -1023}]);
    expect(moveWrites(rows, 'a', 1)).toHaveLength(1);
    const tight = [
      {id: 'a', position: 1},
      {id: 'b', position: 1 + Number.EPSILON},
      {id: 'c', position: 5},
    ];
    expect(positionBetween(1, 1 + Number.EPSILON)).toBeNull();
    const writes = moveWrites(tight, 'c', 1);
    expect(apply(tight, writes).map((r) => r.id)).toEqual(['a', 'c', 'b']);
  });
});
