// Requests' part in the shared machinery: the SLA scan and its jobs, and what
// request writes set off (mentions, a new responsible person), enqueued in the
// write's own transaction so a write and its notice commit together.
import type pg from 'pg';
import type {Clock} from '../clock.ts';
import {registerJobs} from '../jobs/registry.ts';
import type {NotifyDeps} from '../notify/notifier.ts';
import type {ZeroDb} from '../zero/db.ts';
import {onWrite} from '../zero/effects.ts';
import {createExecutor} from '../zero/execute.ts';
import {enqueueAssigned, enqueueMention, requestJobs} from './jobs.ts';

export function registerRequests(deps: {pool: pg.Pool; zdb: ZeroDb; clock: Clock; notify: NotifyDeps}): void {
  registerJobs(requestJobs({...deps, executor: createExecutor({pool: deps.pool, zdb: deps.zdb})}));

  onWrite('request.addComment', async (sql, args, ctx) => {
    const rows = await sql(`select 1 from request_comment where id = $1 and company_id = $2 and jsonb_array_length(mentions) > 0 and xmin = pg_current_xact_id()::xid`, [args.id, ctx.companyID]);
    if (rows[0]) await enqueueMention(sql, deps.clock, ctx.companyID, String(args.id));
  });

  // A responsible person set by this very transaction (not a replay, not someone else's earlier change).
  const assigned = async (sql: Parameters<Parameters<typeof onWrite>[1]>[0], id: unknown, ctx: {companyID: string; kind: string; memberID?: string}) => {
    const rows = await sql(
      `select responsible_id, pg_current_xact_id()::text as tx from request where id = $1 and company_id = $2 and responsible_id is not null and xmin = pg_current_xact_id()::xid`,
      [id, ctx.companyID],
    );
    const row = rows[0] as {responsible_id: string; tx: string} | undefined;
    if (!row) return;
    await enqueueAssigned(sql, deps.clock, ctx.companyID, {id: String(id), memberId: row.responsible_id, by: ctx.memberID ?? null, key: `${id}:${row.responsible_id}:${row.tx}`});
  };
  onWrite('request.create', (sql, args, ctx) => assigned(sql, args.id, ctx));
  onWrite('request.setResponsible', (sql, args, ctx) => assigned(sql, args.id, ctx));
}
