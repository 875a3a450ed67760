// Plans as the console and the company read them: rows → the contract's Plan
// (camelCase, epoch ms), and the one transaction helper the console's writes use.
import type pg from 'pg';
import {isModule} from '#shared/company/modules.ts';
import type {Plan, PlanName, PlanWithCount} from '#shared/platform/plan.ts';

export const PLAN_COLUMNS = `p.key, p.name, p.modules, p.max_members, p.storage_mb, p.messages_per_month,
  p.price_month_tiyn, p.price_year_tiyn, p.trial_days, p.archived`;

type PlanRow = {
  key: string;
  name: PlanName;
  modules: string[];
  max_members: number | null;
  storage_mb: number | null;
  messages_per_month: number | null;
  price_month_tiyn: string | number;
  price_year_tiyn: string | number;
  trial_days: number;
  archived: boolean;
  companies?: string | number;
};

export function planOf(r: PlanRow): Plan {
  return {
    key: r.key,
    name: r.name,
    modules: r.modules.filter(isModule),
    maxMembers: r.max_members,
    storageMb: r.storage_mb,
    messagesPerMonth: r.messages_per_month,
    priceMonthTiyn: Number(r.price_month_tiyn),
    priceYearTiyn: Number(r.price_year_tiyn),
    trialDays: r.trial_days,
    archived: r.archived,
  };
}

/** Every plan (or one), with how many companies are on it; in the console's order. */
export async function listPlans(db: pg.Pool | pg.PoolClient, key?: string): Promise<PlanWithCount[]> {
  const {rows} = await db.query<PlanRow>(
    `select ${PLAN_COLUMNS}, (select count(*) from company_account a where a.plan_key = p.key) as companies
       from plan p where $1::text is null or p.key = $1 order by p.archived, p.sort, p.created_at, p.key`,
    [key ?? null],
  );
  return rows.map((r) => ({...planOf(r), companies: Number(r.companies ?? 0)}));
}

/** The company's plan, or null when there is no such company. */
export async function planOfCompany(
  db: pg.Pool | pg.PoolClient,
  companyId: string,
): Promise<(Plan & {paidUntil: number | null; trialUntil: number | null}) | null> {
  const {rows} = await db.query<PlanRow & {paid_until: Date | null; trial_until: Date | null}>(
    `select ${PLAN_COLUMNS}, a.paid_until, a.trial_until from company_account a join plan p on p.key = a.plan_key where a.company_id = $1`,
    [companyId],
  );
  const r = rows[0];
  if (!r) return null;
  return {...planOf(r), paidUntil: r.paid_until?.getTime() ?? null, trialUntil: r.trial_until?.getTime() ?? null};
}
