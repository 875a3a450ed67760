// An invoice's fields. While it is received or returned, whoever may edit it
// changes them in place (one small write each, on leaving a field); after
// that they are facts. The basis is picked from the document archive.
import {useQuery} from '@rocicorp/zero/react';
import {useState} from 'react';
import {mutators} from '../sync/mutators.ts';
import {queries} from '#shared/queries/index.ts';
import {useI18n} from '../i18n/i18n.tsx';
import {amountText, dateText, money, parseAmount} from './money.ts';
import {lineName} from './registry-filters.tsx';
import type {InvoiceRow, LineRow} from './use-finance.ts';
import {useWrite} from '../write/writer.tsx';
import {useBasisChoices} from './use-basis.ts';

type Patch = Partial<{
  number: string;
  counterpartyId: string | null;
  amount: number;
  purpose: string;
  project: string;
  branch: string;
  budgetLineId: string | null;
  invoiceDate: string;
  payBy: string;
  basisId: string | null;
}>;

type Props = {invoice: InvoiceRow & {line?: LineRow | undefined; basis?: {id: string; title: string; number: string} | null | undefined}; canEdit: boolean};

export function InvoiceDetails({invoice, canEdit}: Props) {
  const {t, locale} = useI18n();
  const write = useWrite();
  const [error, setError] = useState<string>();
  const [counterparties] = useQuery(queries.finance.counterparties());
  const [lines] = useQuery(queries.finance.lines({}));
  const documents = useBasisChoices(invoice.basis);
  const update = async (patch: Patch) => {
    const r = await write(mutators.invoice.update({id: invoice.id, ...patch, at: Date.now()}));
    setError(r.ok ? undefined : r.message);
  };
  const text = (key: keyof Patch, label: string, value: string, type = 'text') => (
    <div className="field">
      <label htmlFor={`inv-${key}`}>{label}</label>
      {canEdit ? (
        <input
          id={`inv-${key}`}
          type={type}
          key={value}
          defaultValue={value}
          onBlur={(e) => {
            if (e.target.value !== value) void update({[key]: e.target.value});
          }}
        />
      ) : (
        <div className="value wrap-anywhere" id={`inv-${key}`}>
          {(type === 'date' ? dateText(value) : value) || '—'}
        </div>
      )}
    </div>
  );
  const pick = (key: keyof Patch, label: string, value: string, options: readonly {id: string; name: string}[]) => (
    <div className="field">
      <label htmlFor={`inv-${key}`}>{label}</label>
      {canEdit ? (
        <select id={`inv-${key}`} value={value} onChange={(e) => void update({[key]: e.target.value || null})}>
          <option value="">{t('fin.notChosen')}</option>
          {options.map((o) => (
            <option key={o.id} value={o.id}>
              {o.name}
            </option>
          ))}
        </select>
      ) : (
        <div className="value wrap-anywhere" id={`inv-${key}`}>
          {options.find((o) => o.id === value)?.name ?? '—'}
        </div>
      )}
    </div>
  );
  return (
    <section className="section invoice-details">
      <div className="details-grid">
        {text('number', t('fin.field.number'), invoice.number)}
        <div className="field">
          <label htmlFor="inv-amount">{t('fin.field.amount')}</label>
          {canEdit ? (
            <input
              id="inv-amount"
              inputMode="decimal"
              key={invoice.amount}
              defaultValue={amountText(invoice.amount)}
              onBlur={(e) => {
                const v = parseAmount(e.target.value);
                if (v !== null && v !== invoice.amount) void update({amount: v});
              }}
            />
          ) : (
            <div className="value" id="inv-amount">
              {money(invoice.amount, locale, invoice.currency)}
            </div>
          )}
        </div>
        {pick(
          'counterpartyId',
          t('fin.field.counterparty'),
          invoice.counterparty_id ?? '',
          counterparties.filter((c) => !c.archived || c.id === invoice.counterparty_id),
        )}
        {pick(
          'budgetLineId',
          t('fin.field.line'),
          invoice.budget_line_id ?? '',
          lines.map((l) => ({id: l.id, name: lineName(l)})),
        )}
        {text('project', t('fin.field.project'), invoice.project)}
        {text('branch', t('fin.field.branch'), invoice.branch)}
        {text('invoiceDate', t('fin.field.invoiceDate'), invoice.invoice_date, 'date')}
        {text('payBy', t('fin.field.payBy'), invoice.pay_by, 'date')}
        {pick('basisId', t('fin.field.basis'), invoice.basis_id ?? '', documents)}
      </div>
      {invoice.currency !== 'KZT' ? <p className="muted">{t('fin.kztAtRate', {sum: money(invoice.amount_kzt, locale), rate: String(invoice.rate)})}</p> : null}
      {text('purpose', t('fin.field.purpose'), invoice.purpose)}
      {error ? (
        <div className="alert" role="alert">
          {error}
        </div>
      ) : null}
    </section>
  );
}
