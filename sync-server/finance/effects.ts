// What finance writes set off, enqueued in the write's own transaction (a
// write and its notices commit together): the approvers of the group now
// deciding hear of an invoice sent for approval, of a group that completed,
// of the limit step added; the author hears of the outcome.
import type {AuthContext} from '#shared/auth/context.ts';
import {mutators} from '#shared/mutators/index.ts';
import type {FinanceOutcome} from '#shared/mutators/finance-invoice.ts';
import type {Clock} from '../clock.ts';
import {enqueue, type Sql} from '../jobs/queue.ts';
import type {ServerDeps} from '../module/define.ts';
import {afterWrite, type Effect} from '../zero/effects.ts';

export type FinanceNoticeJob = NonNullable<FinanceOutcome> & {by: string | null};

export async function enqueueFinanceNotice(sql: Sql, clock: Clock, ctx: AuthContext, outcome: FinanceOutcome): Promise<void> {
  if (!outcome) return;
  if ('notify' in outcome && !outcome.notify.length) return;
  if ('approvalIds' in outcome && !outcome.approvalIds.length) return;
  const [row] = await sql(`select pg_current_xact_id()::text as tx`, []);
  const job: FinanceNoticeJob = {...outcome, by: ctx.kind === 'member' ? ctx.memberID : null};
  await enqueue(sql, clock, {
    // Named after the mutator group: switching finance off cancels the waiting notices.
    queue: 'approval.notice',
    companyId: ctx.companyID,
    payload: job,
    dedupeKey: `approval:notice:${outcome.entityId}:${outcome.event}:${String(row?.tx)}`,
  });
}

export function financeEffects(deps: ServerDeps): Effect[] {
  const told = (sql: Sql, ctx: AuthContext, outcome: unknown) => enqueueFinanceNotice(sql, deps.clock, ctx, outcome as FinanceOutcome);
  return [
    afterWrite(mutators.invoice.submit, ({sql, ctx, outcome}) => told(sql, ctx, outcome)),
    afterWrite(mutators.invoice.move, ({sql, ctx, outcome}) => told(sql, ctx, outcome)),
    afterWrite(mutators.approval.decide, ({sql, ctx, outcome}) => told(sql, ctx, outcome)),
  ];
}
