// The console's plans: list (with how many companies are on each), create,
// change. A plan losing a module switches it off in every company on it — the
// database does it in the same transaction (migration 0802), whatever path
// changes the plan. Every write is audited in its transaction.
import {z} from 'zod';
import {domainError} from '#shared/errors.ts';
import {createPlanArgs, updatePlanArgs} from '#shared/platform/plan.ts';
import type {HttpDeps} from '../../module/define.ts';
import {route, type RouteDef} from '../../rest/route.ts';
import {platformAudit} from '../audit.ts';
import {listPlans} from './rows.ts';
import {platformTransaction} from '../tx.ts';

const keyParam = z.object({key: z.string().max(40)});

const COLUMN = {
  name: 'name',
  modules: 'modules',
  maxMembers: 'max_members',
  storageMb: 'storage_mb',
  messagesPerMonth: 'messages_per_month',
  priceMonthTiyn: 'price_month_tiyn',
  priceYearTiyn: 'price_year_tiyn',
  trialDays: 'trial_days',
  archived: 'archived',
} as const;
const JSON_COLUMNS = new Set(['name', 'modules']);

export function planRoutes({pool}: HttpDeps): RouteDef[] {
  return [
    route({
      method: 'get',
      path: '/platform/plans',
      tag: 'platform',
      summary: 'Tariff plans, with how many companies are on each',
      auth: 'platform',
      async handler() {
        return {body: {plans: await listPlans(pool)}};
      },
    }),
    route({
      method: 'post',
      path: '/platform/plans',
      tag: 'platform',
      summary: 'Create a tariff plan (201, the plan)',
      auth: 'platform',
      body: createPlanArgs,
      status: 201,
      async handler({ctx, body}) {
        const plan = await platformTransaction(pool, async (client) => {
          const {rowCount} = await client.query('select 1 from plan where key = $1', [body.key]);
          if (rowCount) throw domainError('conflict', {fields: [{field: 'key', code: 'v.duplicate'}]});
          await client.query(
            `insert into plan (key, name, modules, max_members, storage_mb, messages_per_month, price_month_tiyn, price_year_tiyn, trial_days, archived, sort)
             values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, (select coalesce(max(sort), 0) + 1 from plan))`,
            [
              body.key,
              JSON.stringify(body.name),
              JSON.stringify(body.modules),
              body.maxMembers,
              body.storageMb,
              body.messagesPerMonth,
              body.priceMonthTiyn,
              body.priceYearTiyn,
              body.trialDays,
              body.archived,
            ],
          );
          await platformAudit(client, ctx, {action: 'plan.create', target: body.key, detail: {plan: body}});
          return (await listPlans(client, body.key))[0]!;
        });
        return {status: 201, body: {plan}};
      },
    }),
    route({
      method: 'put',
      path: '/platform/plans/:key',
      tag: 'platform',
      summary: 'Change a tariff plan (any of its fields). A module it loses goes off in every company on it, at once',
      auth: 'platform',
      params: keyParam,
      body: updatePlanArgs,
      async handler({ctx, params, body}) {
        const plan = await platformTransaction(pool, async (client) => {
          const before = (await listPlans(client, params.key))[0];
          if (!before) throw domainError('not_found', {messageKey: 'plan.v.unknown'});
          const entries = Object.entries(body).filter(([, v]) => v !== undefined) as [keyof typeof COLUMN, unknown][];
          if (entries.length) {
            const sets = entries.map(([k], i) => `${COLUMN[k]} = $${i + 2}`);
            const values = entries.map(([k, v]) => (JSON_COLUMNS.has(k) ? JSON.stringify(v) : v));
            await client.query(`update plan set ${sets.join(', ')}, updated_at = now() where key = $1`, [params.key, ...values]);
          }
          const lost = before.modules.filter((m) => body.modules && !body.modules.includes(m));
          await platformAudit(client, ctx, {action: 'plan.update', target: params.key, detail: {changes: body, modulesOff: lost}});
          return (await listPlans(client, params.key))[0]!;
        });
        return {body: {plan}};
      },
    }),
  ];
}
