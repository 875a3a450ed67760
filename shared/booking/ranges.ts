// Half-open time ranges [start, end) in epoch ms, and the two operations the
// slot pipeline needs: merge (union) and subtract. Inputs need not be sorted;
// outputs are sorted, disjoint and non-empty.
export type Range = {start: number; end: number};

export function mergeRanges(ranges: readonly Range[]): Range[] {
  const sorted = ranges.filter((r) => r.end > r.start).sort((a, b) => a.start - b.start);
  const out: Range[] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
    else out.push({start: r.start, end: r.end});
  }
  return out;
}

/** `from` minus every range of `minus`. Linear after sorting. */
export function subtractRanges(from: readonly Range[], minus: readonly Range[]): Range[] {
  const base = mergeRanges(from);
  const cut = mergeRanges(minus);
  const out: Range[] = [];
  let j = 0;
  for (const r of base) {
    let start = r.start;
    while (j < cut.length && cut[j]!.end <= start) j++;
    let k = j;
    while (k < cut.length && cut[k]!.start < r.end) {
      const c = cut[k]!;
      if (c.start > start) out.push({start, end: c.start});
      start = Math.max(start, c.end);
      if (c.end > r.end) break;
      k++;
    }
    if (start < r.end) out.push({start, end: r.end});
  }
  return out;
}

export function overlaps(a: Range, b: Range): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Clip ranges to a window. */
export function clipRanges(ranges: readonly Range[], window: Range): Range[] {
  return ranges.map((r) => ({start: Math.max(r.start, window.start), end: Math.min(r.end, window.end)})).filter((r) => r.end > r.start);
}
