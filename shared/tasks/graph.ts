// Task dependencies. "B after A" is the edge {task: B, blocker: A}: B waits
// on A. The Tasks screens and the server ask three questions of these links:
// would a new link close a loop (and which tasks form it, so the refusal can
// name them), in which order can the tasks start, and what still holds a task
// back. A company may have thousands of tasks and long chains, so everything
// here is iterative (no recursion to overflow) and builds its maps once.

export type Edge = {readonly task: string; readonly blocker: string};

/** task id → the ids it waits on, in edge order. */
function blockersByTask(edges: readonly Edge[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const e of edges) {
    const list = out.get(e.task);
    if (list) list.push(e.blocker);
    else out.set(e.task, [e.blocker]);
  }
  return out;
}

/** If adding `add` would close a cycle, the cycle as ids from add.task back to add.task following "blocked by" edges, e.g. ['B','A','C','B'] meaning B waits on A waits on C waits on B; a self-edge gives [id, id]. null when no cycle. */
export function cyclePath(edges: readonly Edge[], add: Edge): string[] | null {
  if (add.task === add.blocker) return [add.task, add.task];
  const blockers = blockersByTask(edges);
  // Breadth-first from the new blocker along "waits on" links: reaching
  // add.task closes the loop, and the first time it is reached gives the
  // shortest loop (the easiest one for a person to read and break).
  const cameFrom = new Map<string, string>();
  const queue = [add.blocker];
  const seen = new Set(queue);
  for (let head = 0; head < queue.length; head++) {
    const id = queue[head]!;
    for (const next of blockers.get(id) ?? []) {
      if (next === add.task) {
        const back = [id];
        for (let at = cameFrom.get(id); at !== undefined; at = cameFrom.get(at)) back.push(at);
        return [add.task, ...back.reverse(), add.task];
      }
      if (seen.has(next)) continue;
      seen.add(next);
      cameFrom.set(next, id);
      queue.push(next);
    }
  }
  return null;
}

/** A binary min-heap of small integers (positions in `ids`), for the stable start order. */
class MinHeap {
  private readonly items: number[] = [];
  get size(): number {
    return this.items.length;
  }
  push(value: number): void {
    const a = this.items;
    let i = a.push(value) - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (a[parent]! <= value) break;
      a[i] = a[parent]!;
      i = parent;
    }
    a[i] = value;
  }
  pop(): number {
    const a = this.items;
    const top = a[0]!;
    const last = a.pop()!;
    if (a.length) {
      let i = 0;
      for (;;) {
        let child = 2 * i + 1;
        if (child >= a.length) break;
        if (child + 1 < a.length && a[child + 1]! < a[child]!) child++;
        if (a[child]! >= last) break;
        a[i] = a[child]!;
        i = child;
      }
      a[i] = last;
    }
    return top;
  }
}

/**
 * The ids (each once) that can be ordered so every blocker comes before the
 * tasks it blocks; ties keep the order of `ids`. Ids on a cycle, and every id
 * that waits on one, are left out. Edges to ids not in `ids` are ignored.
 */
export function orderable(ids: readonly string[], edges: readonly Edge[]): string[] {
  const unique = [...new Set(ids)];
  const position = new Map(unique.map((id, i) => [id, i]));
  const dependents: number[][] = unique.map(() => []);
  const waitingOn = new Int32Array(unique.length);
  const linked = new Set<string>();
  for (const e of edges) {
    const t = position.get(e.task);
    const b = position.get(e.blocker);
    if (t === undefined || b === undefined) continue;
    const key = `${b} ${t}`;
    if (linked.has(key)) continue;
    linked.add(key);
    dependents[b]!.push(t);
    waitingOn[t]!++;
  }
  // Kahn's algorithm, always taking the earliest id (in `ids`) that is free.
  const ready = new MinHeap();
  waitingOn.forEach((n, i) => n === 0 && ready.push(i));
  const out: string[] = [];
  while (ready.size) {
    const i = ready.pop();
    out.push(unique[i]!);
    for (const d of dependents[i]!) if (--waitingOn[d]! === 0) ready.push(d);
  }
  return out;
}

/** Ids in an order where every blocker comes before the tasks it blocks; ties keep the order of `ids`. Edges to ids not in `ids` are ignored. Returns null if the edges among `ids` contain a cycle. */
export function startOrder(ids: readonly string[], edges: readonly Edge[]): string[] | null {
  const out = orderable(ids, edges);
  return out.length === new Set(ids).size ? out : null;
}

/** The blockers of `taskId` that are not finished (isDone false), in edge order, deduplicated. Closed blockers never count (a common bug elsewhere). */
export function openBlockers(taskId: string, edges: readonly Edge[], isDone: (id: string) => boolean): string[] {
  const out = new Set<string>();
  for (const e of edges) if (e.task === taskId && !out.has(e.blocker) && !isDone(e.blocker)) out.add(e.blocker);
  return [...out];
}
