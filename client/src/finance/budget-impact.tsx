// What this invoice does to its budget line, shown to an approver before the
// decision (F5): the plan, what is already spent and committed, and what is
// left after this one — in red, with the limit named, when it goes past it.
import {useQuery} from '@rocicorp/zero/react';
import {impactOf} from '#shared/finance/budget.ts';
import {queries} from '#shared/queries/index.ts';
import {useI18n} from '../i18n/i18n.tsx';
import {money} from './money.ts';
import {lineName} from './registry-filters.tsx';
import type {InvoiceRow, LineRow} from './use-finance.ts';

type LineWithInvoices = LineRow & {invoices?: readonly InvoiceRow[]};

/** `held`: the line as the invoice's card carries it (with its invoices) — what an approver without the budgets sees. */
export function BudgetImpact({invoice, held}: {invoice: InvoiceRow; held?: LineWithInvoices | undefined}) {
  const {t, locale} = useI18n();
  const [lines] = useQuery(queries.finance.lines({}));
  const line = held?.invoices ? held : (lines.find((l) => l.id === invoice.budget_line_id) as LineWithInvoices | undefined);
  if (!invoice.budget_line_id) return <p className="budget-impact muted">{t('fin.impact.noLine')}</p>;
  if (!line) return <p className="budget-impact muted">{t('fin.impact.unknown')}</p>;
  const impact = impactOf(line, line.invoices ?? [], invoice);
  const f = impact.before;
  const row = (key: string, label: string, value: number, cls = '') => (
    <div className={`impact-row ${cls}`} data-figure={key}>
      <dt>{label}</dt>
      <dd>{money(value, locale)}</dd>
    </div>
  );
  return (
    <section className={impact.overLimit ? 'budget-impact over' : 'budget-impact'} data-testid="budget-impact" aria-label={t('fin.impact.title')}>
      <h3>
        {t('fin.impact.title')}: <span className="wrap-anywhere">{lineName(line)}</span>
      </h3>
      <dl>
        {row('plan', t('fin.fig.plan'), f.plan)}
        {row('actual', t('fin.fig.actual'), f.actual)}
        {row('committed', t('fin.fig.committed'), f.committed)}
        {row('this', t('fin.impact.this'), invoice.amount_kzt, 'this')}
        {row('after', t('fin.impact.after'), impact.remainderAfter, impact.remainderAfter < 0 ? 'negative' : 'after')}
      </dl>
      {impact.overLimit ? (
        <p className="impact-warning" role="note">
          {t('fin.impact.overLimit', {limit: money(f.limit, locale)})}
        </p>
      ) : null}
    </section>
  );
}
