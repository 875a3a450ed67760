// Drag order without renumbering: every row has a floating position and a row
// dropped between two others takes the midpoint, so a move is one write to one
// row (which syncs and merges cleanly). When two neighbours get too close for
// a midpoint to fit, the list is spread out again (renumber) in one write.
export const POSITION_STEP = 1024;

/** A position strictly between `before` and `after` (either may be absent), or null when none fits. */
export function positionBetween(before: number | undefined, after: number | undefined): number | null {
  if (before === undefined && after === undefined) return POSITION_STEP;
  if (before === undefined) return after! - POSITION_STEP;
  if (after === undefined) return before + POSITION_STEP;
  const mid = before + (after - before) / 2;
  return mid > before && mid < after ? mid : null;
}

/** Evenly spaced positions for n rows: the "renumber" fallback. */
export function spreadPositions(n: number): number[] {
  return Array.from({length: n}, (_, i) => (i + 1) * POSITION_STEP);
}

export type Positioned = {id: string; position: number};

/**
 * The writes that move `id` to index `to` of the list as the user sees it
 * (sorted by position): usually one row, or every row when the gap is used up.
 */
export function moveWrites(rows: readonly Positioned[], id: string, to: number): Positioned[] {
  const sorted = [...rows].sort((a, b) => a.position - b.position);
  const from = sorted.findIndex((r) => r.id === id);
  if (from < 0) return [];
  const without = sorted.filter((r) => r.id !== id);
  const index = Math.max(0, Math.min(to, without.length));
  if (index === from) return [];
  const p = positionBetween(without[index - 1]?.position, without[index]?.position);
  if (p !== null) return [{id, position: p}];
  const order = [...without.slice(0, index), sorted[from]!, ...without.slice(index)];
  const spread = spreadPositions(order.length);
  return order.map((r, i) => ({id: r.id, position: spread[i]!})).filter((r, i) => order[i]!.position !== r.position || r.id === id);
}

/** The position for a new row at the end of a list. */
export function positionAfterLast(rows: readonly {position: number}[]): number {
  return rows.length ? Math.max(...rows.map((r) => r.position)) + POSITION_STEP : POSITION_STEP;
}
