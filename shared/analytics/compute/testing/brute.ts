// The plainest way to say each rule, for the tests' brute-force figures: no
// precomputed midnights, no maps, no shared code with compute/ — a record is
// in the period when dayOf(its moment) is between from and to; a median is the
// smallest value that at least half the values do not exceed.
import {dayOf} from '../../../booking/zone.ts';
import {statusOf} from '../../../workflow/engine.ts';
import {DEFAULT_WORKFLOW} from '../../../workflow/resolve.ts';
import {workflowSchema, type StatusKind} from '../../../workflow/types.ts';
import type {Count, DashboardQuery, Duration} from '../../types.ts';
import type {AnalyticsCase} from './arbitrary.ts';

export function inPeriodOf(c: AnalyticsCase): (ms: number) => boolean {
  return (ms) => {
    const day = dayOf(ms, c.input.timeZone);
    return day >= c.query.from && day <= c.query.to;
  };
}

export function set(q: DashboardQuery, key: 'branch' | 'project' | 'typeId' | 'responsibleId'): string | null {
  const v = q[key];
  return v === undefined || v === '' ? null : v;
}

export function kindRef(c: AnalyticsCase, typeId: string | null | undefined, status: string): StatusKind {
  const type = c.input.types.find((t) => t.id === typeId);
  const parsed = type ? workflowSchema.safeParse(type.workflow) : undefined;
  const workflow = parsed?.success ? parsed.data : DEFAULT_WORKFLOW;
  return statusOf(workflow, status)?.kind ?? 'open';
}

export function medianRef(xs: readonly number[]): number {
  const candidates = xs.filter((x) => xs.filter((y) => y <= x).length >= xs.length / 2);
  return candidates.length ? Math.min(...candidates) : 0;
}

export function durationRef(xs: readonly number[]): Duration {
  const ms = xs.map((x) => (x < 0 ? 0 : x));
  return {n: ms.length, totalMs: ms.reduce((a, b) => a + b, 0), medianMs: medianRef(ms)};
}

const order = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** How many of `keys` are each distinct key, most first, then by key. */
export function tally(keys: readonly string[]): Count[] {
  return [...new Set(keys)].map((key) => ({key, count: keys.filter((k) => k === key).length})).sort((a, b) => b.count - a.count || order(a.key, b.key));
}

/** Sort rows by numeric fields (most first), then by a string field ascending. */
export function sortedBy<T>(rows: T[], desc: readonly (keyof T)[], key: keyof T): T[] {
  return rows.sort((a, b) => {
    for (const f of desc) if (a[f] !== b[f]) return (b[f] as number) - (a[f] as number);
    return order(a[key] as string, b[key] as string);
  });
}
