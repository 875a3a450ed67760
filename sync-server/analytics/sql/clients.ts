// New and repeat clients in SQL: distinct clients of the period's requests
// (filters applied) and visit bookings (any status; the responsible filter is
// the master's member — branch and type do not apply to bookings), each side
// only for who may read it, as the device holds them.
import type {AnalyticsGrants} from '#shared/analytics/access.ts';
import type {ClientsSection} from '#shared/analytics/types.ts';
import {baseParams, requestsCte, type Scope} from './common.ts';

export async function clientsSection(s: Scope, grants: AnalyticsGrants): Promise<ClientsSection> {
  const params = baseParams(s);
  const cte = requestsCte(s, params);
  const parts: string[] = [];
  if (grants.sections.includes('requests')) parts.push('select r.client_id as id from r where r.client_id is not null');
  if (grants.funnelBookings) {
    let who = '';
    if (s.filters.responsibleId !== undefined) {
      params.push(s.filters.responsibleId);
      who = `and b.master_id in (select id from booking_master where company_id = $1 and member_id = $${params.length})`;
    }
    parts.push(`select b.client_id as id from booking b
      where b.company_id = $1 and b.kind = 'visit' and b.client_id is not null
        and b.starts_at >= $2::timestamptz and b.starts_at < $3::timestamptz ${who}`);
  }
  if (!parts.length) return {active: 0, new: 0, repeat: 0};
  const {rows} = await s.pool.query<{active: string; fresh: string}>(
    `with ${cte}, a as (select distinct id from (${parts.join(' union all ')}) x)
     select count(*) as active,
            count(*) filter (where exists (select 1 from client c where c.id = a.id and c.company_id = $1
                                             and c.created_at >= $2::timestamptz and c.created_at < $3::timestamptz)) as fresh
       from a`,
    params,
  );
  const active = Number(rows[0]?.active ?? 0);
  const fresh = Number(rows[0]?.fresh ?? 0);
  return {active, new: fresh, repeat: active - fresh};
}
