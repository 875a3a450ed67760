// One way for every benchmark to state a figure: a JSON line on stdout that
// `npm run bench` picks out of the benchmark's output and sums up in a table at
// the end. A figure may carry the baseline it is measured against (a bare Zero
// mutator, a bare Express "hello") and the ratio between them, and the goal it
// must reach, so the table says at a glance what is met.
export type Figure = {
  /** Dotted and stable, e.g. "first-open.js-gzip" or "public.catalog.p99". */
  name: string;
  value: number;
  unit: 'ms' | 'KB' | 'req/s' | 'MB' | 's' | 'count' | 'ratio' | '%';
  /** What the same step costs without dot on top, measured in the same run. */
  baseline?: number;
  /** value / baseline, when there is a baseline. */
  ratio?: number;
  /** The goal, e.g. "<= 170" or ">= 2000"; the table marks it met or not. */
  goal?: string;
  /** One short line of context: data size, load, profile. */
  note?: string;
};

export const FIGURE_KEY = 'dot-bench-figure';

/** Prints one figure as one JSON line. Values are rounded to what the measurement can tell. */
export function figure(f: Figure): void {
  const round = (n: number) => (Math.abs(n) >= 100 ? Math.round(n) : Math.round(n * 100) / 100);
  const out: Figure & {[FIGURE_KEY]: 1} = {[FIGURE_KEY]: 1, ...f, value: round(f.value)};
  if (f.baseline !== undefined) {
    out.baseline = round(f.baseline);
    out.ratio = f.ratio ?? (f.baseline === 0 ? undefined : Math.round((f.value / f.baseline) * 100) / 100);
  }
  console.log(JSON.stringify(out));
}

/** The figure a line carries, if it is one. */
export function parseFigure(line: string): Figure | undefined {
  if (!line.startsWith('{') || !line.includes(FIGURE_KEY)) return undefined;
  try {
    const o = JSON.parse(line) as Figure & {[FIGURE_KEY]?: 1};
    if (o[FIGURE_KEY] !== 1) return undefined;
    delete o[FIGURE_KEY];
    return o;
  } catch {
    return undefined;
  }
}

/** Whether a value meets a goal written as "<= 170", "< 50", ">= 2000". */
export function meets(value: number, goal: string | undefined): boolean | undefined {
  const m = /^\s*(<=|>=|<|>)\s*(-?[\d.]+)/.exec(goal ?? '');
  if (!m) return undefined;
  const g = Number(m[2]);
  return m[1] === '<=' ? value <= g : m[1] === '>=' ? value >= g : m[1] === '<' ? value < g : value > g;
}

/** The short table printed after all benchmarks ran. */
export function table(figures: readonly Figure[]): string {
  const rows = figures.map((f) => {
    const ok = meets(f.value, f.goal);
    return [
      f.name,
      `${f.value} ${f.unit}`,
      f.baseline === undefined ? '' : `${f.baseline} ${f.unit}`,
      f.ratio === undefined ? '' : `×${f.ratio}`,
      f.goal ? `${f.goal} ${ok === undefined ? '' : ok ? 'met' : 'NOT MET'}` : '',
    ];
  });
  const head = ['figure', 'value', 'baseline', 'ratio', 'goal'];
  const width = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (r: string[]) =>
    r
      .map((c, i) => c.padEnd(width[i]!))
      .join('  ')
      .trimEnd();
  return [line(head), line(width.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}
