// A company's page: the same figures over the last 12 weeks (Monday to Sunday
// in the company's time zone, oldest first, this week last). activeMembers are
// the members who changed something that week (the company's audit log names
// the member behind every write, from any device or the API).
import type pg from 'pg';
import {z} from 'zod';

export const WEEKS = 12;

export const weekRow = z.object({weekStart: z.string(), requests: z.number(), bookings: z.number(), messages: z.number(), activeMembers: z.number()});
export type WeekRow = z.infer<typeof weekRow>;

export async function companyWeeks(db: pg.Pool | pg.PoolClient, companyId: string, timezone: string, nowMs: number): Promise<WeekRow[]> {
  const {rows} = await db.query<{week_start: string; requests: number; bookings: number; messages: number; active_members: number}>(
    `with w as (
       select d as local_start, d at time zone $2 as starts, (d + interval '1 week') at time zone $2 as ends
         from generate_series(date_trunc('week', to_timestamp($3::double precision / 1000) at time zone $2) - make_interval(weeks => $4 - 1),
                              date_trunc('week', to_timestamp($3::double precision / 1000) at time zone $2), interval '1 week') d
     )
     select to_char(w.local_start, 'YYYY-MM-DD') as week_start,
            (select count(*) from request r where r.company_id = $1 and r.created_at >= w.starts and r.created_at < w.ends)::int as requests,
            (select count(*) from booking b
              where b.company_id = $1 and b.kind = 'visit' and b.created_at >= w.starts and b.created_at < w.ends)::int as bookings,
            (select count(*) from chat_message cm
              where cm.company_id = $1 and cm.direction = 'out' and cm.status in ('sent', 'delivered', 'read')
                and cm.created_at >= w.starts and cm.created_at < w.ends)::int as messages,
            (select count(distinct a.actor_id) from audit_log a join member m on m.id = a.actor_id and m.company_id = $1
              where a.company_id = $1 and a.created_at >= w.starts and a.created_at < w.ends)::int as active_members
       from w order by w.local_start`,
    [companyId, timezone, nowMs, WEEKS],
  );
  return rows.map((r) => ({weekStart: r.week_start, requests: r.requests, bookings: r.bookings, messages: r.messages, activeMembers: r.active_members}));
}
