// What every section shares: the period as moments, the local days it has,
// and the filters. Decisions the server SQL copies:
// - The period is [rangeOf(query).start, end) in the company zone; a moment
//   belongs to a day when it is on or after that day's local midnight and
//   before the next one (binary search over the days' midnights, the same as
//   dayOf, without an Intl call per row).
// - A filter applies only to the records that carry its dimension: branch to a
//   request's department and an invoice's or a budget line's branch; project
//   to invoices and budget lines; typeId to requests (an empty string means
//   "no filter" for every field, as the screen's "all" sends it); responsibleId to a request's responsible, a task's
//   assignee, and the bookings and reviews of the master profiles linked to
//   that member. Bookings ignore branch, project and type (they have none).
// - Keys sort ascending by UTF-16 code unit (JS `<`; SQL `collate "C"`).
import {daysOf, rangeOf} from '../period.ts';
import type {DashboardQuery} from '../types.ts';
import {addDays, localToUtc} from '../../booking/zone.ts';

export type Scope = {
  readonly query: DashboardQuery;
  readonly timeZone: string;
  readonly now: number;
  readonly start: number;
  readonly end: number;
  /** The period's days, in order, and their local midnights (one more than days: the end). */
  readonly days: readonly string[];
  readonly midnights: readonly number[];
};

export function scopeOf(query: DashboardQuery, timeZone: string, now: number): Scope {
  const {start, end} = rangeOf(query, timeZone);
  const days = daysOf(query);
  const midnights = days.map((d) => localToUtc(d, 0, timeZone));
  midnights.push(localToUtc(addDays(query.to, 1), 0, timeZone));
  return {query, timeZone, now, start, end, days, midnights};
}

export function inPeriod(scope: Scope, ms: number): boolean {
  return ms >= scope.start && ms < scope.end;
}

/** The index in scope.days of the day a moment of the period falls on (−1 outside). */
export function dayIndex(scope: Scope, ms: number): number {
  if (!inPeriod(scope, ms)) return -1;
  const m = scope.midnights;
  let lo = 0;
  let hi = m.length - 2;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (m[mid]! <= ms) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** A filter's value, or undefined when it is not set ("" counts as not set). */
export function filterOf(value: string | undefined): string | undefined {
  return value ? value : undefined;
}

/** The earliest of a request's due moments (SLA, deadline), or null when it has neither. */
export function dueOf(r: {readonly sla_due_at?: number | null | undefined; readonly deadline?: number | null | undefined}): number | null {
  const a = r.sla_due_at ?? null;
  const b = r.deadline ?? null;
  if (a === null) return b;
  if (b === null) return a;
  return Math.min(a, b);
}
