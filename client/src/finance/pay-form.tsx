// Marking an invoice paid (finance.pay): the date it was paid (today in the
// company's zone by default) and, for a foreign currency, the rate it was
// paid at (the invoice's own rate by default) — the budget counts amount × rate.
import {useState, type FormEvent} from 'react';
import {useI18n} from '../i18n/i18n.tsx';
import {TextField} from '../ui/field.tsx';
import {useDraft} from '../ui/use-draft.ts';
import {money, parseRate, today} from './money.ts';
import type {InvoiceRow} from './use-finance.ts';

type Props = {invoice: InvoiceRow; timeZone: string; onCancel: () => void; onPay: (paidOn: string, rate?: number) => Promise<void>};

export function PayForm({invoice, timeZone, onCancel, onPay}: Props) {
  const {t, locale} = useI18n();
  const foreign = invoice.currency !== 'KZT';
  const [draft, setDraft, clearDraft] = useDraft(`fin-pay.${invoice.id}`, {paidOn: today(timeZone), rate: foreign ? String(invoice.rate) : ''});
  const [error, setError] = useState<string>();
  const rate = foreign ? parseRate(draft.rate) : null;
  async function submit(e: FormEvent) {
    e.preventDefault();
    if (foreign && !rate) return setError(t('fin.rateInvalid'));
    await onPay(draft.paidOn, rate ?? undefined);
    clearDraft();
  }
  return (
    <form className="reason-form pay-form" onSubmit={submit} data-testid="pay-form">
      <TextField label={t('fin.paidOn')} type="date" value={draft.paidOn} onChange={(e) => setDraft({paidOn: e.target.value})} required />
      {foreign ? (
        <TextField
          label={t('fin.rateFor', {currency: invoice.currency})}
          inputMode="decimal"
          value={draft.rate}
          onChange={(e) => setDraft({rate: e.target.value})}
          error={error}
          hint={rate ? t('fin.inTenge', {sum: money(Math.round(invoice.amount * rate), locale)}) : undefined}
        />
      ) : null}
      <div className="form-actions">
        <button type="button" onClick={onCancel}>
          {t('action.cancel')}
        </button>
        <button className="primary" disabled={!draft.paidOn}>
          {t('fin.markPaid')}
        </button>
      </div>
    </form>
  );
}
