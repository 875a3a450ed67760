// What the finance writes read before they write: an invoice the caller sees,
// the company's chains, who holds which role, a budget line with the invoices
// on it, a round's approval rows — and, on the server, the advisory locks that
// make the last approval of an invoice and its budget check one step.
import type {Transaction} from '@rocicorp/zero';
import type {AuthContext} from '../auth/context.ts';
import {derivedId} from '../crm/ids.ts';
import {domainError} from '../errors.ts';
import {impactOf, type Impact} from '../finance/budget.ts';
import {DEFAULT_DOCUMENT_CHAIN, DEFAULT_INVOICE_CHAIN, type ChainStep, type ResolvedStep} from '../finance/chain.ts';
import {seesFinance, visibleInvoices} from '../finance/access.ts';
import {companyRows} from '../queries/scope.ts';

/** An approval step waits this long before it is overdue (the invoice workflow's SLA). */
export const APPROVAL_DUE_MS = 24 * 3600_000;

export function memberOf(ctx: AuthContext): string | null {
  return ctx.kind === 'member' ? ctx.memberID : null;
}

export function assertFinance(ctx: AuthContext): void {
  if (ctx.kind !== 'system' && !seesFinance(ctx)) throw domainError('not_found');
}

export async function invoiceFor(tx: Transaction, ctx: AuthContext, id: string) {
  const row = await tx.run(visibleInvoices(ctx).where('id', id).one());
  if (!row) throw domainError('not_found');
  return row;
}
export type InvoiceRow = Awaited<ReturnType<typeof invoiceFor>>;

export type Settings = {invoiceChain: readonly ChainStep[]; documentChain: readonly ChainStep[]; remindDays: number};

/** The company's chains; the defaults where it has written none. */
export async function settingsOf(tx: Transaction, ctx: AuthContext): Promise<Settings> {
  const row = await tx.run(companyRows('finance_settings', ctx).one());
  return {
    invoiceChain: row?.invoice_chain?.length ? row.invoice_chain : DEFAULT_INVOICE_CHAIN,
    documentChain: row?.document_chain?.length ? row.document_chain : DEFAULT_DOCUMENT_CHAIN,
    remindDays: row?.remind_days ?? 14,
  };
}

/** Role → its active holders, and the active members (who may decide a step). */
export async function holdersOf(tx: Transaction, ctx: AuthContext) {
  const members = await tx.run(companyRows('member', ctx).where('active', true));
  const holders = new Map<string, string[]>();
  for (const m of members) for (const r of m.roles ?? [m.role]) holders.set(r, [...(holders.get(r) ?? []), m.id]);
  return {holders, active: new Set(members.map((m) => m.id))};
}

/** The line's figures and what this invoice does to them. Fail closed: no line, no check — over the limit. */
export async function impactOn(
  tx: Transaction,
  ctx: AuthContext,
  lineId: string | null | undefined,
  invoice: {id: string; amount_kzt: number},
): Promise<Impact | null> {
  if (!lineId) return null;
  const line = await tx.run(companyRows('budget_line', ctx).where('id', lineId).one());
  if (!line) return null;
  const onLine = await tx.run(companyRows('invoice', ctx).where('budget_line_id', lineId));
  return impactOf(line, onLine, invoice);
}

/** Server only: one decision at a time per invoice or document. */
export async function lockEntity(tx: Transaction, entityId: string): Promise<void> {
  if (tx.location !== 'server') return;
  await tx.dbTransaction.query('select pg_advisory_xact_lock(hashtextextended($1, 0))', [`dot.approval:${entityId}`]);
}

/** Server only: the last approvals of invoices on one budget line run one after the other (F5 under concurrency). */
export async function lockLine(tx: Transaction, lineId: string | null | undefined): Promise<void> {
  if (tx.location !== 'server' || !lineId) return;
  await tx.dbTransaction.query("select pg_advisory_xact_lock(hashtextextended('dot.budget:' || $1, 0))", [lineId]);
}

export async function roundRows(tx: Transaction, ctx: AuthContext, entityId: string, round: number) {
  return tx.run(companyRows('approval', ctx).where('entity_id', entityId).where('round', round).orderBy('grp', 'asc').orderBy('created_at', 'asc'));
}
export type ApprovalRow = Awaited<ReturnType<typeof roundRows>>[number];

export function approvalId(entityId: string, round: number, stepKey: string): string {
  return derivedId(entityId, `${round}:${stepKey}`);
}

/** Inserts the rows of a round (replays make nothing twice); the first group is due now + 24 h. */
export async function insertSteps(
  tx: Transaction,
  ctx: AuthContext,
  entity: 'invoice' | 'document',
  entityId: string,
  round: number,
  steps: readonly ResolvedStep[],
  at: number,
  versionId: string | null = null,
): Promise<string[]> {
  const first = steps.length ? Math.min(...steps.map((s) => s.group)) : 0;
  const ids: string[] = [];
  for (const s of steps) {
    const id = approvalId(entityId, round, s.key);
    ids.push(id);
    if (await tx.run(companyRows('approval', ctx).where('id', id).one())) continue;
    await tx.mutate.approval.insert({
      id,
      company_id: ctx.companyID,
      entity,
      entity_id: entityId,
      round,
      step_key: s.key,
      name: s.name,
      role: s.role,
      member_id: s.memberId ?? null,
      grp: s.group,
      why: s.why,
      decision: 'pending',
      decided_by: null,
      decided_at: null,
      reason: '',
      version_id: versionId,
      due_at: s.group === first ? at + APPROVAL_DUE_MS : null,
      reminded_at: null,
      escalated_at: null,
      created_at: at,
    });
  }
  return ids;
}

export async function fileKindsOf(tx: Transaction, ctx: AuthContext, invoiceId: string): Promise<string[]> {
  const rows = await tx.run(companyRows('attachment', ctx).where('entity', 'invoice').where('entity_id', invoiceId));
  return rows.map((r) => r.kind);
}

/** "2026-12-06" in the company's zone (UTC+5) for an epoch ms. */
export function localDate(at: number): string {
  return new Date(at + 5 * 3600_000).toISOString().slice(0, 10);
}
