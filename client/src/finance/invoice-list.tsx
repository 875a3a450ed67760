// The invoices as cards, for phones: number and counterparty, the amount in
// large figures, status, budget line and the payment deadline; all text wraps.
import {useI18n} from '../i18n/i18n.tsx';
import {Link} from '../router/router.tsx';
import {InvoiceStatus} from './invoice-status.tsx';
import {dateText, money} from './money.ts';
import {lineName} from './registry-filters.tsx';
import type {ListedInvoice} from './use-finance.ts';

export function InvoiceList({rows, note}: {rows: readonly ListedInvoice[]; note?: (r: ListedInvoice) => string}) {
  const {t, locale} = useI18n();
  return (
    <ul className="fin-list">
      {rows.map((r) => (
        <li key={r.id}>
          <Link href={`/finance/invoices/${r.id}`} className="invoice-item" data-invoice-id={r.id} data-status={r.status}>
            <div className="invoice-item-top">
              <span className="invoice-cp">{r.counterparty?.name ?? t('fin.noCounterparty')}</span>
              <span className="invoice-sum">{money(r.amount, locale, r.currency)}</span>
            </div>
            <div className="row-meta">
              <InvoiceStatus status={r.status} />
              {r.number ? <span>№ {r.number}</span> : null}
              {r.pay_by ? <span>{t('fin.payByShort', {date: dateText(r.pay_by)})}</span> : null}
            </div>
            {r.line ? <div className="invoice-line">{lineName(r.line)}</div> : null}
            {r.purpose ? <div className="row-text">{r.purpose}</div> : null}
            {note ? <div className="invoice-note">{note(r)}</div> : null}
          </Link>
        </li>
      ))}
    </ul>
  );
}
