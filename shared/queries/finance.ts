// Finance's reads, scoped by shared/finance/access.ts: the registry (filtered
// on the device by shared/finance/registry.ts), one invoice's card, the
// approvals waiting for me, the budget lines with their invoices (figures are
// computed, never stored), and the reference data.
import {defineQuery} from '@rocicorp/zero';
import {v} from '../validation/args.ts';
import {approvalsOfMine, financeRows, invoiceVisibility, seesApprovals, visibleInvoices, visibleLines} from '../finance/access.ts';
import {PERIOD_RE} from '../finance/period.ts';
import {companyRows} from './scope.ts';

const id = v.string().max(128);

export const financeQueries = {
  /** The registry: newest first, with what a row shows. */
  invoices: defineQuery(({ctx}) =>
    visibleInvoices(ctx)
      .related('counterparty')
      .related('line', (q) => q.related('item'))
      .related('approvals')
      .orderBy('created_at', 'desc')
      .orderBy('id', 'desc'),
  ),

  /** One invoice's card: its approvals (who, when), files, basis and budget line. */
  invoice: defineQuery(v.object({id}), ({args, ctx}) =>
    visibleInvoices(ctx)
      .where('id', args.id)
      .related('counterparty')
      // The line with the invoices on it: the budget impact each approver sees before deciding (budget.ts impactOf).
      .related('line', (q) =>
        q
          .related('item')
          .related('owner')
          .related('invoices', (i) => invoiceVisibility(ctx)(i)),
      )
      .related('basis')
      .related('request')
      .related('approvals', (q) => q.orderBy('round', 'asc').orderBy('grp', 'asc').orderBy('created_at', 'asc').related('member').related('decider'))
      .related('attachments', (q) => q.where('entity', 'invoice').orderBy('created_at', 'asc').related('file'))
      .related('author')
      .one(),
  ),

  /** The steps waiting for my decision (of invoices and documents), oldest due first. */
  myApprovals: defineQuery(({ctx}) =>
    approvalsOfMine(ctx)(companyRows('approval', seesApprovals(ctx) ? ctx : undefined))
      .where('decision', 'pending')
      .orderBy('due_at', 'asc')
      .orderBy('id', 'asc'),
  ),

  /** Budget lines (of one period, or all) with their item, owner and invoices: the figures are computed from them. */
  lines: defineQuery(v.object({period: v.string().regex(PERIOD_RE).optional()}).optional(), ({args, ctx}) => {
    const q = visibleLines(ctx)
      .related('item')
      .related('owner')
      .related('invoices', (i) => invoiceVisibility(ctx)(i));
    return (args?.period ? q.where('period', args.period) : q).orderBy('period', 'asc').orderBy('id', 'asc');
  }),

  counterparties: defineQuery(({ctx}) => financeRows('counterparty', ctx).orderBy('name', 'asc').orderBy('id', 'asc')),
  items: defineQuery(({ctx}) => financeRows('expense_item', ctx).orderBy('position', 'asc').orderBy('id', 'asc')),
  rates: defineQuery(({ctx}) => financeRows('currency_rate', ctx).orderBy('on_date', 'desc').orderBy('id', 'asc')),
  settings: defineQuery(({ctx}) => financeRows('finance_settings', ctx).one()),
};
