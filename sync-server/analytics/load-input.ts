// A company's rows as the device's AnalyticsInput (shared/analytics/input.ts),
// read straight from Postgres: what the agreement test hands computeDashboard
// to compare with dashboardSql, and what the brute-force test counts by hand.
// Everything, not a window: the tests choose periods anywhere.
import type pg from 'pg';
import type {AnalyticsGrants} from '#shared/analytics/access.ts';
import type {AnalyticsInput} from '#shared/analytics/input.ts';
import {ms} from './sql/common.ts';

export async function loadInput(pool: pg.Pool, companyId: string, timeZone: string, grants: AnalyticsGrants): Promise<AnalyticsInput> {
  const all = async <T>(sql: string): Promise<T[]> => (await pool.query(sql, [companyId])).rows as T[];
  const num = (v: unknown) => (v === null || v === undefined ? null : Number(v));
  const [masters, places, exceptions] = await Promise.all([
    all<{id: string; member_id: string}>('select id, member_id from booking_master where company_id = $1'),
    all<{id: string; master_id: string; hours: unknown; timezone: string; archived_at: number | null}>(
      `select id, master_id, hours, timezone, ${ms('archived_at')} as archived_at from booking_place where company_id = $1`,
    ),
    all<{place_id: string; day: string; open: boolean; intervals: unknown}>('select place_id, day, open, intervals from booking_exception where company_id = $1'),
  ]);
  const lines = await all<{id: string; period: string; branch: string; project: string; plan: string}>(
    'select id, period, branch, project, plan::text from budget_line where company_id = $1',
  );
  const invoices = await all<{id: string; status: string; amount_kzt: string; branch: string; project: string; created_at: number; budget_line_id: string | null}>(
    `select id, status, amount_kzt::text, branch, project, ${ms('created_at')} as created_at, budget_line_id from invoice where company_id = $1`,
  );
  return {
    timeZone,
    grants,
    types: await all('select id, workflow from request_type where company_id = $1'),
    requests: (
      await all<Record<string, unknown>>(
        `select id, ${ms('created_at')} as created_at, source, status, type_id, responsible_id, department, ${ms('sla_due_at')} as sla_due_at,
                ${ms('deadline')} as deadline, catalog_item_id, client_id from request where company_id = $1`,
      )
    ).map((r) => r as AnalyticsInput['requests'][number]),
    stages: await all(`select request_id, status, ${ms('entered_at')} as entered_at, ${ms('left_at')} as left_at from request_stage where company_id = $1`),
    reviews: await all(`select master_id, rating, ${ms('created_at')} as created_at from review where company_id = $1`),
    siteStats: await all('select day, kind, page, ref_id, source, count from site_stat where company_id = $1'),
    conversations: await all(`select source, ${ms('created_at')} as created_at from conversation where company_id = $1`),
    bookings: (
      await all<Record<string, unknown>>(
        `select id, master_id, service_id, service_title, kind, status, ${ms('starts_at')} as starts_at, ${ms('ends_at')} as ends_at, price::float8 as price,
                source, client_id, ${ms('created_at')} as created_at from booking where company_id = $1`,
      )
    ).map((b) => b as AnalyticsInput['bookings'][number]),
    masters: masters.map((m) => ({
      id: m.id,
      member_id: m.member_id,
      places: places
        .filter((p) => p.master_id === m.id)
        .map((p) => ({...p, exceptions: exceptions.filter((e) => e.place_id === p.id).map(({day, open, intervals}) => ({day, open, intervals}))})),
    })),
    clients: await all(`select id, ${ms('created_at')} as created_at from client where company_id = $1`),
    tasks: await all(
      `select assignee_id, status, ${ms('deadline')} as deadline, ${ms('created_at')} as created_at, ${ms('closed_at')} as closed_at from task where company_id = $1`,
    ),
    invoices: invoices.map((i) => ({status: i.status, amount_kzt: Number(i.amount_kzt), branch: i.branch, project: i.project, created_at: i.created_at})),
    budget: lines.map((l) => ({
      id: l.id,
      period: l.period,
      branch: l.branch,
      project: l.project,
      plan: Number(num(l.plan)),
      invoices: invoices.filter((i) => i.budget_line_id === l.id).map((i) => ({id: i.id, status: i.status, amount_kzt: Number(i.amount_kzt)})),
    })),
  };
}
