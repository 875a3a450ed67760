// A period's budget lines with their figures: a table on wide screens, a card
// per line on phones (the figures in a grid that wraps). A manager removes a
// line nothing points at.
import type {LineFigures} from '#shared/finance/budget.ts';
import {mutators} from '../sync/mutators.ts';
import {useI18n} from '../i18n/i18n.tsx';
import {useWrite} from '../write/writer.tsx';
import type {LineWithInvoices} from './budgets-view.tsx';
import {money} from './money.ts';

const FIGURES = ['plan', 'actual', 'committed', 'forecast', 'remainder'] as const;

type Props = {rows: readonly {line: LineWithInvoices; figures: LineFigures}[]; canEdit: boolean; onEdit: (id: string) => void};

export function BudgetLines({rows, canEdit, onEdit}: Props) {
  const {t, locale} = useI18n();
  const write = useWrite();
  if (!rows.length) return <p className="empty">{t('fin.noLines')}</p>;
  const total = (k: (typeof FIGURES)[number]) => rows.reduce((s, r) => s + r.figures[k], 0);
  return (
    <div className="budget-lines">
      <ul className="line-list">
        {rows.map(({line, figures}) => (
          <li key={line.id} className="budget-line" data-line-id={line.id}>
            <div className="line-head">
              <strong className="wrap-anywhere">{line.item?.name ?? '…'}</strong>
              <span className="muted wrap-anywhere">{[line.project, line.branch, line.owner?.name].filter(Boolean).join(' · ')}</span>
              {canEdit ? (
                <button type="button" className="link" onClick={() => onEdit(line.id)}>
                  {t('fin.editLine')}
                </button>
              ) : null}
              {canEdit && !(line.invoices ?? []).length ? (
                <button type="button" className="link" onClick={() => void write(mutators.budget.removeLine({id: line.id}))}>
                  {t('fin.removeLine')}
                </button>
              ) : null}
            </div>
            <dl className="line-figures">
              {FIGURES.map((k) => (
                <div key={k} data-figure={k} className={k === 'remainder' && figures.remainder < 0 ? 'negative' : undefined}>
                  <dt>{t(`fin.fig.${k}`)}</dt>
                  <dd>{money(figures[k], locale)}</dd>
                </div>
              ))}
              {line.limit_amount != null ? (
                <div data-figure="limit">
                  <dt>{t('fin.fig.limit')}</dt>
                  <dd>{money(line.limit_amount, locale)}</dd>
                </div>
              ) : null}
            </dl>
          </li>
        ))}
      </ul>
      {rows.length > 1 ? (
        <dl className="line-figures totals" aria-label={t('fin.total')}>
          <div className="totals-label">
            <dt>{t('fin.total')}</dt>
          </div>
          {FIGURES.map((k) => (
            <div key={k} data-figure={k}>
              <dt>{t(`fin.fig.${k}`)}</dt>
              <dd>{money(total(k), locale)}</dd>
            </div>
          ))}
        </dl>
      ) : null}
    </div>
  );
}
