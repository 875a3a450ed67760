// What a person sees when linking tasks: a link that would close a loop is
// refused and the loop is named task by task; a link that would not is never
// refused; the start order never puts a task before what it waits on; and a
// finished blocker no longer holds anything back. Properties run over random
// acyclic graphs (edges only from a lower to a higher index, then shuffled),
// checked against a plain reachability oracle.
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {cyclePath, openBlockers, startOrder, type Edge} from './graph.ts';

const id = (i: number) => `t${i}`;

type Dag = {n: number; ids: string[]; edges: Edge[]};

/** n tasks t0…t(n-1); a task only waits on tasks with a lower index, so there is no cycle. Ids and edges come shuffled. */
const dag = fc.integer({min: 1, max: 25}).chain((n) =>
  fc
    .record({
      pairs: fc.uniqueArray(fc.tuple(fc.nat(n - 1), fc.nat(n - 1)), {maxLength: n * 2, selector: ([a, b]) => `${a} ${b}`}),
      idOrder: fc.shuffledSubarray(
        Array.from({length: n}, (_, i) => i),
        {minLength: n, maxLength: n},
      ),
      edgeKeys: fc.array(fc.double({noNaN: true}), {minLength: n * 2, maxLength: n * 2}),
    })
    .map(({pairs, idOrder, edgeKeys}): Dag => {
      const edges = pairs
        .filter(([a, b]) => a !== b)
        .map(([a, b]) => ({task: id(Math.max(a, b)), blocker: id(Math.min(a, b))}))
        .map((e, i) => ({e, k: edgeKeys[i]!}))
        .sort((x, y) => x.k - y.k)
        .map((x) => x.e);
      return {n, ids: idOrder.map(id), edges};
    }),
);

/** Does `from` (transitively) wait on `to`? The oracle: a plain depth-first walk. */
function waitsOn(edges: readonly Edge[], from: string, to: string): boolean {
  const stack = [from];
  const seen = new Set(stack);
  while (stack.length) {
    const at = stack.pop()!;
    for (const e of edges) {
      if (e.task !== at) continue;
      if (e.blocker === to) return true;
      if (seen.has(e.blocker)) continue;
      seen.add(e.blocker);
      stack.push(e.blocker);
    }
  }
  return false;
}

const hasEdge = (edges: readonly Edge[], task: string, blocker: string) => edges.some((e) => e.task === task && e.blocker === blocker);

describe('cyclePath (properties)', () => {
  it('never refuses a forward link, and refuses a backward one exactly when it closes a loop', () => {
    fc.assert(
      fc.property(dag, ({n, edges}) => {
        for (let a = 0; a < n; a++) {
          for (let b = a + 1; b < n; b++) {
            expect(cyclePath(edges, {task: id(b), blocker: id(a)})).toBeNull();
            const back = cyclePath(edges, {task: id(a), blocker: id(b)});
            expect(back !== null, `t${a} after t${b}`).toBe(waitsOn(edges, id(b), id(a)));
          }
        }
      }),
      {numRuns: 150},
    );
  });

  it('names a real loop: from the new task back to it, each step an existing link or the new one', () => {
    let loops = 0;
    fc.assert(
      fc.property(dag, fc.nat(), fc.nat(), ({n, edges}, x, y) => {
        const add = {task: id(x % n), blocker: id(y % n)};
        const path = cyclePath(edges, add);
        if (!path) return;
        loops++;
        expect(path[0]).toBe(add.task);
        expect(path[path.length - 1]).toBe(add.task);
        expect(path.length).toBeGreaterThanOrEqual(2);
        expect(path[1]).toBe(add.blocker);
        for (let i = 2; i < path.length; i++) expect(hasEdge(edges, path[i - 1]!, path[i]!), `${path[i - 1]} waits on ${path[i]}`).toBe(true);
        // A loop visits each task once.
        expect(new Set(path.slice(1)).size).toBe(path.length - 1);
      }),
      {numRuns: 300},
    );
    // The generator must produce loops to check, not only harmless links.
    expect(loops).toBeGreaterThan(30);
  });
});

describe('startOrder (properties)', () => {
  it('is a permutation of the ids with every blocker before the tasks it blocks', () => {
    fc.assert(
      fc.property(dag, ({ids, edges}) => {
        const order = startOrder(ids, edges);
        expect(order).not.toBeNull();
        expect([...order!].sort()).toEqual([...ids].sort());
        const at = new Map(order!.map((x, i) => [x, i]));
        for (const e of edges) expect(at.get(e.blocker)!, `${e.blocker} before ${e.task}`).toBeLessThan(at.get(e.task)!);
      }),
    );
  });

  it('keeps the given order when it already works, and ignores links to unknown tasks', () => {
    fc.assert(
      fc.property(dag, ({n, edges}) => {
        const natural = Array.from({length: n}, (_, i) => id(i));
        expect(startOrder(natural, [...edges, {task: 't0', blocker: 'elsewhere'}, {task: 'gone', blocker: id(n - 1)}])).toEqual(natural);
      }),
    );
  });

  it('returns null once a link closes a loop', () => {
    let loops = 0;
    fc.assert(
      fc.property(dag, ({n, ids, edges}) => {
        for (let a = 0; a < n; a++) {
          for (let b = a + 1; b < n; b++) {
            if (!waitsOn(edges, id(b), id(a))) continue;
            loops++;
            expect(startOrder(ids, [...edges, {task: id(a), blocker: id(b)}])).toBeNull();
          }
        }
      }),
      {numRuns: 50},
    );
    expect(loops).toBeGreaterThan(30);
  });
});

describe('openBlockers (properties)', () => {
  it('lists each unfinished blocker once, in link order, and never a finished one', () => {
    fc.assert(
      fc.property(dag, fc.array(fc.boolean(), {minLength: 25, maxLength: 25}), fc.nat(), ({n, edges}, doneFlags, pick) => {
        const isDone = (x: string) => doneFlags[Number(x.slice(1))] ?? false;
        const task = id(pick % n);
        const doubled = [...edges, ...edges];
        const expected = edges.filter((e) => e.task === task && !isDone(e.blocker)).map((e) => e.blocker);
        expect(openBlockers(task, doubled, isDone)).toEqual([...new Set(expected)]);
      }),
    );
  });
});

describe('graph (examples)', () => {
  const edges: Edge[] = [
    {task: 'B', blocker: 'A'},
    {task: 'A', blocker: 'C'},
    {task: 'D', blocker: 'B'},
  ];

  it('a task cannot wait on itself', () => {
    expect(cyclePath([], {task: 'X', blocker: 'X'})).toEqual(['X', 'X']);
    expect(startOrder(['X'], [{task: 'X', blocker: 'X'}])).toBeNull();
  });

  it('names a three-task loop in order: C after B closes B → A → C → B', () => {
    expect(cyclePath(edges, {task: 'C', blocker: 'B'})).toEqual(['C', 'B', 'A', 'C']);
    expect(cyclePath(edges, {task: 'C', blocker: 'D'})).toEqual(['C', 'D', 'B', 'A', 'C']);
    expect(cyclePath(edges, {task: 'D', blocker: 'C'})).toBeNull();
  });

  it('starts C, then A, then B, then D; unrelated tasks keep their place', () => {
    expect(startOrder(['D', 'E', 'B', 'A', 'C'], edges)).toEqual(['E', 'C', 'A', 'B', 'D']);
  });

  it('a finished blocker holds nothing back', () => {
    const two: Edge[] = [
      {task: 'B', blocker: 'A'},
      {task: 'B', blocker: 'C'},
      {task: 'B', blocker: 'A'},
    ];
    expect(openBlockers('B', two, () => false)).toEqual(['A', 'C']);
    expect(openBlockers('B', two, (x) => x === 'A')).toEqual(['C']);
    expect(openBlockers('A', two, () => false)).toEqual([]);
  });
});
