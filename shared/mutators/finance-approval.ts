// Approval decisions (F2, F5), for invoices and documents alike: approve,
// reject with a reason, or return — from a phone, offline too. A decision that
// arrives after someone else decided (offline) is refused naming who did.
// The last approval of an invoice's round is the budget's point of truth: on
// the server it takes the budget line's advisory lock, reads the line's
// committed figures after it, and when the invoice would take the line past
// its limit and the round has no limit step yet, adds that step instead of
// approving — so twenty invoices decided at once never pass the limit unseen.
import type {Transaction} from '@rocicorp/zero';
import type {AuthContext} from '../auth/context.ts';
import {domainError} from '../errors.ts';
import {myRoles} from '../finance/access.ts';
import {currentGroup, mayDecide, resolveChain, roundOutcome, type ResolvedStep} from '../finance/chain.ts';
import {approvalMarkArgs, decideArgs} from '../finance/validation.ts';
import {companyRows} from '../queries/scope.ts';
import {dotMutator} from './define.ts';
import type {FinanceOutcome} from './finance-invoice.ts';
import {APPROVAL_DUE_MS, holdersOf, impactOn, insertSteps, lockEntity, lockLine, roundRows, settingsOf, type ApprovalRow} from './finance-load.ts';

/** The extra step when a company's chain has none for the limit: the finance director. */
const LIMIT_STEP = {key: 'limit', name: 'Финансовый директор', role: 'cfo', group: 0, overLimit: true};

async function approvalFor(tx: Transaction, ctx: AuthContext, id: string) {
  const row = await tx.run(companyRows('approval', ctx).where('id', id).one());
  if (!row) throw domainError('not_found');
  return row;
}

/** The refusal of a late decision: who decided this step (or ended the round) and how. */
async function alreadyDecided(tx: Transaction, ctx: AuthContext, row: ApprovalRow, rows: readonly ApprovalRow[], attempted: string) {
  const by = row.decision === 'void' ? rows.find((r) => r.decision === 'rejected' || r.decision === 'returned') : row;
  const who = by?.decided_by ? await tx.run(companyRows('member', ctx).where('id', by.decided_by).one()) : undefined;
  const decision = by?.decision ?? row.decision;
  return domainError('conflict', {
    messageKey: 'finance.approvalDecided',
    params: {who: who?.name ?? '—'},
    field: 'decision',
    current: decision,
    attempted,
  });
}

/** The steps the limit adds to a round (the chain's own over-limit steps, else the finance director), after its groups. */
async function limitSteps(tx: Transaction, ctx: AuthContext, amountKzt: number, rows: readonly ApprovalRow[]): Promise<ResolvedStep[]> {
  const {holders, active} = await holdersOf(tx, ctx);
  const chain = (await settingsOf(tx, ctx)).invoiceChain.filter((s) => s.overLimit);
  const steps = resolveChain(chain.length ? chain : [LIMIT_STEP], {amountKzt, overLimit: true, holders, active});
  const after = Math.max(...rows.map((r) => r.grp)) + 1;
  const taken = new Set(rows.map((r) => r.step_key));
  return steps.map((s) => ({...s, why: 'limit' as const, key: taken.has(s.key) ? `${s.key}_limit` : s.key, group: Math.max(s.group, after)}));
}

async function endRound(tx: Transaction, rows: readonly ApprovalRow[], except: string, at: number) {
  for (const r of rows) if (r.id !== except && r.decision === 'pending') await tx.mutate.approval.update({id: r.id, decision: 'void', decided_at: at});
}

/** The next group's steps become due when the one before completes. */
async function startGroup(tx: Transaction, rows: readonly ApprovalRow[], group: number, at: number): Promise<string[]> {
  const next = rows.filter((r) => r.decision === 'pending' && r.grp === group);
  for (const r of next) await tx.mutate.approval.update({id: r.id, due_at: at + APPROVAL_DUE_MS, reminded_at: null, escalated_at: null});
  return next.map((r) => r.id);
}

export const approvalMutators = {
  decide: dotMutator(decideArgs, async ({tx, args, ctx}): Promise<FinanceOutcome> => {
    if (ctx.kind !== 'member') throw domainError('not_found');
    const first = await approvalFor(tx, ctx, args.id);
    await lockEntity(tx, first.entity_id);
    const row = await approvalFor(tx, ctx, args.id); // read again after the lock: another decision may have landed
    const rows = await roundRows(tx, ctx, row.entity_id, row.round);
    if (row.decision !== 'pending') {
      if (row.decided_by === ctx.memberID && row.decision === args.decision) return undefined; // this decision, replayed
      throw await alreadyDecided(tx, ctx, row, rows, args.decision);
    }
    const entity =
      row.entity === 'invoice'
        ? await tx.run(companyRows('invoice', ctx).where('id', row.entity_id).one())
        : await tx.run(companyRows('document', ctx).where('id', row.entity_id).one());
    if (!entity) {
      // A phone may hold the step (my approvals) without its invoice or document: it records the decision
      // and leaves the rest to the server, which has the last word.
      if (tx.location !== 'client') throw domainError('not_found');
      await tx.mutate.approval.update({id: row.id, decision: args.decision, decided_by: ctx.memberID, decided_at: args.at, reason: args.reason.trim()});
      return undefined;
    }
    if (entity.status !== 'approval' || entity.round !== row.round)
      throw domainError('conflict', {field: 'status', current: entity.status, attempted: args.decision});
    if (!mayDecide(row, rows, {memberId: ctx.memberID, roles: myRoles(ctx)})) {
      throw domainError('forbidden_state', {messageKey: 'finance.notYourStep'});
    }
    await tx.mutate.approval.update({id: row.id, decision: args.decision, decided_by: ctx.memberID, decided_at: args.at, reason: args.reason.trim()});
    const after = rows.map((r) => (r.id === row.id ? {...r, decision: args.decision} : r));
    const author = row.entity === 'invoice' ? (entity as {created_by?: string | null}).created_by : (entity as {owner_id?: string | null}).owner_id;
    const notify = author && author !== ctx.memberID ? [author] : [];
    const entityKind = row.entity;

    if (args.decision !== 'approved') {
      await endRound(tx, rows, row.id, args.at);
      const status = entityKind === 'invoice' ? args.decision : 'draft';
      const fields = {status, reason: args.reason.trim(), status_since: args.at, updated_at: args.at};
      if (entityKind === 'invoice') await tx.mutate.invoice.update({id: entity.id, ...fields});
      else await tx.mutate.document.update({id: entity.id, ...fields});
      return {event: args.decision, entity: entityKind, entityId: entity.id, notify};
    }

    if (roundOutcome(after) === 'pending') {
      const group = currentGroup(after);
      // The group this step was in is complete: the next one's steps are due from now.
      if (group !== null && group !== row.grp) {
        const ids = await startGroup(tx, after, group, args.at);
        return {event: 'group', entity: entityKind, entityId: entity.id, approvalIds: ids};
      }
      return undefined;
    }

    if (entityKind === 'document') return {event: 'approved', entity: 'document', entityId: entity.id, notify};

    // The last approval of an invoice: the budget check under the line's lock, with figures read after it.
    const inv = entity as {id: string; amount_kzt: number; budget_line_id?: string | null};
    await lockLine(tx, inv.budget_line_id);
    const impact = await impactOn(tx, ctx, inv.budget_line_id, inv);
    const overLimit = impact?.overLimit ?? true; // fail closed: no line to check against
    if (overLimit && !rows.some((r) => r.why === 'limit')) {
      const steps = await limitSteps(tx, ctx, inv.amount_kzt, rows);
      const ids = await insertSteps(tx, ctx, 'invoice', inv.id, row.round, steps, args.at);
      return {event: 'limit', entity: 'invoice', entityId: inv.id, approvalIds: ids};
    }
    await tx.mutate.invoice.update({id: inv.id, status: 'approved', approved_at: args.at, status_since: args.at, updated_at: args.at});
    return {event: 'approved', entity: 'invoice', entityId: inv.id, notify};
  }),

  /** The system's reminder of an overdue step (jobs), once per due time. */
  remind: dotMutator(approvalMarkArgs, async ({tx, args, ctx}) => {
    if (ctx.kind !== 'system') throw domainError('not_found');
    const row = await tx.run(companyRows('approval', ctx).where('id', args.id).one());
    if (!row || row.decision !== 'pending' || row.due_at !== args.dueAt || row.reminded_at) return false;
    await tx.mutate.approval.update({id: row.id, reminded_at: args.at});
    return true;
  }),

  /** The system's escalation of a step overdue past the SLA's escalation hours (jobs), once per due time. */
  escalate: dotMutator(approvalMarkArgs, async ({tx, args, ctx}) => {
    if (ctx.kind !== 'system') throw domainError('not_found');
    const row = await tx.run(companyRows('approval', ctx).where('id', args.id).one());
    if (!row || row.decision !== 'pending' || row.due_at !== args.dueAt || row.escalated_at) return false;
    await tx.mutate.approval.update({id: row.id, escalated_at: args.at});
    return true;
  }),
};
