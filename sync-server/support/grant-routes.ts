// Support grants over REST (issue 18): the same support.* mutators the app
// writes through sync, so an integration sees and changes exactly what the
// Settings screen does. The server fills `at` and counts the hours itself.
import {z} from 'zod';
import type {MemberContext} from '#shared/auth/context.ts';
import {domainError} from '#shared/errors.ts';
import {mutators} from '#shared/mutators/index.ts';
import {queries} from '#shared/queries/index.ts';
import type {HttpDeps} from '../module/define.ts';
import {route} from '../rest/route.ts';
import {rowSchema, toCamel} from '../rest/rows.ts';
import {writeRoute} from '../rest/write-route.ts';

const grantRow = rowSchema('support_grant');

export function supportGrantRoutes(deps: HttpDeps) {
  const {zdb} = deps;
  const common = {tag: 'company', entity: 'supportGrant', permission: 'company.manage'} as const;
  const one = async (ctx: MemberContext, id: string) => {
    const row = (await zdb.run(queries.support.grants.fn({args: undefined, ctx}))).find((g) => g.id === id);
    if (!row) throw domainError('not_found');
    return toCamel(row);
  };
  return [
    route({
      method: 'get',
      path: '/support/grants',
      tag: 'company',
      summary: "Support access the company gave the platform's support, newest first (owner)",
      auth: 'member',
      permission: 'company.manage',
      response: z.object({data: z.array(grantRow)}),
      async handler({ctx}) {
        return {body: {data: toCamel(await zdb.run(queries.support.grants.fn({args: undefined, ctx})))}};
      },
    }),
    writeRoute(deps, {
      ...common,
      mutator: mutators.support.grant,
      method: 'post',
      path: '/support/grants',
      summary: "Let the platform's support read this company's data for 1–72 hours; every read is in the access log",
      response: grantRow,
      read: (ctx, args) => one(ctx, args.id),
    }),
    writeRoute(deps, {
      ...common,
      mutator: mutators.support.revoke,
      method: 'post',
      path: '/support/grants/:id/revoke',
      summary: 'End a support access now',
      status: 204,
    }),
  ];
}
