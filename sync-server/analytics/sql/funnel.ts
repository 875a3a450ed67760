// The funnel in SQL: per source tag, page views and unique visitors (the
// site's daily counters), who wrote (requests, and messenger conversations for
// who reads the inbox), who booked, came and came again (for who sees
// bookings). Only the period filters: a visitor has no type or branch.
import type {AnalyticsGrants} from '#shared/analytics/access.ts';
import type {FunnelRow, FunnelSection} from '#shared/analytics/types.ts';
import {byKey, countsOf, iso, type Scope} from './common.ts';

export async function funnelSection(s: Scope, grants: AnalyticsGrants): Promise<FunnelSection> {
  const days = [s.companyId, s.query.from, s.query.to];
  const moments = [s.companyId, iso(s.start), iso(s.end), iso(s.now)];
  const none = Promise.resolve({rows: [] as {source: string; n: string}[]});
  const [stats, pages, items, requests, chats, booked] = await Promise.all([
    s.pool.query<{source: string; kind: string; n: string}>(
      `select source, kind, sum(count) as n from site_stat
        where company_id = $1 and day between $2 and $3 and kind in ('view', 'visitor') group by 1, 2`,
      days,
    ),
    s.pool.query<{key: string; views: string; requests: string}>(
      `select page as key, coalesce(sum(count) filter (where kind = 'view'), 0) as views, coalesce(sum(count) filter (where kind = 'request'), 0) as requests
         from site_stat where company_id = $1 and day between $2 and $3 and kind in ('view', 'request') group by 1`,
      days,
    ),
    s.pool.query<{key: string; count: string}>(
      `select ref_id as key, sum(count) as count from site_stat
        where company_id = $1 and day between $2 and $3 and kind = 'view' and page = 'item' and ref_id <> '' group by 1`,
      days,
    ),
    // Requests reach the device only with requests.read: without it, as there, they are not counted.
    grants.sections.includes('requests')
      ? s.pool.query<{source: string; n: string}>(
          // The daily rollup (0702), refreshed before the dashboard is read.
          'select source, sum(n) as n from analytics_request_day where company_id = $1 and day between $2 and $3 group by 1',
          days,
        )
      : none,
    grants.funnelChats
      ? s.pool.query<{source: string; n: string}>(
          'select source, count(*) as n from conversation where company_id = $1 and created_at >= $2::timestamptz and created_at < $3::timestamptz group by 1',
          moments.slice(0, 3),
        )
      : none,
    // Came: confirmed and ended by now. Again: the same client has a later visit (by start) that came too.
    grants.funnelBookings
      ? s.pool.query<{source: string; booked: string; came: string; again: string}>(
          `select b.source, count(*) as booked,
                  count(*) filter (where b.status = 'confirmed' and b.ends_at <= $4::timestamptz) as came,
                  count(*) filter (where b.status = 'confirmed' and b.ends_at <= $4::timestamptz and b.client_id is not null and exists (
                    select 1 from booking l where l.company_id = $1 and l.client_id = b.client_id and l.kind = 'visit'
                       and l.status = 'confirmed' and l.ends_at <= $4::timestamptz and l.starts_at > b.starts_at)) as again
             from booking b
            where b.company_id = $1 and b.kind = 'visit' and b.created_at >= $2::timestamptz and b.created_at < $3::timestamptz
            group by 1`,
          moments,
        )
      : Promise.resolve({rows: [] as {source: string; booked: string; came: string; again: string}[]}),
  ]);
  const rows = new Map<string, {-readonly [K in keyof FunnelRow]: FunnelRow[K]}>();
  const rowOf = (source: string) => {
    let r = rows.get(source);
    if (!r) rows.set(source, (r = {source, views: 0, visitors: 0, wrote: 0, booked: 0, came: 0, cameAgain: 0}));
    return r;
  };
  for (const st of stats.rows) rowOf(st.source)[st.kind === 'view' ? 'views' : 'visitors'] += Number(st.n);
  for (const w of [...requests.rows, ...chats.rows]) rowOf(w.source).wrote += Number(w.n);
  for (const b of booked.rows) Object.assign(rowOf(b.source), {booked: Number(b.booked), came: Number(b.came), cameAgain: Number(b.again)});
  return {
    rows: [...rows.values()]
      .filter((r) => r.views || r.visitors || r.wrote || r.booked)
      .sort((a, b) => b.views - a.views || b.wrote - a.wrote || b.booked - a.booked || byKey(a.source, b.source)),
    pages: pages.rows
      .map((p) => ({key: p.key, views: Number(p.views), requests: Number(p.requests)}))
      .filter((p) => p.views || p.requests)
      .sort((a, b) => b.views - a.views || byKey(a.key, b.key)),
    items: countsOf(items.rows),
  };
}
