// /api/v1 analytics: the dashboard of a period for any range, computed by SQL
// (dashboard-sql.ts) with the previous period beside it, as JSON or as a
// one-page PDF. What the caller sees is what their grants allow
// (shared/analytics/access.ts), the same sections the device would show them.
import {z} from 'zod';
import {grantsOf} from '#shared/analytics/access.ts';
import {previousPeriod} from '#shared/analytics/period.ts';
import type {MemberContext} from '#shared/auth/context.ts';
import type {HttpDeps} from '../module/define.ts';
import {route} from '../rest/route.ts';
import {dashboardSql} from './dashboard-sql.ts';
import {dashboardPdf} from './pdf.ts';
import {dashboardQuery, toDashboardQuery} from './query.ts';

export function analyticsRoutes(deps: HttpDeps) {
  const both = async (ctx: MemberContext, q: z.output<typeof dashboardQuery>) => {
    const {rows} = await deps.pool.query<{timezone: string; name: string}>('select timezone, name from company where id = $1', [ctx.companyID]);
    const zone = rows[0]?.timezone ?? 'Asia/Almaty';
    const grants = grantsOf(ctx);
    const now = deps.clock.now();
    const query = toDashboardQuery(q);
    const [current, previous] = await Promise.all([
      dashboardSql(deps.pool, ctx.companyID, zone, grants, query, now),
      dashboardSql(deps.pool, ctx.companyID, zone, grants, {...query, ...previousPeriod(query)}, now),
    ]);
    return {current, previous, company: rows[0]?.name ?? ''};
  };
  const common = {tag: 'analytics', auth: 'member', permission: 'analytics.read', query: dashboardQuery} as const;
  return [
    route({
      ...common,
      method: 'get',
      path: '/analytics/dashboard',
      summary:
        'The dashboard of a period (from, to: days in the company zone, at most three years) and of the period before it, filtered by branch, project, typeId, responsibleId; sections by your permissions',
      async handler({query, ctx}) {
        const {current, previous} = await both(ctx, query);
        return {body: {current, previous}};
      },
    }),
    route({
      ...common,
      method: 'get',
      path: '/analytics/dashboard.pdf',
      summary: 'The same dashboard as a one-page A4 PDF: headline figures against the previous period, and the funnel per source',
      async handler({query, ctx, res, locale}) {
        const {current, previous, company} = await both(ctx, query);
        const pdf = await dashboardPdf(current, previous, company, locale);
        res.set({'Content-Type': 'application/pdf', 'Content-Disposition': `attachment; filename="analytics-${query.from}-${query.to}.pdf"`});
        res.send(pdf);
      },
    }),
  ];
}
