// Budgets (/finance/budgets): a period (month, quarter, year) and its lines
// with plan, actual, committed, forecast and remainder — computed on the
// device from the invoices on each line (shared/finance/budget.ts) — the
// line editor for those who manage finance, and the over/under report with
// each line owner's note.
import {useQuery} from '@rocicorp/zero/react';
import {useState} from 'react';
import {lineFigures} from '#shared/finance/budget.ts';
import {queries} from '#shared/queries/index.ts';
import {useI18n} from '../i18n/i18n.tsx';
import type {Session} from '../session/session.ts';
import {useTimeZone} from '../tasks/use-tasks.ts';
import {useDraft} from '../ui/use-draft.ts';
import {BudgetLines} from './budget-lines.tsx';
import {BudgetReport} from './budget-report.tsx';
import {LineEditor} from './line-editor.tsx';
import {today} from './money.ts';
import {kindOf, periodLabel, periodOf, shiftPeriod, type PeriodKind} from './periods.ts';
import {rightsOf, type InvoiceRow, type LineRow} from './use-finance.ts';

const KINDS: PeriodKind[] = ['month', 'quarter', 'year'];

export type LineWithInvoices = LineRow & {invoices?: readonly InvoiceRow[]};

export function BudgetsView({session}: {session: Session}) {
  const {t, locale} = useI18n();
  const timeZone = useTimeZone();
  const rights = rightsOf(session);
  const [state, setState] = useDraft('fin-period', {period: periodOf('month', today(timeZone))});
  const period = state.period;
  const [editing, setEditing] = useState<string | null>(null);
  const [rows] = useQuery(queries.finance.lines({period}));
  const lines = rows as readonly LineWithInvoices[];
  const figures = lines.map((l) => ({line: l, figures: lineFigures(l, l.invoices ?? [])}));
  return (
    <div className="budgets">
      <div className="period-picker" role="group" aria-label={t('fin.period')}>
        <div className="mode-switch">
          {KINDS.map((k) => (
            <button
              key={k}
              type="button"
              className={kindOf(period) === k ? 'active' : ''}
              aria-pressed={kindOf(period) === k}
              onClick={() => setState({period: periodOf(k, `${period.slice(0, 4)}-${kindOf(period) === 'month' ? period.slice(5, 7) : '01'}-01`)})}
            >
              {t(`fin.periodKind.${k}`)}
            </button>
          ))}
        </div>
        <div className="period-step">
          <button type="button" aria-label={t('fin.prevPeriod')} onClick={() => setState({period: shiftPeriod(period, -1)})}>
            ‹
          </button>
          <strong className="period-name" data-period={period}>
            {periodLabel(period, locale, t('fin.quarterShort'))}
          </strong>
          <button type="button" aria-label={t('fin.nextPeriod')} onClick={() => setState({period: shiftPeriod(period, 1)})}>
            ›
          </button>
        </div>
      </div>
      <BudgetLines rows={figures} canEdit={rights.manage} onEdit={setEditing} />
      {rights.manage ? <LineEditor key={editing ?? 'new'} period={period} line={lines.find((l) => l.id === editing)} onDone={() => setEditing(null)} /> : null}
      <BudgetReport period={period} rows={figures} memberId={rights.memberId} manage={rights.manage} />
    </div>
  );
}
