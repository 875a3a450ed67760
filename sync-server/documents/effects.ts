// What document writes set off, enqueued in the write's own transaction (a
// write and its jobs commit together): a new version's file is read for its
// text (search, D4); a document sent for approval tells its first approvers.
import type {AuthContext} from '#shared/auth/context.ts';
import type {DocumentOutcome} from '#shared/mutators/documents.ts';
import {mutators} from '#shared/mutators/index.ts';
import {enqueue, type Sql} from '../jobs/queue.ts';
import type {ServerDeps} from '../module/define.ts';
import {afterWrite, type Effect} from '../zero/effects.ts';

export type ExtractJob = {versionId: string};
export type ApprovalNoticeJob = {documentId: string; round: number; by: string | null};

export function documentEffects(deps: ServerDeps): Effect[] {
  const extract = async (sql: Sql, ctx: AuthContext, outcome: unknown) => {
    const o = outcome as DocumentOutcome;
    if (!o || o.event === 'moved' || !o.versionId || !o.fileId) return;
    const payload: ExtractJob = {versionId: o.versionId};
    await enqueue(sql, deps.clock, {queue: 'document.extract', companyId: ctx.companyID, payload, dedupeKey: `document:extract:${o.versionId}`});
  };
  const approvers = async (sql: Sql, ctx: AuthContext, outcome: unknown) => {
    const o = outcome as DocumentOutcome;
    if (o?.event !== 'moved' || o.to !== 'approval') return;
    const [row] = await sql(`select round from document where id = $1 and company_id = $2`, [o.documentId, ctx.companyID]);
    if (!row) return;
    const payload: ApprovalNoticeJob = {documentId: o.documentId, round: Number(row.round), by: ctx.kind === 'member' ? ctx.memberID : null};
    await enqueue(sql, deps.clock, {
      queue: 'document.approvalNotice',
      companyId: ctx.companyID,
      payload,
      dedupeKey: `document:approval:${o.documentId}:${payload.round}`,
    });
  };
  return [
    afterWrite(mutators.document.create, ({sql, ctx, outcome}) => extract(sql, ctx, outcome)),
    afterWrite(mutators.document.addVersion, ({sql, ctx, outcome}) => extract(sql, ctx, outcome)),
    afterWrite(mutators.document.move, ({sql, ctx, outcome}) => approvers(sql, ctx, outcome)),
  ];
}
