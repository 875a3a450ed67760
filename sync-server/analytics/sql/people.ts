// Executor rating in SQL: per responsible member, the period's requests they
// hold, done now, done on time, returned (a status entered twice), and the
// reviews of the master profile linked to them.
import type {AnalyticsGrants} from '#shared/analytics/access.ts';
import type {PeopleSection, PersonRow} from '#shared/analytics/types.ts';
import {big, byKey, rollupCte, rollupParams, type Scope} from './common.ts';

export async function peopleSection(s: Scope, grants: AnalyticsGrants): Promise<PeopleSection> {
  // From the daily rollup (0702), which counts per row: on time (done no later
  // than every due moment it has; none: on time; done when it entered its
  // status the last time, status_since) and returned (a status among its
  // stages twice or more); "done" is the kind now, joined here.
  const params = rollupParams(s);
  const cte = rollupCte(s, params);
  const held = await big<{key: string; assigned: string; closed: string; on_time: string; returned: string}>(
    s.pool,
    `with ${cte}
     select d.responsible_id as key, sum(d.n) as assigned,
            coalesce(sum(d.n) filter (where d.kind = 'done'), 0) as closed,
            coalesce(sum(d.on_time) filter (where d.kind = 'done'), 0) as on_time,
            sum(d.returned) as returned
       from d where d.responsible_id is not null group by 1`,
    params,
  );
  // Reviews reach a member through their master profile, which the device only
  // holds with booking.manage: without it, as there, no reviews are counted.
  const reviews = grants.funnelBookings
    ? (
        await s.pool.query<{key: string; n: string; sum: string}>(
          `select m.member_id as key, count(*) as n, sum(v.rating) as sum
             from review v join booking_master m on m.id = v.master_id
            where v.company_id = $1 and v.created_at >= $2::timestamptz and v.created_at < $3::timestamptz
              ${s.filters.responsibleId !== undefined ? 'and m.member_id = $4' : ''}
            group by 1`,
          [
            s.companyId,
            new Date(s.start).toISOString(),
            new Date(s.end).toISOString(),
            ...(s.filters.responsibleId !== undefined ? [s.filters.responsibleId] : []),
          ],
        )
      ).rows
    : [];
  const rows = new Map<string, PersonRow>();
  const rowOf = (key: string) => rows.get(key) ?? {key, assigned: 0, closed: 0, onTime: 0, returned: 0, reviews: 0, ratingSum: 0};
  for (const h of held) {
    rows.set(h.key, {...rowOf(h.key), assigned: Number(h.assigned), closed: Number(h.closed), onTime: Number(h.on_time), returned: Number(h.returned)});
  }
  for (const r of reviews) rows.set(r.key, {...rowOf(r.key), reviews: Number(r.n), ratingSum: Number(r.sum)});
  return {rows: [...rows.values()].sort((a, b) => b.closed - a.closed || b.assigned - a.assigned || byKey(a.key, b.key))};
}
