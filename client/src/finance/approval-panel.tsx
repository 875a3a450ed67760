// The approval chain of an invoice's current round: each step with who
// decides it, why it is there (the amount, the limit), who decided and when;
// earlier rounds folded below. For this person's own step: the budget impact
// first, then Approve / Return / Reject — the two last ask for a reason,
// kept on the device until the decision is accepted. Works offline: the
// decision waits in the outbox; a refusal (someone decided first) shows there
// and on the card with its reason.
import {useState} from 'react';
import {mayDecide} from '#shared/finance/chain.ts';
import {formatDate} from '#shared/i18n/format.ts';
import {mutators} from '../sync/mutators.ts';
import {useI18n} from '../i18n/i18n.tsx';
import {useRoleName} from '../requests/use-role-name.ts';
import {TextArea} from '../ui/field.tsx';
import {useDraft} from '../ui/use-draft.ts';
import {useWrite} from '../write/writer.tsx';
import {BudgetImpact} from './budget-impact.tsx';
import type {ApprovalRow, FinanceRights, InvoiceRow, LineRow} from './use-finance.ts';

type Decision = 'approved' | 'returned' | 'rejected';
const NO_REASON = {text: ''};

type Props = {
  invoice: InvoiceRow & {line?: (LineRow & {invoices?: readonly InvoiceRow[]}) | undefined};
  approvals: readonly ApprovalRow[];
  rights: FinanceRights;
  timeZone: string;
};

export function ApprovalPanel({invoice, approvals, rights, timeZone}: Props) {
  const {t, locale} = useI18n();
  const roleName = useRoleName();
  const write = useWrite();
  const [asking, setAsking] = useState<Decision | null>(null);
  const [error, setError] = useState<string>();
  const [draft, setDraft, clearDraft] = useDraft(`fin-decide.${invoice.id}`, NO_REASON);
  const round = approvals.filter((a) => a.round === invoice.round).sort((a, b) => a.grp - b.grp || a.created_at - b.created_at);
  const earlier = approvals.filter((a) => a.round < invoice.round && a.decision !== 'void');
  if (!round.length && !earlier.length) return null;
  const mine = round.find((r) => mayDecide(r, round, {memberId: rights.memberId, roles: rights.roles}));

  async function decide(decision: Decision, reason = '') {
    if (!mine) return;
    setError(undefined);
    const r = await write(mutators.approval.decide({id: mine.id, decision, reason, at: Date.now()}));
    if (!r.ok) setError(r.message);
    else {
      setAsking(null);
      clearDraft();
    }
  }
  const who = (a: ApprovalRow) => (a.member_id ? (a.member?.name ?? '…') : roleName(a.role));
  const step = (a: ApprovalRow) => (
    <li key={a.id} className={`approval-step decision-${a.decision}`} data-step={a.step_key} data-decision={a.decision}>
      <div className="step-head">
        <strong className="wrap-anywhere">{a.name}</strong>
        <span className="badge step-decision">{t(`fin.decision.${a.decision}`)}</span>
      </div>
      <div className="step-meta">
        <span>{who(a)}</span>
        {a.why !== 'chain' ? <span className="step-why">{t(`fin.why.${a.why}`)}</span> : null}
      </div>
      {a.decided_at ? (
        <div className="step-decided">{t('fin.decidedBy', {who: a.decider?.name ?? '…', when: formatDate(a.decided_at, timeZone, locale, 'short')})}</div>
      ) : null}
      {a.reason ? <div className="return-reason">{a.reason}</div> : null}
    </li>
  );
  return (
    <section className="section approval-panel" data-testid="approval-panel">
      <h2>{t('fin.approvals')}</h2>
      <ol className="approval-steps">{round.map(step)}</ol>
      {mine ? (
        <div className="my-decision" data-testid="my-decision">
          <BudgetImpact invoice={invoice} held={invoice.line} />
          <div className="chips decide-buttons">
            <button type="button" className="primary" onClick={() => void decide('approved')}>
              {t('fin.approve')}
            </button>
            <button type="button" onClick={() => setAsking('returned')}>
              {t('fin.return')}
            </button>
            <button type="button" className="danger-button" onClick={() => setAsking('rejected')}>
              {t('fin.reject')}
            </button>
          </div>
          {asking ? (
            <form
              className="reason-form"
              onSubmit={(e) => {
                e.preventDefault();
                void decide(asking, draft.text.trim());
              }}
            >
              <TextArea label={t('fin.reason')} value={draft.text} onChange={(e) => setDraft({text: e.target.value})} rows={3} autoFocus />
              <div className="form-actions">
                <button type="button" onClick={() => setAsking(null)}>
                  {t('action.cancel')}
                </button>
                <button className="primary" disabled={!draft.text.trim()}>
                  {t(asking === 'returned' ? 'fin.return' : 'fin.reject')}
                </button>
              </div>
            </form>
          ) : null}
        </div>
      ) : null}
      {error ? (
        <div className="alert" role="alert">
          {error}
        </div>
      ) : null}
      {earlier.length ? (
        <details className="earlier-rounds">
          <summary>{t('fin.earlierRounds', {count: earlier.length})}</summary>
          <ol className="approval-steps">{earlier.map(step)}</ol>
        </details>
      ) : null}
    </section>
  );
}
