// A plan's limits asked of the database, on the server only (issue 18, P4): the
// members' paths (sync-server/accounts), file uploads and the messages to
// clients (shared/messaging/outgoing.ts) all ask here, so every refusal names
// the same limit, usage and plan in the same words. Shared because synced
// writes (a member switched on again, a reply) check it inside their mutator,
// through the mutator's own transaction (`tx.dbTransaction.query`).
import {domainError} from '../errors.ts';
import type {Locale} from '../i18n/locales.ts';
import {isModule, type Module} from '../company/modules.ts';
import {limitRefusal, megabytes, modulesMissing, planLimit, type LimitKind, type Plan, type PlanName} from './plan.ts';

/** A query on the transaction at hand: a pg client's, or a server mutator's `tx.dbTransaction`. */
export type SqlQuery = (sql: string, params: unknown[]) => Promise<Iterable<Record<string, unknown>>>;

export type CompanyPlan = Pick<Plan, 'key' | 'name' | 'modules' | 'maxMembers' | 'storageMb' | 'messagesPerMonth'> & {locale: Locale; timezone: string};

/**
 * The company's plan. `lock`: its account row is held to the end of the
 * transaction, so two adds racing for the last seat do not both get it.
 */
export async function companyPlan(query: SqlQuery, companyId: string, lock = false): Promise<CompanyPlan | null> {
  const rows = [
    ...(await query(
      `select p.key, p.name, p.modules, p.max_members, p.storage_mb, p.messages_per_month, c.locale, c.timezone
         from company_account a join plan p on p.key = a.plan_key join company c on c.id = a.company_id
        where a.company_id = $1 ${lock ? 'for update of a' : ''}`,
      [companyId],
    )),
  ];
  const r = rows[0];
  if (!r) return null;
  return {
    key: String(r.key),
    name: r.name as PlanName,
    modules: (r.modules as string[]).filter(isModule),
    maxMembers: r.max_members === null ? null : Number(r.max_members),
    storageMb: r.storage_mb === null ? null : Number(r.storage_mb),
    messagesPerMonth: r.messages_per_month === null ? null : Number(r.messages_per_month),
    locale: r.locale as Locale,
    timezone: String(r.timezone),
  };
}

const USAGE: Record<LimitKind, string> = {
  // Members who can work: a switched-off member does not take a seat.
  members: `select count(*)::bigint as n from member where company_id = $1 and active`,
  storage: `select coalesce(sum(size), 0)::bigint as n from file where company_id = $1`,
  // Messages to clients since the 1st of this month, in the company's own time zone: through the messengers
  // (every outbound chat message: a colleague's, the bot's, a reminder) and by email (the notifier's log).
  messages: `select (select count(*) from chat_message m where m.company_id = $1 and m.direction = 'out' and m.created_at >= s.start)
                  + (select count(*) from notification n
                      where n.company_id = $1 and n.recipient_type = 'client' and n.channel = 'email'
                        and n.status in ('sending', 'delivered', 'unknown') and n.created_at >= s.start) as n
               from (select date_trunc('month', now() at time zone c.timezone) at time zone c.timezone as start from company c where c.id = $1) s`,
};

export async function usageOf(query: SqlQuery, companyId: string, kind: LimitKind): Promise<number> {
  const rows = [...(await query(USAGE[kind], [companyId]))];
  return Number(rows[0]?.n ?? 0);
}

/** The plan's name in the company's language (the plan's words are data, not the catalog's). */
export const planName = (plan: Pick<CompanyPlan, 'name' | 'locale'>) => plan.name[plan.locale] || plan.name.ru;

/**
 * Refuses (`limit`, 403) when adding `adding` more of this kind goes past the
 * company's plan; the message names the limit, the usage, the plan and how to
 * raise it. Nothing to check for a plan without this limit.
 */
export async function assertWithinPlan(query: SqlQuery, companyId: string, kind: LimitKind, adding = 1): Promise<void> {
  // Held only when there is a limit to count against: a plan without one (free) never serializes the company's writes.
  const seen = await companyPlan(query, companyId);
  if (!seen || planLimit(seen, kind) === null) return;
  const plan = await companyPlan(query, companyId, true);
  const limit = plan && planLimit(plan, kind);
  if (!plan || limit === null || limit === undefined) return;
  const refusal = limitRefusal(kind, limit, await usageOf(query, companyId, kind), adding);
  if (!refusal) return;
  // Megabytes with one decimal, its comma as the company's language writes it ("0,6 МБ").
  const n = (v: number) => (kind === 'storage' ? String(megabytes(v)).replace('.', plan.locale === 'en' ? '.' : ',') : v);
  throw domainError('limit', {
    messageKey: `plan.limit.${kind}`,
    params: {plan: planName(plan), limit: n(refusal.limit), usage: n(refusal.usage), adding: n(adding)},
  });
}

/** Refuses switching on a module the company's plan does not include, naming the module and the plan. */
export async function assertModulesOnPlan(query: SqlQuery, companyId: string, switchedOn: readonly Module[]): Promise<void> {
  if (!switchedOn.length) return;
  const plan = await companyPlan(query, companyId);
  if (!plan) return;
  const missing = modulesMissing(plan.modules).find((m) => switchedOn.includes(m));
  if (missing) throw domainError('limit', {messageKey: 'plan.moduleMissing', module: missing, params: {plan: planName(plan)}});
}

/** A pg client or pool as a SqlQuery. */
export const pgQuery =
  (db: {query(sql: string, params: unknown[]): Promise<{rows: Record<string, unknown>[]}>}): SqlQuery =>
  async (sql, params) =>
    (await db.query(sql, params)).rows;
