// People section (types.ts PeopleSection). Decisions the server SQL copies:
// - assigned: the period's requests (filters applied) per responsible_id
//   (requests with none are left out). closed: of those, now in a done-kind
//   status. onTime: of the closed, those with a known doneAt and no due moment
//   or doneAt <= due (request-facts.ts: due is the earliest of SLA and
//   deadline; without a doneAt, not on time).
//   returned: of the assigned, those whose stages hold a status twice.
// - reviews / ratingSum: reviews created in the period whose master_id is a
//   master linked to the member (member_id), with the responsible filter
//   applied to that member.
//   Only for who sees bookings (grants.funnelBookings): the master profiles
//   are theirs to read; the device of anyone else holds none.
// - A member gets a row when assigned or reviews is not 0.
import type {AnalyticsInput} from '../input.ts';
import type {PeopleSection, PersonRow} from '../types.ts';
import {byKey} from './figures.ts';
import type {RequestFact} from './request-facts.ts';
import {filterOf, inPeriod, type Scope} from './scope.ts';

type Row = {-readonly [K in keyof PersonRow]: PersonRow[K]};

export function peopleSection(input: AnalyticsInput, facts: readonly RequestFact[], scope: Scope): PeopleSection {
  const rows = new Map<string, Row>();
  const rowOf = (key: string) => {
    let r = rows.get(key);
    if (!r) rows.set(key, (r = {key, assigned: 0, closed: 0, onTime: 0, returned: 0, reviews: 0, ratingSum: 0}));
    return r;
  };
  for (const f of facts) {
    if (!f.row.responsible_id) continue;
    const r = rowOf(f.row.responsible_id);
    r.assigned++;
    if (f.returned) r.returned++;
    if (f.kind !== 'done') continue;
    r.closed++;
    if (f.doneAt !== null && (f.due === null || f.doneAt <= f.due)) r.onTime++;
  }
  const memberOf = new Map<string, string>();
  if (input.grants.funnelBookings) for (const m of input.masters) if (m.member_id) memberOf.set(m.id, m.member_id);
  const only = filterOf(scope.query.responsibleId);
  for (const review of input.reviews) {
    const member = review.master_id ? memberOf.get(review.master_id) : undefined;
    if (!member || (only !== undefined && member !== only) || !inPeriod(scope, review.created_at)) continue;
    const r = rowOf(member);
    r.reviews++;
    r.ratingSum += review.rating;
  }
  return {rows: [...rows.values()].sort((a, b) => b.closed - a.closed || b.assigned - a.assigned || byKey(a.key, b.key))};
}
