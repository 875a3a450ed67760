// A company as the console lists it: its account with the platform (status,
// why, plan, paid/trial until) and its activity, all in one query so a list of
// hundreds of companies is one round trip. What each figure counts:
//   members         active members (people who can sign in or be booked);
//   lastActivityAt  the latest moment any of its sessions or API keys was seen;
//   requestsWeek    requests created in the last 7 days;
//   bookingsWeek    visits booked (created, not taking place) in the last 7 days;
//   storageBytes    the size of every file it holds;
//   messagesMonth   messages it sent to clients through messengers since the
//                   start of this month in the company's time zone.
import type pg from 'pg';
import {z} from 'zod';
import type {Locale} from '#shared/i18n/locales.ts';

export const COMPANY_SORTS = ['name', 'created', 'activity', 'requests', 'bookings', 'storage', 'messages', 'members'] as const;
export type CompanySort = (typeof COMPANY_SORTS)[number];

const SORT_COLUMN: Record<CompanySort, string> = {
  name: 'lower(name)',
  created: 'created_at',
  activity: 'last_activity_at',
  requests: 'requests_week',
  bookings: 'bookings_week',
  storage: 'storage_bytes',
  messages: 'messages_month',
  members: 'members',
};

export const companyRow = z.object({
  id: z.string(),
  slug: z.string(),
  name: z.string(),
  status: z.string(),
  statusReason: z.string().nullable(),
  plan: z.object({key: z.string(), name: z.string()}),
  paidUntil: z.number().nullable(),
  trialUntil: z.number().nullable(),
  createdAt: z.number(),
  members: z.number(),
  lastActivityAt: z.number().nullable(),
  requestsWeek: z.number(),
  bookingsWeek: z.number(),
  storageBytes: z.number(),
  messagesMonth: z.number(),
});
export type CompanyRow = z.infer<typeof companyRow>;

export type CompanyFilter = {q?: string; status?: string; id?: string; sort?: CompanySort; dir?: 'asc' | 'desc'; limit?: number};

type Row = {
  id: string;
  slug: string;
  name: string;
  status: string;
  status_reason: string | null;
  plan_key: string;
  plan_name: string;
  paid_until: Date | null;
  trial_until: Date | null;
  created_at: Date;
  members: number;
  last_activity_at: Date | null;
  requests_week: number;
  bookings_week: number;
  storage_bytes: string;
  messages_month: number;
  locale: string;
  timezone: string;
  delete_after: Date | null;
};

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);
const ms = (d: Date | null) => d?.getTime() ?? null;

/** The companies the filter picks, with their figures; `extra` carries what the company page adds. */
export async function companyFigures(
  db: pg.Pool | pg.PoolClient,
  locale: Locale,
  nowMs: number,
  filter: CompanyFilter,
): Promise<(CompanyRow & {locale: string; timezone: string; deleteAfter: number | null})[]> {
  const sort = SORT_COLUMN[filter.sort ?? 'name'];
  const dir = filter.dir === 'desc' ? 'desc' : 'asc';
  const q = filter.q?.trim() ? `%${escapeLike(filter.q.trim())}%` : null;
  const {rows} = await db.query<Row>(
    `with at as (select to_timestamp($2::double precision / 1000) as now)
     select * from (
       select c.id, c.slug, c.name, c.status, c.created_at, c.locale, c.timezone,
              ca.status_reason, ca.paid_until, ca.trial_until, ca.delete_after,
              coalesce(ca.plan_key, 'free') as plan_key,
              coalesce(p.name ->> $1, p.name ->> 'ru', ca.plan_key, 'free') as plan_name,
              (select count(*) from member m where m.company_id = c.id and m.active)::int as members,
              (select max(s.last_seen_at) from session s where s.company_id = c.id) as last_activity_at,
              (select count(*) from request r where r.company_id = c.id and r.created_at > at.now - interval '7 days')::int as requests_week,
              (select count(*) from booking b
                where b.company_id = c.id and b.kind = 'visit' and b.created_at > at.now - interval '7 days')::int as bookings_week,
              (select coalesce(sum(f.size), 0) from file f where f.company_id = c.id)::bigint as storage_bytes,
              (select count(*) from chat_message cm
                where cm.company_id = c.id and cm.direction = 'out' and cm.status in ('sent', 'delivered', 'read')
                  and cm.created_at >= date_trunc('month', at.now at time zone c.timezone) at time zone c.timezone)::int as messages_month
         from company c
         cross join at
         left join company_account ca on ca.company_id = c.id
         left join plan p on p.key = ca.plan_key
        where ($3::text is null or c.name ilike $3 or c.slug ilike $3
               or exists (select 1 from member m where m.company_id = c.id and m.email ilike $3))
          and ($4::text is null or c.status = $4)
          and ($5::text is null or c.id = $5)
     ) x
     order by ${sort} ${dir} nulls last, lower(name), id
     limit $6`,
    [locale, nowMs, q, filter.status ?? null, filter.id ?? null, filter.limit ?? 1000],
  );
  return rows.map((r) => ({
    id: r.id,
    slug: r.slug,
    name: r.name,
    status: r.status,
    statusReason: r.status_reason,
    plan: {key: r.plan_key, name: r.plan_name},
    paidUntil: ms(r.paid_until),
    trialUntil: ms(r.trial_until),
    createdAt: r.created_at.getTime(),
    members: r.members,
    lastActivityAt: ms(r.last_activity_at),
    requestsWeek: r.requests_week,
    bookingsWeek: r.bookings_week,
    storageBytes: Number(r.storage_bytes),
    messagesMonth: r.messages_month,
    locale: r.locale,
    timezone: r.timezone,
    deleteAfter: ms(r.delete_after),
  }));
}
