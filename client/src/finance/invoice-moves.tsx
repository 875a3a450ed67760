// The invoice's moves this person may make from here: send for approval,
// reject (a reason asked first), to payment, paid (the paid date, and the
// rate for a foreign currency), close. A move the guards refuse is shown
// disabled with its reasons before the click — the same engine the server
// refuses with. Deciding an approval is the approval panel's.
import {useState} from 'react';
import {checkInvoiceMove, INVOICE_WORKFLOW} from '#shared/finance/lifecycle.ts';
import {mutators} from '../sync/mutators.ts';
import {movesFrom, type RequestSnapshot} from '#shared/workflow/engine.ts';
import {localizedText} from '#shared/workflow/resolve.ts';
import {useI18n} from '../i18n/i18n.tsx';
import {TextArea} from '../ui/field.tsx';
import {MoveButtons} from '../ui/move-buttons.tsx';
import {useDraft} from '../ui/use-draft.ts';
import {useWrite} from '../write/writer.tsx';
import {PayForm} from './pay-form.tsx';
import type {FinanceRights, InvoiceRow} from './use-finance.ts';

const NO_REASON = {text: ''};

type Props = {invoice: InvoiceRow; snapshot: RequestSnapshot; rights: FinanceRights; editor: boolean; timeZone: string};

export function InvoiceMoves({invoice, snapshot, rights, editor, timeZone}: Props) {
  const {t, locale} = useI18n();
  const write = useWrite();
  const [error, setError] = useState<string>();
  const [asking, setAsking] = useState<string | null>(null);
  const [draft, setDraft, clearDraft] = useDraft(`fin-move.${invoice.id}`, NO_REASON);
  const moves = movesFrom(INVOICE_WORKFLOW, invoice.status).filter((m) => {
    if (m.from === 'approval') return false;
    if (m.to === 'approval') return editor;
    if (m.to === 'rejected') return rights.manage;
    if (m.to === 'closed') return rights.pay || rights.manage;
    return rights.pay;
  });
  if (!moves.length) return null;

  async function move(to: string, extra: {comment?: string; paidOn?: string; rate?: number} = {}) {
    setError(undefined);
    const at = Date.now();
    const r = await write(to === 'approval' ? mutators.invoice.submit({id: invoice.id, at}) : mutators.invoice.move({id: invoice.id, to, at, ...extra}));
    if (!r.ok) setError(r.message);
    else {
      setAsking(null);
      clearDraft();
    }
  }
  const label = (m: (typeof moves)[number]) => localizedText(m.label, locale);
  const blockersOf = (to: string) => checkInvoiceMove(snapshot, to, 'probe');
  const asked = moves.find((m) => m.to === asking);
  return (
    <div className="status-actions invoice-actions">
      <MoveButtons
        moves={moves}
        blockersOf={blockersOf}
        label={label}
        primary={['approval', 'paid']}
        idPrefix="why-inv"
        onPick={(m) => (m.guards.some((g) => g.kind === 'comment_required') || m.to === 'paid' ? setAsking(m.to) : void move(m.to))}
      />
      {asked?.to === 'paid' ? (
        <PayForm
          invoice={invoice}
          timeZone={timeZone}
          onCancel={() => setAsking(null)}
          onPay={(paidOn, rate) => move('paid', {paidOn, ...(rate ? {rate} : {})})}
        />
      ) : asked ? (
        <form
          className="reason-form"
          onSubmit={(e) => {
            e.preventDefault();
            void move(asked.to, {comment: draft.text.trim()});
          }}
        >
          <TextArea label={t('fin.reason')} value={draft.text} onChange={(e) => setDraft({text: e.target.value})} rows={3} autoFocus />
          <div className="form-actions">
            <button type="button" onClick={() => setAsking(null)}>
              {t('action.cancel')}
            </button>
            <button className="primary" disabled={!draft.text.trim()}>
              {label(asked)}
            </button>
          </div>
        </form>
      ) : null}
      {error ? (
        <div className="alert" role="alert">
          {error}
        </div>
      ) : null}
    </div>
  );
}
