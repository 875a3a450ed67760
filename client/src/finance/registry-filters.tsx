// The registry's filters: search (number, counterparty, purpose, BIN),
// status, counterparty, budget line, project and the invoice dates — kept on
// the device so a half-set filter survives a reload — and the export of what
// they show (XLSX or CSV, the server applying the same filter).
import {INVOICE_STATUSES} from '#shared/finance/lifecycle.ts';
import {useI18n} from '../i18n/i18n.tsx';
import {invoiceStatusName} from './invoice-status.tsx';
import type {CounterpartyRow, LineRow} from './use-finance.ts';

export const NO_FILTER = {q: '', status: '', counterpartyId: '', lineId: '', project: '', from: '', to: ''};
export type FilterDraft = typeof NO_FILTER;

/** The draft as shared/finance/registry.ts's filter. */
export function filterOf(d: FilterDraft) {
  return {
    q: d.q,
    status: d.status ? [d.status] : [],
    counterpartyId: d.counterpartyId,
    lineId: d.lineId,
    project: d.project,
    branch: '',
    from: d.from,
    to: d.to,
    payByTo: '',
  };
}

/** The export's address: the same filter as query parameters. */
export function exportHref(d: FilterDraft, format: 'xlsx' | 'csv'): string {
  const p = new URLSearchParams({format});
  for (const [k, v] of Object.entries(d)) if (v) p.set(k, v);
  return `/api/v1/invoices/export?${p.toString()}`;
}

type Props = {
  draft: FilterDraft;
  set: (patch: Partial<FilterDraft>) => void;
  clear: () => void;
  counterparties: readonly CounterpartyRow[];
  lines: readonly LineRow[];
  projects: readonly string[];
};

export function RegistryFilters({draft, set, clear, counterparties, lines, projects}: Props) {
  const {t, locale} = useI18n();
  const pick = (k: keyof FilterDraft) => (e: {target: {value: string}}) => set({[k]: e.target.value});
  const any = Object.values(draft).some(Boolean);
  return (
    <div className="fin-filters">
      <input type="search" className="fin-search" aria-label={t('fin.search')} placeholder={t('fin.search')} value={draft.q} onChange={pick('q')} />
      <label className="task-filter">
        {t('fin.field.status')}
        <select value={draft.status} onChange={pick('status')}>
          <option value="">{t('fin.any')}</option>
          {INVOICE_STATUSES.map((s) => (
            <option key={s} value={s}>
              {invoiceStatusName(s, locale)}
            </option>
          ))}
        </select>
      </label>
      <label className="task-filter">
        {t('fin.field.counterparty')}
        <select value={draft.counterpartyId} onChange={pick('counterpartyId')}>
          <option value="">{t('fin.any')}</option>
          {counterparties.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </select>
      </label>
      <label className="task-filter">
        {t('fin.field.line')}
        <select value={draft.lineId} onChange={pick('lineId')}>
          <option value="">{t('fin.any')}</option>
          {lines.map((l) => (
            <option key={l.id} value={l.id}>
              {lineName(l)}
            </option>
          ))}
        </select>
      </label>
      <label className="task-filter">
        {t('fin.field.project')}
        <select value={draft.project} onChange={pick('project')}>
          <option value="">{t('fin.any')}</option>
          {projects.map((p) => (
            <option key={p} value={p}>
              {p}
            </option>
          ))}
        </select>
      </label>
      <label className="task-filter">
        {t('fin.dateFrom')}
        <input type="date" value={draft.from} onChange={pick('from')} />
      </label>
      <label className="task-filter">
        {t('fin.dateTo')}
        <input type="date" value={draft.to} onChange={pick('to')} />
      </label>
      <div className="fin-export">
        {any ? (
          <button type="button" onClick={clear}>
            {t('fin.resetFilter')}
          </button>
        ) : null}
        <a className="fin-button" href={exportHref(draft, 'xlsx')} download data-testid="export-xlsx">
          {t('fin.export')} XLSX
        </a>
        <a className="fin-button" href={exportHref(draft, 'csv')} download data-testid="export-csv">
          CSV
        </a>
      </div>
    </div>
  );
}

/** "Аренда · Офис Алматы · 2026-12": a budget line as one line of text. */
export function lineName(l: LineRow): string {
  return [l.item?.name ?? '…', l.project, l.branch, l.period].filter(Boolean).join(' · ');
}
