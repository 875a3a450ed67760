// On a payment request's card: its invoices (status and amount) and "Create an
// invoice" for who may make one — the new invoice is prefilled from the
// request's supplier, amount, deadline and purpose.
import {useQuery} from '@rocicorp/zero/react';
import {can} from '#shared/auth/can.ts';
import {queries} from '#shared/queries/index.ts';
import {useI18n} from '../i18n/i18n.tsx';
import {Link} from '../router/router.tsx';
import {memberContextOf, type Session} from '../session/session.ts';
import {InvoiceStatus} from './invoice-status.tsx';
import {money} from './money.ts';

export function RequestInvoices({requestId, typeKey, session}: {requestId: string; typeKey: string | undefined; session: Session}) {
  const ctx = memberContextOf(session);
  const may = can(ctx, 'finance.own') || can(ctx, 'finance.manage');
  if (typeKey !== 'payment' || !(may || can(ctx, 'finance.read'))) return null;
  return <Invoices requestId={requestId} may={may} />;
}

function Invoices({requestId, may}: {requestId: string; may: boolean}) {
  const {t, locale} = useI18n();
  const [rows] = useQuery(queries.finance.invoices());
  const mine = rows.filter((r) => r.request_id === requestId);
  return (
    <section className="section request-invoices" data-testid="request-invoices">
      <h2>{t('fin.invoices')}</h2>
      {mine.length ? (
        <ul className="fin-plain-list">
          {mine.map((r) => (
            <li key={r.id}>
              <Link href={`/finance/invoices/${r.id}`} className="wrap-anywhere">
                {t('fin.invoiceNo', {number: r.number || '—'})} · {money(r.amount, locale, r.currency)}
              </Link>
              <InvoiceStatus status={r.status} />
            </li>
          ))}
        </ul>
      ) : null}
      {may ? (
        <Link href={`/finance/new?request=${requestId}`} className="fin-button" data-testid="create-invoice">
          {t('fin.createInvoice')}
        </Link>
      ) : null}
    </section>
  );
}
