// The platform audit log as the console reads it: newest first, for one
// company or all, with who did it and the company's name (kept as text, so an
// entry outlives a company that was purged).
import type pg from 'pg';
import {z} from 'zod';
import {route} from '../../rest/route.ts';

const auditQuery = z.object({
  companyId: z.string().max(64, 'v.tooLong').optional(),
  limit: z.coerce.number().int('v.number').min(1, 'v.invalid').max(500, 'v.invalid').default(100),
});

const auditEntry = z.object({
  id: z.string(),
  at: z.number(),
  adminEmail: z.string().nullable(),
  action: z.string(),
  companyId: z.string().nullable(),
  companyName: z.string().nullable(),
  target: z.string().nullable(),
  reason: z.string().nullable(),
  detail: z.record(z.string(), z.unknown()),
});

type Row = {
  id: string;
  at: Date;
  admin_email: string | null;
  action: string;
  company_id: string | null;
  company_name: string | null;
  target: string | null;
  reason: string | null;
  detail: Record<string, unknown>;
};

export function auditRoute(pool: pg.Pool) {
  return route({
    method: 'get',
    path: '/platform/audit',
    tag: 'platform',
    summary: "The platform audit log, newest first: every administrator's action (who, what, which company, why)",
    auth: 'platform',
    query: auditQuery,
    response: z.object({entries: z.array(auditEntry)}),
    async handler({query}) {
      const {rows} = await pool.query<Row>(
        `select a.id::text as id, a.at, pa.email as admin_email, a.action, a.company_id, c.name as company_name, a.target, a.reason, a.detail
           from platform_audit a
           left join platform_admin pa on pa.id = a.admin_id
           left join company c on c.id = a.company_id
          where ($1::text is null or a.company_id = $1)
          order by a.at desc, a.id desc
          limit $2`,
        [query.companyId ?? null, query.limit],
      );
      return {
        body: {
          entries: rows.map((r) => ({
            id: r.id,
            at: r.at.getTime(),
            adminEmail: r.admin_email,
            action: r.action,
            companyId: r.company_id,
            companyName: r.company_name,
            target: r.target,
            reason: r.reason,
            detail: r.detail,
          })),
        },
      };
    },
  });
}
