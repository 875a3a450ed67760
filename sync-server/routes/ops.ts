// What became of a device's writes, by idempotency key: applied, refused (with
// the reason), or not seen yet. A device that lost the answers (a reload, a
// crash, a dropped connection) asks here before it replays anything.
import type pg from 'pg';
import {z} from 'zod';
import {route} from '../rest/route.ts';

export function opsRoutes(deps: {pool: pg.Pool}) {
  return [
    route({
      method: 'post',
      path: '/ops/status',
      tag: 'sync',
      summary: 'Outcome of your writes by idempotency key (applied, refused with the reason, or unknown)',
      auth: 'member',
      body: z.object({opIds: z.array(z.string().max(64)).max(1000)}),
      response: z.object({
        applied: z.array(z.string()),
        refused: z.array(z.object({opId: z.string(), mutator: z.string(), details: z.record(z.string(), z.unknown())})),
      }),
      async handler({body, ctx}) {
        if (!body.opIds.length) return {body: {applied: [], refused: []}};
        const applied = await deps.pool.query<{op_id: string}>('select op_id from applied_op where company_id = $1 and op_id = any($2)', [
          ctx.companyID,
          body.opIds,
        ]);
        const refused = await deps.pool.query<{op_id: string; mutator: string; details: Record<string, unknown>}>(
          'select op_id, mutator, details from refused_op where company_id = $1 and member_id = $2 and op_id = any($3)',
          [ctx.companyID, ctx.memberID, body.opIds],
        );
        const appliedIds = new Set(applied.rows.map((r) => r.op_id));
        return {
          body: {
            applied: [...appliedIds],
            // An op refused once and applied later (resent with the same key) counts as applied.
            refused: refused.rows.filter((r) => !appliedIds.has(r.op_id)).map((r) => ({opId: r.op_id, mutator: r.mutator, details: r.details})),
          },
        };
      },
    }),
  ];
}
