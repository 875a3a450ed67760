// The company's side (issue 18): its plan, what it uses against each limit and
// until when it is paid — the settings screen's "Тариф" section reads this.
import {domainError} from '#shared/errors.ts';
import {pgQuery, usageOf} from '#shared/platform/limits.ts';
import type {HttpDeps} from '../../module/define.ts';
import {route, type RouteDef} from '../../rest/route.ts';
import {planOfCompany} from './rows.ts';

export function ownPlanRoutes({pool}: HttpDeps): RouteDef[] {
  return [
    route({
      method: 'get',
      path: '/plan',
      tag: 'company',
      summary: "The company's tariff plan, its usage against each limit, and until when it is paid or on trial",
      auth: 'member',
      permission: 'company.manage',
      async handler({ctx}) {
        const found = await planOfCompany(pool, ctx.companyID);
        if (!found) throw domainError('not_found');
        const {paidUntil, trialUntil, ...plan} = found;
        const q = pgQuery(pool);
        const [members, storageBytes, messagesMonth] = await Promise.all([
          usageOf(q, ctx.companyID, 'members'),
          usageOf(q, ctx.companyID, 'storage'),
          usageOf(q, ctx.companyID, 'messages'),
        ]);
        return {body: {plan, usage: {members, storageBytes, messagesMonth}, paidUntil, trialUntil}};
      },
    }),
  ];
}
