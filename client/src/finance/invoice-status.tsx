import {INVOICE_WORKFLOW} from '#shared/finance/lifecycle.ts';
import {statusOf} from '#shared/workflow/engine.ts';
import {localizedText} from '#shared/workflow/resolve.ts';
import type {Locale} from '#shared/i18n/locales.ts';
import {useI18n} from '../i18n/i18n.tsx';

export function invoiceStatusName(status: string, locale: Locale): string {
  return localizedText(statusOf(INVOICE_WORKFLOW, status)?.name, locale) || status;
}

/** An invoice's status in its lifecycle's name and colour (shared/finance/lifecycle.ts). */
export function InvoiceStatus({status}: {status: string}) {
  const {locale} = useI18n();
  const color = statusOf(INVOICE_WORKFLOW, status)?.color ?? '#64748b';
  return (
    <span className="badge invoice-status" data-status={status} style={{background: `${color}1f`, color}}>
      {invoiceStatusName(status, locale)}
    </span>
  );
}
