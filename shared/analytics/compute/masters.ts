// Which booking masters a dashboard counts: all of them, or with the
// "responsible" filter only the master profiles linked to that member.
import type {AnalyticsInput} from '../input.ts';
import {filterOf, type Scope} from './scope.ts';

/** The ids of the masters linked to the filtered member, or undefined when there is no such filter. */
export function masterFilter(input: AnalyticsInput, scope: Scope): ReadonlySet<string> | undefined {
  const member = filterOf(scope.query.responsibleId);
  if (member === undefined) return undefined;
  return new Set(input.masters.filter((m) => m.member_id === member).map((m) => m.id));
}

export function countsMaster(filter: ReadonlySet<string> | undefined, masterId: string): boolean {
  return filter === undefined || filter.has(masterId);
}
