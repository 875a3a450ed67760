// The billing scan `platform.billing` (issue 18, no payment gateway): a
// company on a priced plan with a date to be paid by (paid_until, or
// trial_until while on trial) gets an email to its owners 7 days and 1 day
// before that date (once each: company_account.reminded_at records the last
// one, and a claim on it makes two workers send one email), and once the grace
// period (platform setting `billing.graceDays`, 7 by default) has passed after
// it, is suspended with the reason in its own language. A plan with no price
// (the seeded `free`) never suspends anyone, whatever the clock says.
import type pg from 'pg';
import {formatDate} from '#shared/i18n/format.ts';
import {isLocale, type Locale} from '#shared/i18n/locales.ts';
import {createTranslator} from '#shared/i18n/translate.ts';
import type {PlanName} from '#shared/platform/plan.ts';
import type {Clock} from '../../clock.ts';
import {log} from '../../log.ts';
import type {EmailSender} from '../../notify/email.ts';
import {platformTransaction} from '../tx.ts';
import {suspendUnpaid} from './suspend.ts';

const DAY_MS = 86_400_000;
export const DEFAULT_GRACE_DAYS = 7;
export const REMIND_DAYS = [7, 1] as const;

type Due = {
  id: string;
  name: string;
  locale: string;
  timezone: string;
  plan_name: PlanName;
  paid_until: Date | null;
  trial_until: Date | null;
  reminded_at: Date | null;
};

export async function graceDays(db: pg.Pool | pg.PoolClient): Promise<number> {
  const {rows} = await db.query<{value: unknown}>(`select value from platform_setting where key = 'billing.graceDays'`);
  const v = rows[0]?.value;
  return typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= 365 ? v : DEFAULT_GRACE_DAYS;
}

/** What is due for a company now: a reminder (7 or 1 days), the suspension, or nothing. */
export function billingStep(now: number, dueMs: number, remindedAt: number | null, grace: number): {remind: number} | 'suspend' | null {
  if (now >= dueMs + grace * DAY_MS) return 'suspend';
  if (now >= dueMs) return null;
  for (const days of [...REMIND_DAYS].sort((a, b) => a - b)) {
    const from = dueMs - days * DAY_MS;
    if (now >= from) return remindedAt !== null && remindedAt >= from ? null : {remind: days};
  }
  return null;
}

async function owners(pool: pg.Pool, companyId: string): Promise<string[]> {
  const {rows} = await pool.query<{email: string}>(
    `select distinct m.email from member m
      where m.company_id = $1 and m.active and m.email <> ''
        and exists (select 1 from role r where r.company_id = m.company_id and (m.roles ? r.key or m.role = r.key) and r.permissions ? 'team.owners')`,
    [companyId],
  );
  return rows.map((r) => r.email);
}

export type BillingDeps = {pool: pg.Pool; clock: Clock; email: EmailSender | null};

export async function runBilling({pool, clock, email}: BillingDeps): Promise<void> {
  const now = clock.now();
  const grace = await graceDays(pool);
  const {rows} = await pool.query<Due>(
    `select c.id, c.name, c.locale, c.timezone, p.name as plan_name, a.paid_until, a.trial_until, a.reminded_at
       from company_account a join company c on c.id = a.company_id join plan p on p.key = a.plan_key
      where c.status = 'active' and (p.price_month_tiyn > 0 or p.price_year_tiyn > 0)
        and (a.paid_until is not null or a.trial_until is not null)
        and greatest(a.paid_until, a.trial_until) < to_timestamp($1 / 1000.0) + make_interval(days => $2)`,
    [now, Math.max(...REMIND_DAYS)],
  );
  for (const r of rows) {
    const paid = r.paid_until?.getTime() ?? -Infinity;
    const trial = r.trial_until?.getTime() ?? -Infinity;
    const due = Math.max(paid, trial);
    const locale: Locale = isLocale(r.locale) ? r.locale : 'ru';
    const t = createTranslator(locale);
    const words = {plan: r.plan_name[locale] || r.plan_name.ru, company: r.name, date: formatDate(due, r.timezone, locale, 'date')};
    const step = billingStep(now, due, r.reminded_at?.getTime() ?? null, grace);
    try {
      if (step === 'suspend') {
        await platformTransaction(pool, (client) => suspendUnpaid(client, r.id, t('plan.unpaidReason', words)));
      } else if (step) {
        // Claimed first: another worker finding the same company sends nothing.
        const {rowCount} = await pool.query(
          `update company_account set reminded_at = to_timestamp($2 / 1000.0)
            where company_id = $1 and (reminded_at is null or reminded_at < to_timestamp($3 / 1000.0))`,
          [r.id, now, due - step.remind * DAY_MS],
        );
        if (!rowCount) continue;
        const onTrial = trial > paid;
        const subject = t(onTrial ? 'plan.mail.trialSubject' : 'plan.mail.reminderSubject', words);
        const text = t(onTrial ? 'plan.mail.trialText' : 'plan.mail.reminderText', words);
        if (!email) log.info('platform', `a billing reminder was not sent: email is not configured (DOT_SMTP_URL)`);
        for (const to of email ? await owners(pool, r.id) : []) {
          const sent = await email!({to, subject, text});
          if (!sent.ok) log.warn('platform', `a billing reminder could not be sent: ${sent.error}`);
        }
      }
    } catch (e) {
      log.warn('platform', `billing of a company failed: ${(e as Error).message}`);
    }
  }
}
