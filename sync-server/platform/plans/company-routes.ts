// The console's side of one company's plan: assign a plan (on trial or not),
// the periods marked as paid, and "mark paid" (no payment gateway: the
// platform's administrator records what arrived). Audited in each transaction.
import {z} from 'zod';
import {domainError} from '#shared/errors.ts';
import {assignPlanArgs, markPaidArgs, type PlanName} from '#shared/platform/plan.ts';
import {newId} from '../../auth/tokens.ts';
import type {HttpDeps} from '../../module/define.ts';
import {route, type RouteDef} from '../../rest/route.ts';
import {platformAudit} from '../audit.ts';
import {platformTransaction} from '../tx.ts';

const idParam = z.object({id: z.string().max(64)});
const DAY_MS = 86_400_000;
const ms = (d: Date | null) => d?.getTime() ?? null;

type PaymentRow = {id: string; plan_key: string; paid_from: Date; paid_until: Date; amount_tiyn: string; note: string | null; created_at: Date};
const paymentOf = (r: PaymentRow) => ({
  id: r.id,
  planKey: r.plan_key,
  paidFrom: r.paid_from.getTime(),
  paidUntil: r.paid_until.getTime(),
  amountTiyn: Number(r.amount_tiyn),
  note: r.note,
  at: r.created_at.getTime(),
});

const noCompany = () => domainError('not_found', {messageKey: 'error.notAllowed'});

/** Adds calendar months (the 31st into a shorter month lands on its last day). */
export function addMonths(fromMs: number, months: number): number {
  const d = new Date(fromMs);
  const day = d.getUTCDate();
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() + months);
  const last = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
  d.setUTCDate(Math.min(day, last));
  return d.getTime();
}

export function companyPlanRoutes({pool, clock}: HttpDeps): RouteDef[] {
  return [
    route({
      method: 'post',
      path: '/platform/companies/:id/plan',
      tag: 'platform',
      summary: "Put a company on a plan; `trial`: its trial starts now (the plan's trial days). Modules the plan lacks go off at once",
      auth: 'platform',
      params: idParam,
      body: assignPlanArgs,
      async handler({ctx, params, body, locale}) {
        const company = await platformTransaction(pool, async (client) => {
          const {rows: acc} = await client.query<{plan_key: string}>('select plan_key from company_account where company_id = $1 for update', [params.id]);
          if (!acc[0]) throw noCompany();
          const {rows: plans} = await client.query<{trial_days: number; archived: boolean; name: PlanName}>(
            'select trial_days, archived, name from plan where key = $1',
            [body.planKey],
          );
          const plan = plans[0];
          if (!plan) throw domainError('validation', {fields: [{field: 'planKey', code: 'plan.v.unknown'}]});
          if (plan.archived && acc[0].plan_key !== body.planKey) throw domainError('validation', {fields: [{field: 'planKey', code: 'plan.v.archived'}]});
          const trialUntil = body.trial && plan.trial_days > 0 ? new Date(clock.now() + plan.trial_days * DAY_MS) : null;
          const {rows} = await client.query<{paid_until: Date | null; trial_until: Date | null}>(
            `update company_account set plan_key = $2, trial_until = $3, reminded_at = null, updated_at = now()
              where company_id = $1 returning paid_until, trial_until`,
            [params.id, body.planKey, trialUntil],
          );
          await platformAudit(client, ctx, {
            action: 'company.plan',
            companyId: params.id,
            target: body.planKey,
            detail: {from: acc[0].plan_key, trial: !!trialUntil},
          });
          return {
            id: params.id,
            plan: {key: body.planKey, name: plan.name[locale] || plan.name.ru},
            paidUntil: ms(rows[0]!.paid_until),
            trialUntil: ms(rows[0]!.trial_until),
          };
        });
        return {body: {company}};
      },
    }),
    route({
      method: 'get',
      path: '/platform/companies/:id/payments',
      tag: 'platform',
      summary: 'The periods marked as paid for a company, newest first',
      auth: 'platform',
      params: idParam,
      async handler({params}) {
        const {rowCount} = await pool.query('select 1 from company_account where company_id = $1', [params.id]);
        if (!rowCount) throw noCompany();
        const {rows} = await pool.query<PaymentRow>(
          `select id, plan_key, paid_from, paid_until, amount_tiyn, note, created_at from company_payment where company_id = $1 order by paid_until desc, created_at desc`,
          [params.id],
        );
        return {body: {payments: rows.map(paymentOf)}};
      },
    }),
    route({
      method: 'post',
      path: '/platform/companies/:id/payments',
      tag: 'platform',
      summary: 'Mark months as paid: the paid period is extended from the later of now and the current paid-until date (201)',
      auth: 'platform',
      params: idParam,
      body: markPaidArgs,
      status: 201,
      async handler({ctx, params, body}) {
        const out = await platformTransaction(pool, async (client) => {
          const {rows: acc} = await client.query<{plan_key: string; paid_until: Date | null}>(
            'select plan_key, paid_until from company_account where company_id = $1 for update',
            [params.id],
          );
          if (!acc[0]) throw noCompany();
          const from = Math.max(clock.now(), acc[0].paid_until?.getTime() ?? 0);
          const until = addMonths(from, body.months);
          const {rows} = await client.query<PaymentRow>(
            `insert into company_payment (id, company_id, plan_key, paid_from, paid_until, amount_tiyn, note, admin_id)
             values ($1, $2, $3, $4, $5, $6, $7, $8) returning id, plan_key, paid_from, paid_until, amount_tiyn, note, created_at`,
            [newId(), params.id, acc[0].plan_key, new Date(from), new Date(until), body.amountTiyn, body.note || null, ctx.adminID],
          );
          // A new period: its reminders are due again before it ends.
          await client.query('update company_account set paid_until = $2, reminded_at = null, updated_at = now() where company_id = $1', [
            params.id,
            new Date(until),
          ]);
          await platformAudit(client, ctx, {
            action: 'company.payment',
            companyId: params.id,
            target: rows[0]!.id,
            detail: {months: body.months, amountTiyn: body.amountTiyn, paidUntil: until},
          });
          return {payment: paymentOf(rows[0]!), paidUntil: until};
        });
        return {status: 201, body: out};
      },
    }),
  ];
}
