// The over/under report of the period: each line's plan against what is
// spent and committed, over in red; the line's owner (or a finance manager)
// explains a deviation in a note, kept on the device until saved. Exported
// as XLSX by the server (the same figures, with the notes).
import type {LineFigures} from '#shared/finance/budget.ts';
import {mutators} from '../sync/mutators.ts';
import {useI18n} from '../i18n/i18n.tsx';
import {useDraft} from '../ui/use-draft.ts';
import {useWrite} from '../write/writer.tsx';
import type {LineWithInvoices} from './budgets-view.tsx';
import {money} from './money.ts';
import {kindOf, monthsOf} from './periods.ts';

type Row = {line: LineWithInvoices; figures: LineFigures};
const NO_NOTE = {text: '', touched: ''};

function NoteField({line, canEdit}: {line: LineWithInvoices; canEdit: boolean}) {
  const {t} = useI18n();
  const write = useWrite();
  // What is typed is kept until saved; untouched, the field shows the note as saved.
  const [draft, setDraft, clearDraft] = useDraft(`fin-note.${line.id}`, NO_NOTE);
  if (!canEdit) return line.note ? <p className="line-note wrap-anywhere">{line.note}</p> : null;
  const text = draft.touched ? draft.text : line.note;
  const dirty = text !== line.note;
  return (
    <form
      className="inline-form line-note-form"
      onSubmit={async (e) => {
        e.preventDefault();
        const r = await write(mutators.budget.note({id: line.id, note: text.trim()}));
        if (r.ok) clearDraft();
      }}
    >
      <input
        aria-label={t('fin.ownerNote')}
        placeholder={t('fin.ownerNote')}
        value={text}
        maxLength={1000}
        onChange={(e) => setDraft({text: e.target.value, touched: '1'})}
      />
      <button disabled={!dirty}>{t('action.save')}</button>
    </form>
  );
}

export function BudgetReport({period, rows, memberId, manage}: {period: string; rows: readonly Row[]; memberId: string; manage: boolean}) {
  const {t, locale} = useI18n();
  const [from, to] = monthsOf(period);
  if (!rows.length) return null;
  return (
    <section className="section budget-report" data-testid="budget-report">
      <div className="report-head">
        <h2>{t('fin.report')}</h2>
        <a className="fin-button" href={`/api/v1/budget/report?from=${from}&to=${to}&by=${kindOf(period)}&format=xlsx`} download>
          {t('fin.export')} XLSX
        </a>
      </div>
      <ul className="report-list">
        {rows.map(({line, figures}) => {
          const spent = figures.actual + figures.committed;
          const deviation = spent - figures.plan;
          return (
            <li key={line.id} className={deviation > 0 ? 'report-line over' : 'report-line'} data-line-id={line.id}>
              <div className="line-head">
                <strong className="wrap-anywhere">{line.item?.name ?? '…'}</strong>
                <span className="muted wrap-anywhere">{[line.project, line.owner?.name].filter(Boolean).join(' · ')}</span>
              </div>
              <p className="deviation">{deviation > 0 ? t('fin.over', {sum: money(deviation, locale)}) : t('fin.under', {sum: money(-deviation, locale)})}</p>
              <NoteField line={line} canEdit={manage || line.owner_id === memberId} />
            </li>
          );
        })}
      </ul>
    </section>
  );
}
