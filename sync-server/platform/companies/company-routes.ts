// The console's companies: the list with activity figures (search, status,
// sort) and one company's page (its owners, 12 weeks of activity, whether its
// owner has granted support access). Reading these is not reading a company's
// data: counts and the owners' contacts only, never records.
import type pg from 'pg';
import {z} from 'zod';
import {COMPANY_STATUSES} from '#shared/platform/status.ts';
import {HttpError} from '../../rest/errors.ts';
import {route} from '../../rest/route.ts';
import {COMPANY_SORTS, companyFigures, companyRow} from './figures.ts';
import {supportGrantOf} from './support-grant.ts';
import {companyWeeks, weekRow} from './weeks.ts';

const listQuery = z.object({
  q: z.string().max(200, 'v.tooLong').optional(),
  status: z.enum(COMPANY_STATUSES, {message: 'v.invalid'}).optional(),
  sort: z.enum(COMPANY_SORTS, {message: 'v.invalid'}).default('name'),
  dir: z.enum(['asc', 'desc'], {message: 'v.invalid'}).default('asc'),
});

const companyPage = z.object({
  company: companyRow.extend({
    locale: z.string(),
    timezone: z.string(),
    deleteAfter: z.number().nullable(),
    owners: z.array(z.object({name: z.string(), email: z.string()})),
  }),
  weeks: z.array(weekRow),
  supportGrant: z.object({expiresAt: z.number()}).nullable(),
});

export function companyRoutes(pool: pg.Pool, now: () => number) {
  return [
    route({
      method: 'get',
      path: '/platform/companies',
      tag: 'platform',
      summary: 'Companies with their plan, status and activity; search by name, address or a member’s email, filter by status, sort',
      auth: 'platform',
      query: listQuery,
      response: z.object({companies: z.array(companyRow)}),
      async handler({query, locale}) {
        const rows = await companyFigures(pool, locale, now(), query);
        return {body: {companies: rows.map(({locale: _l, timezone: _t, deleteAfter: _d, ...row}) => row)}};
      },
    }),
    route({
      method: 'get',
      path: '/platform/companies/:id',
      tag: 'platform',
      summary: "One company: its figures, owners, 12 weeks of activity (oldest first) and its owner's support grant, if any",
      auth: 'platform',
      params: z.object({id: z.string().max(64)}),
      response: companyPage,
      async handler({params, locale}) {
        const at = now();
        const [company] = await companyFigures(pool, locale, at, {id: params.id, limit: 1});
        if (!company) throw new HttpError(404, 'not_found', 'platformAdmin.companyNotFound');
        const {rows: owners} = await pool.query<{name: string; email: string}>(
          `select m.name, coalesce(u.email, m.email) as email
             from member m left join app_user u on u.id = m.user_id
            where m.company_id = $1 and m.active
              and exists (select 1 from role r where r.company_id = m.company_id and m.roles ? r.key and r.permissions ? 'team.owners')
            order by m.created_at`,
          [company.id],
        );
        return {
          body: {
            company: {...company, owners},
            weeks: await companyWeeks(pool, company.id, company.timezone, at),
            supportGrant: await supportGrantOf(pool, company.id),
          },
        };
      },
    }),
  ];
}
