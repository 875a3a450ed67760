// Support access, the company's side (issue 18): the grants themselves are
// synced rows written by the support.* mutators (also over REST,
// grant-routes.ts); this adds the access log —
// every read the platform's support made of this company, from the platform
// audit (which no company query reads otherwise).
import {z} from 'zod';
import {defineServerModule} from '../module/define.ts';
import {route} from '../rest/route.ts';
import {supportGrantRoutes} from './grant-routes.ts';

const entry = z.object({at: z.number(), who: z.string(), what: z.string().nullable()});

export const supportServer = defineServerModule({
  key: 'support',
  routes: (deps) => [
    ...supportGrantRoutes(deps),
    route({
      method: 'get',
      path: '/support/access-log',
      tag: 'company',
      summary: "Every read the platform's support made of this company's data (owner)",
      auth: 'member',
      permission: 'company.manage',
      response: z.object({entries: z.array(entry)}),
      async handler({ctx}) {
        const {rows} = await deps.pool.query<{at: Date; who: string | null; what: string | null}>(
          `select p.at, coalesce(nullif(a.name, ''), a.email) as who, p.target as what
             from platform_audit p left join platform_admin a on a.id = p.admin_id
            where p.company_id = $1 and p.action = 'support.read' order by p.at desc limit 200`,
          [ctx.companyID],
        );
        return {body: {entries: rows.map((r) => ({at: r.at.getTime(), who: r.who ?? '—', what: r.what}))}};
      },
    }),
  ],
});
