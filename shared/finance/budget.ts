// Budget arithmetic (F4, F5): a line's figures are computed from the invoices
// on it, never stored twice. Each invoice counts in exactly one bucket by its
// status: in work (forecast), approved or in payment (committed), paid or
// closed (actual), rejected (nowhere). The remainder is what the plan leaves
// after actual and committed, so plan = actual + committed + remainder always.
import type {InvoiceStatus} from './lifecycle.ts';

export type Bucket = 'forecast' | 'committed' | 'actual' | 'none';

export const BUCKET_OF: Record<InvoiceStatus, Bucket> = {
  received: 'forecast',
  approval: 'forecast',
  returned: 'forecast',
  approved: 'committed',
  paying: 'committed',
  paid: 'actual',
  closed: 'actual',
  rejected: 'none',
};

export function bucketOf(status: string): Bucket {
  return BUCKET_OF[status as InvoiceStatus] ?? 'none';
}

export type LineLike = {readonly plan: number; readonly limit_amount?: number | null};
export type InvoiceLike = {readonly id: string; readonly status: string; readonly amount_kzt: number};

export type LineFigures = {
  readonly plan: number;
  /** Past this, an invoice needs the extra approval: the line's limit, or its plan. */
  readonly limit: number;
  readonly actual: number;
  readonly committed: number;
  readonly forecast: number;
  /** plan − actual − committed (negative: overspent). */
  readonly remainder: number;
};

/** The figures of one line from the invoices on it. */
export function lineFigures(line: LineLike, invoices: readonly InvoiceLike[]): LineFigures {
  let actual = 0;
  let committed = 0;
  let forecast = 0;
  for (const inv of invoices) {
    const b = bucketOf(inv.status);
    if (b === 'actual') actual += inv.amount_kzt;
    else if (b === 'committed') committed += inv.amount_kzt;
    else if (b === 'forecast') forecast += inv.amount_kzt;
  }
  return {plan: line.plan, limit: line.limit_amount ?? line.plan, actual, committed, forecast, remainder: line.plan - actual - committed};
}

export type Impact = {
  readonly before: LineFigures;
  /** The remainder once this invoice is committed. */
  readonly remainderAfter: number;
  /** Whether committing it takes the line past its limit (F5: the extra approval). */
  readonly overLimit: boolean;
};

/** What one invoice does to its line: shown to each approver before they decide. */
export function impactOf(line: LineLike, invoices: readonly InvoiceLike[], invoice: {readonly id: string; readonly amount_kzt: number}): Impact {
  const others = invoices.filter((i) => i.id !== invoice.id);
  const before = lineFigures(line, others);
  const spent = before.actual + before.committed + invoice.amount_kzt;
  return {before, remainderAfter: before.plan - spent, overLimit: spent > before.limit};
}
