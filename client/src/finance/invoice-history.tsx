// The invoice's story from what the device holds: made (by whom), each
// approval decided (who, when, why), and where it stands now.
import {formatDate} from '#shared/i18n/format.ts';
import {useI18n} from '../i18n/i18n.tsx';
import {invoiceStatusName} from './invoice-status.tsx';
import {dateText} from './money.ts';
import type {ApprovalRow, InvoiceRow} from './use-finance.ts';

type Props = {invoice: InvoiceRow & {author?: {name: string} | undefined}; approvals: readonly ApprovalRow[]; timeZone: string};

export function InvoiceHistory({invoice, approvals, timeZone}: Props) {
  const {t, locale} = useI18n();
  const lines = [
    {at: invoice.created_at, text: t('fin.history.created', {who: invoice.author?.name ?? '…'})},
    ...approvals
      .filter((a) => a.decided_at && a.decision !== 'void')
      .map((a) => ({
        at: a.decided_at!,
        text:
          t('fin.history.decided', {who: a.decider?.name ?? '…', step: a.name, decision: t(`fin.decision.${a.decision}`)}) + (a.reason ? `: ${a.reason}` : ''),
      })),
    {
      at: invoice.status_since,
      text: t('fin.history.status', {status: invoiceStatusName(invoice.status, locale)}) + (invoice.paid_on ? ` (${dateText(invoice.paid_on)})` : ''),
    },
  ].sort((a, b) => a.at - b.at);
  return (
    <section className="section">
      <h2>{t('requests.history')}</h2>
      <ol className="history invoice-history">
        {lines.map((l, i) => (
          <li key={i}>
            <time>{formatDate(l.at, timeZone, locale, 'short')}</time> <span className="wrap-anywhere">{l.text}</span>
          </li>
        ))}
      </ol>
    </section>
  );
}
