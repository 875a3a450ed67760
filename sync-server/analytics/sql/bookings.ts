// Bookings in SQL (visits, cancellations, no-shows, revenue per master and per
// service), with occupancy's open minutes computed by the booking module's own
// schedule code: a company has a few masters and places, so their rows are
// loaded and the device's own openMinutes (compute/bookings.ts, over
// shared/booking/working-ranges.ts, what slots use) counts them.
import type {BookingsSection, MasterRow} from '#shared/analytics/types.ts';
import {openMinutes} from '#shared/analytics/compute/index.ts';
import {byKey, countsOf, iso, ms, type Scope} from './common.ts';

export async function bookingsSection(s: Scope): Promise<BookingsSection> {
  const params: unknown[] = [s.companyId, iso(s.start), iso(s.end), iso(s.now)];
  let who = '';
  if (s.filters.responsibleId !== undefined) {
    params.push(s.filters.responsibleId);
    who = `and m.member_id = $5`;
  }
  const visits = `from booking b join booking_master m on m.id = b.master_id
    where b.company_id = $1 and b.kind = 'visit' and b.starts_at >= $2::timestamptz and b.starts_at < $3::timestamptz and $4::timestamptz is not null ${who}`;
  const [perMaster, perService, masters, places, exceptions] = await Promise.all([
    // A visit's minutes: its length floored to whole minutes, summed.
    s.pool.query<{key: string; visits: string; cancelled: string; no_show: string; booked: string; revenue: string}>(
      `select b.master_id as key, count(*) as visits,
              count(*) filter (where b.status = 'cancelled') as cancelled,
              count(*) filter (where b.status = 'no_show') as no_show,
              coalesce(sum(floor((${ms('b.ends_at')} - ${ms('b.starts_at')}) / 60000)) filter (where b.status <> 'cancelled'), 0) as booked,
              coalesce(sum(coalesce(b.price, 0)) filter (where b.status = 'confirmed' and b.ends_at <= $4::timestamptz), 0) as revenue
         ${visits} group by 1`,
      params,
    ),
    s.pool.query<{key: string; count: string}>(`select coalesce(b.service_id, b.service_title) as key, count(*) ${visits} group by 1`, params),
    s.pool.query<{id: string}>(`select m.id from booking_master m where m.company_id = $1 ${who.replace('$5', '$2')}`, params.length > 4 ? [s.companyId, s.filters.responsibleId] : [s.companyId]),
    s.pool.query<{id: string; master_id: string; hours: unknown; timezone: string}>('select id, master_id, hours, timezone from booking_place where company_id = $1 and archived_at is null', [s.companyId]),
    s.pool.query<{place_id: string; day: string; open: boolean; intervals: unknown}>('select place_id, day, open, intervals from booking_exception where company_id = $1', [s.companyId]),
  ]);
  const window = {start: s.start, end: s.end};
  const rows = new Map<string, MasterRow>();
  for (const m of masters.rows) {
    const own = places.rows.filter((p) => p.master_id === m.id).map((p) => ({...p, exceptions: exceptions.rows.filter((e) => e.place_id === p.id)}));
    const openMin = openMinutes({id: m.id, places: own}, s.query.from, s.query.to, window);
    rows.set(m.id, {key: m.id, openMin, bookedMin: 0, visits: 0, cancelled: 0, noShow: 0, revenue: 0});
  }
  for (const r of perMaster.rows) {
    const base = rows.get(r.key) ?? {key: r.key, openMin: 0, bookedMin: 0, visits: 0, cancelled: 0, noShow: 0, revenue: 0};
    rows.set(r.key, {...base, bookedMin: Number(r.booked), visits: Number(r.visits), cancelled: Number(r.cancelled), noShow: Number(r.no_show), revenue: Number(r.revenue)});
  }
  // A master with no open minutes and no visits says nothing: left out.
  const list = [...rows.values()].filter((r) => r.openMin || r.visits).sort((a, b) => b.revenue - a.revenue || b.visits - a.visits || byKey(a.key, b.key));
  const sum = (k: 'visits' | 'cancelled' | 'noShow' | 'revenue') => list.reduce((a, r) => a + r[k], 0);
  return {visits: sum('visits'), cancelled: sum('cancelled'), noShow: sum('noShow'), revenue: sum('revenue'), masters: list, services: countsOf(perService.rows)};
}
