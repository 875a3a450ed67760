// Who sees which invoices and budgets, and who may do what — written once,
// used by the named queries, the mutators and REST:
// - `finance.read`: every invoice, budget line and counterparty of the company;
// - `finance.own`: the invoices one made or must approve (a step of one's role
//   or of oneself), and the figures of the lines they are on; send one's
//   invoices for approval;
// - `finance.manage`: edit any invoice, the budgets, items, counterparties,
//   rates and chains;
// - `finance.pay`: approved → in payment → paid.
// Deciding a step needs the step's role or person (chain.ts mayDecide), not a permission.
import type {Query} from '@rocicorp/zero';
import type {Schema} from '#schema/zero-schema.ts';
import {can} from '../auth/can.ts';
import {rolesOf, type AuthContext} from '../auth/context.ts';
import type {Permission} from '../auth/permissions.ts';
import {reachOf, type Reach} from '../auth/reach.ts';
import {companyRows} from '../queries/scope.ts';

const has = (ctx: AuthContext | undefined, p: Permission): boolean => can(ctx, p);

export function financeReach(ctx: AuthContext | undefined): Reach {
  return reachOf(ctx, 'finance.read', ['finance.own', 'finance.manage', 'finance.pay']);
}

export function seesFinance(ctx: AuthContext | undefined): boolean {
  return financeReach(ctx).kind !== 'none';
}

/** The roles a member decides steps for (none for the system). */
export function myRoles(ctx: AuthContext | undefined): string[] {
  return ctx?.kind === 'member' ? [...rolesOf(ctx)] : [];
}

type InvoiceQuery = Query<'invoice', Schema>;
type ApprovalQuery = Query<'approval', Schema>;

/** Approval rows this person decides (their role's or their own), of any decision. */
export function approvalsOfMine(ctx: AuthContext | undefined): (q: ApprovalQuery) => ApprovalQuery {
  const me = ctx?.kind === 'member' ? ctx.memberID : '';
  const roles = myRoles(ctx);
  return (q) => q.where(({cmp, or, and}) => or(cmp('member_id', me), and(cmp('member_id', 'IS', null), cmp('role', 'IN', roles.length ? roles : ['']))));
}

/** Narrows an invoice query to what this person sees. */
export function invoiceVisibility(ctx: AuthContext | undefined): (q: InvoiceQuery) => InvoiceQuery {
  const reach = financeReach(ctx);
  if (!ctx || reach.kind === 'none') return (q) => q.where('company_id', 'IS', null);
  if (reach.kind === 'all') return (q) => q.where('company_id', ctx.companyID);
  const mine = approvalsOfMine(ctx);
  return (q) =>
    q.where('company_id', ctx.companyID).where(({cmp, or, exists}) =>
      or(
        cmp('created_by', reach.memberId),
        exists('approvals', (a) => mine(a)),
      ),
    );
}

export function visibleInvoices(ctx: AuthContext | undefined): InvoiceQuery {
  return invoiceVisibility(ctx)(companyRows('invoice', ctx));
}

/** Budget lines: every one for `finance.read`; those of one's visible invoices otherwise. */
export function visibleLines(ctx: AuthContext | undefined): Query<'budget_line', Schema> {
  const reach = financeReach(ctx);
  const q = companyRows('budget_line', reach.kind === 'none' ? undefined : ctx);
  if (reach.kind !== 'own') return q;
  return q.whereExists('invoices', invoiceVisibility(ctx));
}

/** Reference data every finance user reads (counterparties, items, rates, settings). */
export function financeRows<T extends 'counterparty' | 'expense_item' | 'currency_rate' | 'finance_settings'>(table: T, ctx: AuthContext | undefined) {
  return companyRows(table, seesFinance(ctx) ? ctx : undefined);
}

export function mayManageFinance(ctx: AuthContext | undefined): boolean {
  return ctx?.kind === 'system' || has(ctx, 'finance.manage');
}

export function mayCreateInvoice(ctx: AuthContext | undefined): boolean {
  return mayManageFinance(ctx) || has(ctx, 'finance.own');
}

type InvoiceRow = {readonly created_by?: string | null; readonly status: string};

/** Editing and sending for approval: the author (finance.own) or finance.manage, while received or returned. */
export function mayEditInvoice(ctx: AuthContext | undefined, inv: InvoiceRow): boolean {
  if (mayManageFinance(ctx)) return true;
  return ctx?.kind === 'member' && has(ctx, 'finance.own') && !!inv.created_by && inv.created_by === ctx.memberID;
}

export const EDITABLE_STATUSES: readonly string[] = ['received', 'returned'];

/** Moves of payment (to paying, paid, closed) need finance.pay; a rejection by hand, the edit right. */
export function mayMoveInvoice(ctx: AuthContext | undefined, inv: InvoiceRow, to: string): boolean {
  if (to === 'paying' || to === 'paid' || to === 'closed') return ctx?.kind === 'system' || has(ctx, 'finance.pay');
  return mayEditInvoice(ctx, inv);
}

/** Whether this member may see the whole approval queue of a document as an approver. */
export function seesApprovals(ctx: AuthContext | undefined): boolean {
  return seesFinance(ctx) || has(ctx, 'documents.read') || has(ctx, 'documents.manage');
}
