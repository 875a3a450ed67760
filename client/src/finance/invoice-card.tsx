// An invoice's card (/finance/invoices/<id>): who is paid how much for what,
// the approval chain (with this person's decision and the budget impact
// before it), the moves allowed from here with what blocks them said before
// the click, its files, fields and history. Read from the device's replica:
// an invoice waiting for my approval opens offline.
import {useQuery} from '@rocicorp/zero/react';
import {pendingStepNames} from '#shared/finance/chain.ts';
import {invoiceSnapshot} from '#shared/finance/lifecycle.ts';
import {describeError} from '#shared/errors-describe.ts';
import {queries} from '#shared/queries/index.ts';
import {useI18n} from '../i18n/i18n.tsx';
import {Link} from '../router/router.tsx';
import type {Session} from '../session/session.ts';
import {useTimeZone} from '../tasks/use-tasks.ts';
import {ApprovalPanel} from './approval-panel.tsx';
import {CounterpartyFacts} from './counterparty-facts.tsx';
import {InvoiceDetails} from './invoice-details.tsx';
import {InvoiceFiles} from './invoice-files.tsx';
import {InvoiceHistory} from './invoice-history.tsx';
import {InvoiceMoves} from './invoice-moves.tsx';
import {InvoiceStatus} from './invoice-status.tsx';
import {money} from './money.ts';
import {rightsOf, useInvoiceWrites, type ApprovalRow} from './use-finance.ts';
import '../requests/card/card.css';

const EDITABLE = ['received', 'returned'];

export function InvoiceCard({id, session}: {id: string; session: Session}) {
  const {t, locale} = useI18n();
  const timeZone = useTimeZone();
  const [invoice, details] = useQuery(queries.finance.invoice({id}));
  const approvals = (invoice?.approvals ?? []) as readonly ApprovalRow[];
  const writes = useInvoiceWrites(
    id,
    approvals.map((a) => a.id),
  );
  if (!invoice) {
    return (
      <article className="invoice-card">
        <Link href="/finance" className="back-link">
          ← {t('action.back')}
        </Link>
        <div className="card-empty">
          {writes.some((w) => w.state !== 'attention') ? t('fin.waitingToSend') : details.type === 'complete' ? t('fin.notFound') : t('state.loading')}
        </div>
      </article>
    );
  }
  const rights = rightsOf(session);
  const editor = EDITABLE.includes(invoice.status) && (rights.manage || (rights.own && invoice.created_by === rights.memberId));
  const round = approvals.filter((a) => a.round === invoice.round);
  const waiting = writes.filter((w) => w.state !== 'attention');
  // A file attached on this device counts already: the writes after it wait for it in the outbox.
  const waitingKinds = waiting.flatMap((w) => (w.name === 'attachment.add' && typeof w.args.kind === 'string' ? [w.args.kind] : []));
  const snapshot = invoiceSnapshot(invoice, [...invoice.attachments.map((a) => a.kind), ...waitingKinds], pendingStepNames(round));
  const refused = writes.filter((w) => w.state === 'attention' && w.error);
  return (
    <article className="invoice-card" data-invoice-id={invoice.id} data-status={invoice.status}>
      <Link href="/finance" className="back-link">
        ← {t('action.back')}
      </Link>
      <header className="card-head">
        <h1 className="invoice-heading">
          {t('fin.invoiceNo', {number: invoice.number || '—'})}
          {invoice.counterparty ? <span className="invoice-heading-cp">{invoice.counterparty.name}</span> : null}
        </h1>
        <InvoiceStatus status={invoice.status} />
      </header>
      <p className="invoice-amount" data-testid="invoice-amount">
        {money(invoice.amount, locale, invoice.currency)}
      </p>
      {invoice.purpose ? <p className="request-text">{invoice.purpose}</p> : null}
      {(invoice.status === 'returned' || invoice.status === 'rejected') && invoice.reason ? (
        <div className="return-reason big" role="note" data-testid="invoice-reason">
          {t(invoice.status === 'returned' ? 'fin.returnedBecause' : 'fin.rejectedBecause', {reason: invoice.reason})}
        </div>
      ) : null}
      {waiting.length ? (
        <div className="banner handing" role="status" data-testid="invoice-waiting">
          {t('fin.waitingToSend')}
        </div>
      ) : null}
      {refused.map((w, i) => (
        <div key={i} className="alert" role="alert">
          {t('error.refusedOnServer', {reason: describeError(w.error!, t, {locale})})} <Link href="/outbox">{t('tasks.openOutbox')}</Link>
        </div>
      ))}
      {invoice.request ? (
        <p className="task-context">
          <Link href={`/requests/${invoice.request.id}`}>{t('fin.fromRequest', {title: invoice.request.title})}</Link>
        </p>
      ) : null}
      <ApprovalPanel invoice={invoice} approvals={approvals} rights={rights} timeZone={timeZone} />
      {/* A move waiting on this device (behind a file still uploading) is not offered twice. */}
      {waiting.some((w) => w.name === 'invoice.submit' || w.name === 'invoice.move') ? null : (
        <InvoiceMoves invoice={invoice} snapshot={snapshot} rights={rights} editor={editor} timeZone={timeZone} />
      )}
      {invoice.counterparty ? <CounterpartyFacts counterparty={invoice.counterparty} /> : null}
      <InvoiceFiles invoiceId={invoice.id} attachments={invoice.attachments} canAttach={editor || rights.manage} />
      <InvoiceDetails invoice={invoice} canEdit={editor} />
      <InvoiceHistory invoice={invoice} approvals={approvals} timeZone={timeZone} />
    </article>
  );
}
