// Invoice writes (F1, F2): create by hand, from a payment request (its invoice
// and basis files come along) or from an uploaded file; edit while received or
// returned; send for approval (a new round of the company's chain, resolved
// for this amount and what it does to its budget line); move through payment.
// The approval decisions themselves are finance-approval.ts's.
import type {Transaction} from '@rocicorp/zero';
import {zql} from '#schema/zero-schema.ts';
import type {AuthContext} from '../auth/context.ts';
import {derivedId} from '../crm/ids.ts';
import {domainError} from '../errors.ts';
import {EDITABLE_STATUSES, mayCreateInvoice, mayEditInvoice, mayMoveInvoice} from '../finance/access.ts';
import {FALLBACK_ROLE, pendingStepNames, resolveChain} from '../finance/chain.ts';
import {checkInvoiceMove, invoiceSnapshot} from '../finance/lifecycle.ts';
import {amountKzt, BASE_CURRENCY, rateOn} from '../finance/money.ts';
import {createInvoiceArgs, moveInvoiceArgs, submitInvoiceArgs, updateInvoiceArgs} from '../finance/validation.ts';
import {companyRows} from '../queries/scope.ts';
import {visibleRequests} from '../requests/access.ts';
import {dotMutator} from './define.ts';
import {fileKindsOf, holdersOf, impactOn, insertSteps, invoiceFor, localDate, memberOf, roundRows, settingsOf} from './finance-load.ts';

/** What an invoice write did, for the server's effects (notices): nothing for a replay. */
export type FinanceOutcome =
  | {event: 'submitted' | 'group' | 'limit'; entity: 'invoice' | 'document'; entityId: string; approvalIds: string[]}
  | {event: 'approved' | 'rejected' | 'returned' | 'paid'; entity: 'invoice' | 'document'; entityId: string; notify: string[]}
  | undefined;

/** The step the owners decide when a chain names no one (chain.ts's fail-closed rule). */
const OWNER_STEP_NAME = 'Владелец';

const invalid = (field: string, code: 'v.invalid' | 'finance.v.noRate' = 'v.invalid') => domainError('validation', {fields: [{field, code}]});

/** The rate given, else the company's rate on the invoice date (latest before), 1 for KZT; refused naming `rate`. */
async function rateFor(tx: Transaction, ctx: AuthContext, currency: string, onDate: string, given: number | null | undefined): Promise<number> {
  if (currency === BASE_CURRENCY) return 1;
  if (given) return given;
  const rates = await tx.run(companyRows('currency_rate', ctx).where('currency', currency));
  const rate = rateOn(rates, currency, onDate);
  if (!rate) throw invalid('rate', 'finance.v.noRate');
  return rate;
}

async function assertRefs(tx: Transaction, ctx: AuthContext, refs: {counterpartyId?: string | null; budgetLineId?: string | null; basisId?: string | null}) {
  if (refs.counterpartyId && !(await tx.run(companyRows('counterparty', ctx).where('id', refs.counterpartyId).one()))) throw invalid('counterpartyId');
  if (refs.budgetLineId && !(await tx.run(companyRows('budget_line', ctx).where('id', refs.budgetLineId).one()))) throw invalid('budgetLineId');
  if (refs.basisId && !(await tx.run(companyRows('document', ctx).where('id', refs.basisId).one()))) throw invalid('basisId');
}

async function attach(tx: Transaction, ctx: AuthContext, invoiceId: string, fileId: string, kind: string, seed: string, at: number) {
  const id = derivedId(invoiceId, seed);
  if (await tx.run(zql.attachment.where('id', id).one())) return;
  await tx.mutate.attachment.insert({
    id,
    company_id: ctx.companyID,
    entity: 'invoice',
    entity_id: invoiceId,
    file_id: fileId,
    kind,
    created_by: memberOf(ctx),
    created_at: at,
  });
}

export const invoiceMutators = {
  create: dotMutator(createInvoiceArgs, async ({tx, args, ctx}): Promise<FinanceOutcome> => {
    if (!mayCreateInvoice(ctx)) throw domainError('not_found');
    const existing = await tx.run(zql.invoice.where('id', args.id).one());
    if (existing) {
      if (existing.company_id !== ctx.companyID) throw domainError('not_found');
      return;
    }
    await assertRefs(tx, ctx, args);
    const request = args.requestId ? await tx.run(visibleRequests(ctx).where('id', args.requestId).one()) : undefined;
    if (args.requestId && !request) throw invalid('requestId');
    if (args.fileId && tx.location === 'server' && !(await tx.run(companyRows('file', ctx).where('id', args.fileId).one()))) throw invalid('fileId');
    const rate = await rateFor(tx, ctx, args.currency, args.invoiceDate, args.rate);
    await tx.mutate.invoice.insert({
      id: args.id,
      company_id: ctx.companyID,
      number: args.number,
      counterparty_id: args.counterpartyId ?? null,
      amount: args.amount,
      currency: args.currency,
      rate,
      amount_kzt: Math.max(1, amountKzt(args.amount, rate)),
      purpose: args.purpose,
      project: args.project,
      branch: args.branch,
      budget_line_id: args.budgetLineId ?? null,
      invoice_date: args.invoiceDate,
      pay_by: args.payBy,
      status: 'received',
      status_since: args.createdAt,
      basis_id: args.basisId ?? null,
      request_id: args.requestId ?? null,
      round: 0,
      reason: '',
      approved_at: null,
      paid_on: '',
      paid_by: null,
      reminded_at: null,
      escalated_at: null,
      created_by: memberOf(ctx),
      created_at: args.createdAt,
      updated_at: args.createdAt,
    });
    if (request) {
      const files = await tx.run(
        companyRows('attachment', ctx).where('entity', 'request').where('entity_id', request.id).where('kind', 'IN', ['invoice', 'basis']),
      );
      for (const f of files) await attach(tx, ctx, args.id, f.file_id, f.kind, `att:${f.id}`, args.createdAt);
    }
    if (args.fileId) await attach(tx, ctx, args.id, args.fileId, 'invoice', 'file', args.createdAt);
    return undefined;
  }),

  update: dotMutator(updateInvoiceArgs, async ({tx, args, ctx}) => {
    const inv = await invoiceFor(tx, ctx, args.id);
    if (!mayEditInvoice(ctx, inv)) throw domainError('not_found');
    if (!EDITABLE_STATUSES.includes(inv.status)) throw domainError('forbidden_state', {messageKey: 'finance.notEditable'});
    await assertRefs(tx, ctx, args);
    const currency = args.currency ?? inv.currency;
    const invoiceDate = args.invoiceDate ?? inv.invoice_date;
    const amount = args.amount ?? inv.amount;
    const rateChanged = args.rate !== undefined || args.currency !== undefined || args.invoiceDate !== undefined;
    const rate = rateChanged
      ? await rateFor(tx, ctx, currency, invoiceDate, args.rate ?? (currency === inv.currency && args.invoiceDate === undefined ? inv.rate : null))
      : inv.rate;
    await tx.mutate.invoice.update({
      id: args.id,
      ...(args.number !== undefined && {number: args.number}),
      ...(args.counterpartyId !== undefined && {counterparty_id: args.counterpartyId}),
      ...(args.purpose !== undefined && {purpose: args.purpose}),
      ...(args.project !== undefined && {project: args.project}),
      ...(args.branch !== undefined && {branch: args.branch}),
      ...(args.budgetLineId !== undefined && {budget_line_id: args.budgetLineId}),
      ...(args.payBy !== undefined && {pay_by: args.payBy}),
      ...(args.basisId !== undefined && {basis_id: args.basisId}),
      amount,
      currency,
      invoice_date: invoiceDate,
      rate,
      amount_kzt: Math.max(1, amountKzt(amount, rate)),
      updated_at: args.at,
    });
  }),

  /** Sends for approval: round + 1, the chain resolved for this amount and the line's state (due in 24 h). */
  submit: dotMutator(submitInvoiceArgs, async ({tx, args, ctx}): Promise<FinanceOutcome> => {
    const inv = await invoiceFor(tx, ctx, args.id);
    if (inv.status === 'approval') return undefined;
    if (!mayEditInvoice(ctx, inv)) throw domainError('not_found');
    const blockers = checkInvoiceMove(invoiceSnapshot(inv, await fileKindsOf(tx, ctx, inv.id), []), 'approval');
    if (blockers.some((b) => b.kind === 'no_such_move')) throw domainError('invalid_transition', {field: 'status', current: inv.status, attempted: 'approval'});
    if (blockers.length) throw domainError('blocked', {blockers});
    const impact = await impactOn(tx, ctx, inv.budget_line_id, inv);
    const {holders, active} = await holdersOf(tx, ctx);
    // Fail closed: a line that cannot be checked counts as over its limit.
    const resolved = resolveChain((await settingsOf(tx, ctx)).invoiceChain, {amountKzt: inv.amount_kzt, overLimit: impact?.overLimit ?? true, holders, active});
    // Never approved by nobody: a chain that asks no one for this amount asks the owners.
    const steps = resolved.length ? resolved : [{key: 'owner', name: OWNER_STEP_NAME, role: FALLBACK_ROLE, group: 0, why: 'chain' as const}];
    const round = inv.round + 1;
    const ids = await insertSteps(tx, ctx, 'invoice', inv.id, round, steps, args.at);
    const first = steps.length ? Math.min(...steps.map((s) => s.group)) : 0;
    await tx.mutate.invoice.update({id: inv.id, status: 'approval', round, reason: '', status_since: args.at, updated_at: args.at});
    return {event: 'submitted', entity: 'invoice', entityId: inv.id, approvalIds: ids.filter((_, i) => steps[i]!.group === first)};
  }),

  /** Payment and closing (finance.pay), or a rejection by hand before approval (with a reason). */
  move: dotMutator(moveInvoiceArgs, async ({tx, args, ctx}): Promise<FinanceOutcome> => {
    const inv = await invoiceFor(tx, ctx, args.id);
    if (inv.status === args.to) return undefined;
    if (args.to === 'approval' || args.to === 'approved') throw domainError('invalid_transition', {field: 'status', current: inv.status, attempted: args.to});
    if (!mayMoveInvoice(ctx, inv, args.to)) throw domainError('forbidden_state', {messageKey: 'finance.notAllowedMove'});
    const rows = inv.round ? await roundRows(tx, ctx, inv.id, inv.round) : [];
    const blockers = checkInvoiceMove(invoiceSnapshot(inv, await fileKindsOf(tx, ctx, inv.id), pendingStepNames(rows)), args.to, args.comment);
    if (blockers.some((b) => b.kind === 'no_such_move')) throw domainError('invalid_transition', {field: 'status', current: inv.status, attempted: args.to});
    if (blockers.length) throw domainError('blocked', {blockers});
    const paid = args.to === 'paid';
    // A foreign-currency invoice records the rate of the payment date when one is given.
    const rate = paid && args.rate && inv.currency !== BASE_CURRENCY ? args.rate : inv.rate;
    await tx.mutate.invoice.update({
      id: inv.id,
      status: args.to,
      status_since: args.at,
      updated_at: args.at,
      ...(args.to === 'rejected' && {reason: args.comment?.trim() ?? ''}),
      ...(paid && {paid_on: args.paidOn ?? localDate(args.at), paid_by: memberOf(ctx), rate, amount_kzt: Math.max(1, amountKzt(inv.amount, rate))}),
    });
    if (args.to === 'rejected' || paid) {
      return {
        event: paid ? 'paid' : 'rejected',
        entity: 'invoice',
        entityId: inv.id,
        notify: inv.created_by && inv.created_by !== memberOf(ctx) ? [inv.created_by] : [],
      };
    }
    return undefined;
  }),
};
