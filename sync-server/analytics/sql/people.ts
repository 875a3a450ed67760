// Executor rating in SQL: per responsible member, the period's requests they
// hold, done now, done on time, returned (a status entered twice), and the
// reviews of the master profile linked to them.
import type {AnalyticsGrants} from '#shared/analytics/access.ts';
import type {PeopleSection, PersonRow} from '#shared/analytics/types.ts';
import {baseParams, big, byKey, requestsCte, type Scope} from './common.ts';

export async function peopleSection(s: Scope, grants: AnalyticsGrants): Promise<PeopleSection> {
  const params = baseParams(s);
  const cte = requestsCte(s, params);
  // On time: done no later than every due moment it has (sla_due_at and deadline; none: on time).
  // The moment it was done: when it entered its status the last time, status_since (see requestsCte).
  type Held = {key: string; assigned: string; closed: string; on_time: string};
  const [held, returned] = await Promise.all([
    big<Held>(
      s.pool,
      `with ${cte}
       select r.responsible_id as key, count(*) as assigned,
              count(*) filter (where r.kind = 'done') as closed,
              count(*) filter (where r.kind = 'done' and (least(r.sla_due_at, r.deadline) is null or r.status_since <= least(r.sla_due_at, r.deadline))) as on_time
         from r where r.responsible_id is not null group by 1`,
      params,
    ),
    // Returned: a request with a status among its stages twice or more.
    big<{key: string; n: string}>(
      s.pool,
      `with ${cte}
       select key, count(distinct request_id) as n from (
         select r.responsible_id as key, st.request_id from request_stage st join r on r.id = st.request_id
          where st.company_id = $1 and r.responsible_id is not null group by 1, 2, st.status having count(*) > 1) x
        group by 1`,
      params,
    ),
  ]);
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
          [s.companyId, new Date(s.start).toISOString(), new Date(s.end).toISOString(), ...(s.filters.responsibleId !== undefined ? [s.filters.responsibleId] : [])],
        )
      ).rows
    : [];
  const rows = new Map<string, PersonRow>();
  const rowOf = (key: string) => rows.get(key) ?? {key, assigned: 0, closed: 0, onTime: 0, returned: 0, reviews: 0, ratingSum: 0};
  for (const h of held) {
    rows.set(h.key, {...rowOf(h.key), assigned: Number(h.assigned), closed: Number(h.closed), onTime: Number(h.on_time)});
  }
  for (const r of returned) {
    rows.set(r.key, {...rowOf(r.key), returned: Number(r.n)});
  }
  for (const r of reviews) rows.set(r.key, {...rowOf(r.key), reviews: Number(r.n), ratingSum: Number(r.sum)});
  return {rows: [...rows.values()].sort((a, b) => b.closed - a.closed || b.assigned - a.assigned || byKey(a.key, b.key))};
}
