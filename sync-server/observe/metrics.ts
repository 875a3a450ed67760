// A small Prometheus registry: counters and histograms kept in memory, gauges
// read when /metrics is asked (queue depth, replication lag, last backup), and
// the text exposition format 0.0.4. Written here rather than prom-client: we
// need three kinds and one format, about a hundred lines, no dependency.
type Labels = Record<string, string>;

export type Sample = {labels?: Labels; value: number};
export type MetricFamily = {name: string; help: string; type: 'counter' | 'gauge' | 'histogram'; samples: Sample[] | (() => Promise<Sample[]>)};

const escapeLabel = (v: string) => v.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/"/g, '\\"');
const labelText = (labels: Labels | undefined) => {
  const entries = Object.entries(labels ?? {});
  return entries.length ? `{${entries.map(([k, v]) => `${k}="${escapeLabel(v)}"`).join(',')}}` : '';
};
const number = (v: number) => (Number.isNaN(v) ? 'NaN' : v === Infinity ? '+Inf' : v === -Infinity ? '-Inf' : String(v));
const keyOf = (labels: Labels) => JSON.stringify(Object.entries(labels).sort(([a], [b]) => (a < b ? -1 : 1)));

export class Counter {
  private readonly values = new Map<string, {labels: Labels; value: number}>();
  constructor(
    readonly name: string,
    readonly help: string,
  ) {}
  inc(labels: Labels = {}, by = 1): void {
    const key = keyOf(labels);
    const entry = this.values.get(key) ?? {labels, value: 0};
    entry.value += by;
    this.values.set(key, entry);
  }
  get(labels: Labels = {}): number {
    return this.values.get(keyOf(labels))?.value ?? 0;
  }
  family(): MetricFamily {
    return {name: this.name, help: this.help, type: 'counter', samples: [...this.values.values()].map(({labels, value}) => ({labels, value}))};
  }
}

export class Histogram {
  private readonly series = new Map<string, {labels: Labels; counts: number[]; sum: number; count: number}>();
  constructor(
    readonly name: string,
    readonly help: string,
    readonly buckets: readonly number[],
  ) {}
  observe(labels: Labels, value: number): void {
    const key = keyOf(labels);
    let s = this.series.get(key);
    if (!s) this.series.set(key, (s = {labels, counts: this.buckets.map(() => 0), sum: 0, count: 0}));
    this.buckets.forEach((le, i) => {
      if (value <= le) s.counts[i]! += 1;
    });
    s.sum += value;
    s.count += 1;
  }
  family(): MetricFamily {
    const samples: Sample[] = [];
    for (const s of this.series.values()) {
      this.buckets.forEach((le, i) => samples.push({labels: {...s.labels, le: number(le)}, value: s.counts[i]!}));
      samples.push({labels: {...s.labels, le: '+Inf'}, value: s.count});
      samples.push({labels: {...s.labels, __suffix: '_sum'}, value: s.sum});
      samples.push({labels: {...s.labels, __suffix: '_count'}, value: s.count});
    }
    return {name: this.name, help: this.help, type: 'histogram', samples};
  }
}

/** The exposition text of the given families; a family whose reading fails is left out (and says why in a comment). */
export async function exposition(families: readonly MetricFamily[]): Promise<string> {
  const out: string[] = [];
  for (const f of families) {
    let samples: Sample[];
    try {
      samples = typeof f.samples === 'function' ? await f.samples() : f.samples;
    } catch (e) {
      out.push(`# ${f.name} unavailable: ${(e as Error).message.replace(/\n/g, ' ')}`);
      continue;
    }
    out.push(`# HELP ${f.name} ${f.help.replace(/\\/g, '\\\\').replace(/\n/g, '\\n')}`, `# TYPE ${f.name} ${f.type}`);
    for (const {labels, value} of samples) {
      const {__suffix, ...rest} = labels ?? {};
      const suffix = __suffix ?? (f.type === 'histogram' ? '_bucket' : '');
      out.push(`${f.name}${suffix}${labelText(rest)} ${number(value)}`);
    }
  }
  return out.join('\n') + '\n';
}
