// A strict reader of the Prometheus text format (0.0.4), for tests: every
// sample line must belong to a family declared by # TYPE before it, names and
// labels must be well formed, values numbers; histograms must be cumulative
// with +Inf equal to _count. Throws naming the line that is wrong.
export type ParsedSample = {name: string; labels: Record<string, string>; value: number};
export type Parsed = {types: Map<string, string>; samples: ParsedSample[]};

const NAME = /^[a-zA-Z_:][a-zA-Z0-9_:]*$/;
const SAMPLE = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(\{(.*)\})?\s+(\S+)(\s+-?\d+)?$/;
const LABEL = /\s*([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)"\s*(,|$)/y;

function labelsOf(text: string, line: string): Record<string, string> {
  const out: Record<string, string> = {};
  LABEL.lastIndex = 0;
  while (LABEL.lastIndex < text.length) {
    const m = LABEL.exec(text);
    if (!m) throw new Error(`bad labels: ${line}`);
    out[m[1]!] = m[2]!.replace(/\\n/g, '\n').replace(/\\"/g, '"').replace(/\\\\/g, '\\');
  }
  return out;
}

export function parsePrometheus(text: string): Parsed {
  const types = new Map<string, string>();
  const samples: ParsedSample[] = [];
  if (!text.endsWith('\n')) throw new Error('the exposition must end with a newline');
  for (const line of text.split('\n')) {
    if (line === '') continue;
    if (line.startsWith('# TYPE ')) {
      const [name, type] = line.slice(7).split(' ');
      if (!NAME.test(name ?? '') || !['counter', 'gauge', 'histogram', 'summary', 'untyped'].includes(type ?? '')) throw new Error(`bad TYPE: ${line}`);
      if (types.has(name!)) throw new Error(`TYPE twice: ${line}`);
      types.set(name!, type!);
      continue;
    }
    if (line.startsWith('#')) continue;
    const m = SAMPLE.exec(line);
    if (!m) throw new Error(`bad sample: ${line}`);
    const value = Number(m[4] === '+Inf' ? Infinity : m[4] === '-Inf' ? -Infinity : m[4]);
    if (Number.isNaN(value) && m[4] !== 'NaN') throw new Error(`bad value: ${line}`);
    const name = m[1]!;
    const family = [name, name.replace(/_(bucket|sum|count)$/, '')].find((n) => types.has(n));
    if (!family) throw new Error(`sample without a TYPE before it: ${line}`);
    samples.push({name, labels: m[3] ? labelsOf(m[3], line) : {}, value});
  }
  for (const [family, type] of types) {
    if (type !== 'histogram') continue;
    const series = new Map<string, ParsedSample[]>();
    for (const s of samples.filter((x) => x.name === `${family}_bucket`)) {
      const {le: _le, ...rest} = s.labels;
      const key = JSON.stringify(rest);
      series.set(key, [...(series.get(key) ?? []), s]);
    }
    for (const [key, buckets] of series) {
      for (let i = 1; i < buckets.length; i++) if (buckets[i]!.value < buckets[i - 1]!.value) throw new Error(`${family}${key}: buckets not cumulative`);
      const inf = buckets.find((b) => b.labels.le === '+Inf');
      const count = samples.find((x) => x.name === `${family}_count` && JSON.stringify(x.labels) === key);
      if (!inf || !count || inf.value !== count.value) throw new Error(`${family}${key}: +Inf bucket and _count disagree`);
    }
  }
  return {types, samples};
}
