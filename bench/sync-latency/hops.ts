// Lines up one write's timestamps from every place it passes (the writing
// device's page, our push endpoint's trace lines, the receiving device) into
// hops, and prints them as figures.
import {figure} from '../report.ts';

/** One mutation as our push endpoint saw it (sync-server/zero/trace.ts). */
export type Trace = {name: string; id?: string; opId?: string; in: number; auth: number; tx: number; done: number; commit: number};

export function parseTraces(output: string): Trace[] {
  const out: Trace[] = [];
  for (const line of output.split('\n')) {
    const at = line.indexOf('dot-sync-trace ');
    if (at < 0) continue;
    try {
      out.push(JSON.parse(line.slice(at + 'dot-sync-trace '.length)) as Trace);
    } catch {
      // a line cut by another process's output: skipped
    }
  }
  return out;
}

/** The first trace of this mutator on this record that arrived after t0. */
export function traceOf(traces: readonly Trace[], name: string, id: string, t0: number): Trace | undefined {
  return traces.find((t) => t.name === name && t.id === id && t.in >= t0 - 5);
}

/** A sample's timestamps (wall-clock ms); a missing one leaves its hops out. */
export type Sample = {t0: number; pushed?: number; trace?: Trace; poked?: number; painted: number};

export const HOPS = ['device', 'to-api', 'auth', 'tx-open', 'mutator', 'commit', 'replicate-to-poke', 'poke-to-paint'] as const;
export type Hop = (typeof HOPS)[number];

/** device: click → push frame sent; to-api: → our endpoint; auth → tx → mutator → commit; → poke frame on the other device; → its paint. */
export function hopsOf(s: Sample): Partial<Record<Hop, number>> {
  const h: Partial<Record<Hop, number>> = {};
  if (s.pushed !== undefined) h.device = s.pushed - s.t0;
  const t = s.trace;
  if (t) {
    if (s.pushed !== undefined) h['to-api'] = t.in - s.pushed;
    h.auth = t.auth - t.in;
    h['tx-open'] = t.tx - t.auth;
    h.mutator = t.done - t.tx;
    h.commit = t.commit - t.done;
    if (s.poked !== undefined) h['replicate-to-poke'] = s.poked - t.commit;
  }
  if (s.poked !== undefined) h['poke-to-paint'] = s.painted - s.poked;
  return h;
}

export function pct(values: readonly number[], p: number): number {
  const s = [...values].sort((a, b) => a - b);
  if (!s.length) return NaN;
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(p * s.length) - 1))]!;
}

/** sync.hop.<name>.p50 (or `prefix`), with the bare Zero's same hop as the baseline where it has one. */
export function printHops(prefix: string, samples: readonly Sample[], baseline?: readonly Sample[]): void {
  const med = (list: readonly Sample[], hop: Hop) => {
    const v = list.map((s) => hopsOf(s)[hop]).filter((x): x is number => x !== undefined);
    return v.length ? pct(v, 0.5) : undefined;
  };
  for (const hop of HOPS) {
    const value = med(samples, hop);
    if (value === undefined) continue;
    const base = baseline && med(baseline, hop);
    figure({name: `${prefix}.${hop}.p50`, value, unit: 'ms', ...(base !== undefined && base > 0 && {baseline: base}), note: `n=${samples.length}`});
  }
}
