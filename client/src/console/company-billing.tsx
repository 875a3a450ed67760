// A company's plan and payments: assign a plan (with its trial, if wanted),
// mark a period as paid (months and an amount in tenge, kept in tiyn), and
// the payments so far.
import {useState, type FormEvent} from 'react';
import {TextField} from '../ui/field.tsx';
import {useCall, useLoad} from './console-api.ts';
import {useConsole} from './console-i18n.tsx';
import {ErrorLine, tengeToTiyn, useFormat} from './console-ui.tsx';
import type {CompanyRow, Payment, Plan} from './types.ts';

function AssignPlan({company, onChanged}: {company: CompanyRow; onChanged: () => void}) {
  const {tr, locale} = useConsole();
  const plans = useLoad<{plans: Plan[]}>('/plans');
  const [planKey, setPlanKey] = useState(company.plan.key);
  const [trial, setTrial] = useState(false);
  const [done, setDone] = useState(false);
  const {busy, error, call} = useCall();
  async function submit(e: FormEvent) {
    e.preventDefault();
    setDone(false);
    const r = await call(`/companies/${encodeURIComponent(company.id)}/plan`, {method: 'POST', body: {planKey, trial}});
    if (r) {
      setDone(true);
      onChanged();
    }
  }
  const choices = (plans.data?.plans ?? []).filter((p) => !p.archived || p.key === company.plan.key);
  return (
    <form onSubmit={submit} className="cn-subform">
      <h3>{tr('console.billing.plan')}</h3>
      <ErrorLine error={error ?? plans.error} />
      <div className="field">
        <label htmlFor="cn-plan">{tr('console.billing.planLabel')}</label>
        <select id="cn-plan" value={planKey} onChange={(e) => setPlanKey(e.target.value)}>
          {choices.length === 0 ? <option value={company.plan.key}>{company.plan.name}</option> : null}
          {choices.map((p) => (
            <option key={p.key} value={p.key}>
              {p.name[locale] || p.name.ru}
            </option>
          ))}
        </select>
      </div>
      <label className="cn-check">
        <input type="checkbox" checked={trial} onChange={(e) => setTrial(e.target.checked)} /> {tr('console.billing.trial')}
      </label>
      <button className="primary" disabled={busy || !plans.data}>
        {tr('console.billing.assign')}
      </button>
      {done ? <p role="status">{tr('console.saved')}</p> : null}
    </form>
  );
}

function MarkPaid({companyId, onPaid}: {companyId: string; onPaid: () => void}) {
  const {tr} = useConsole();
  const [months, setMonths] = useState('1');
  const [amount, setAmount] = useState('');
  const [note, setNote] = useState('');
  const [bad, setBad] = useState<{months?: string; amount?: string}>({});
  const {busy, error, call} = useCall();
  async function submit(e: FormEvent) {
    e.preventDefault();
    const m = Number(months);
    const tiyn = tengeToTiyn(amount);
    const problems = {
      ...(!(Number.isInteger(m) && m >= 1 && m <= 36) && {months: tr('console.billing.monthsBad')}),
      ...(tiyn === null && {amount: tr('console.billing.amountBad')}),
    };
    setBad(problems);
    if (Object.keys(problems).length || tiyn === null) return;
    const r = await call(`/companies/${encodeURIComponent(companyId)}/payments`, {
      method: 'POST',
      body: {months: m, amountTiyn: tiyn, ...(note.trim() && {note: note.trim()})},
    });
    if (r) {
      setAmount('');
      setNote('');
      onPaid();
    }
  }
  return (
    <form onSubmit={submit} className="cn-subform">
      <h3>{tr('console.billing.markPaid')}</h3>
      <ErrorLine error={error} />
      <div className="cn-row">
        <TextField label={tr('console.billing.months')} inputMode="numeric" value={months} onChange={(e) => setMonths(e.target.value)} error={bad.months} />
        <TextField label={tr('console.billing.amount')} inputMode="decimal" value={amount} onChange={(e) => setAmount(e.target.value)} error={bad.amount} />
      </div>
      <TextField label={tr('console.billing.note')} value={note} onChange={(e) => setNote(e.target.value)} />
      <button className="primary" disabled={busy}>
        {tr('console.billing.markPaid')}
      </button>
    </form>
  );
}

export function CompanyBilling({company, onChanged}: {company: CompanyRow; onChanged: () => void}) {
  const {tr} = useConsole();
  const f = useFormat();
  const payments = useLoad<{payments: Payment[]}>(`/companies/${encodeURIComponent(company.id)}/payments`);
  return (
    <div className="panel">
      <h2>{tr('console.billing.title')}</h2>
      <AssignPlan company={company} onChanged={onChanged} />
      <MarkPaid
        companyId={company.id}
        onPaid={() => {
          payments.reload();
          onChanged();
        }}
      />
      <h3>{tr('console.billing.payments')}</h3>
      {!payments.data ? (
        <ErrorLine error={payments.error} />
      ) : payments.data.payments.length === 0 ? (
        <p className="muted">{tr('console.billing.noPayments')}</p>
      ) : (
        <ul className="cn-plain">
          {payments.data.payments.map((p) => (
            <li key={p.id}>
              <strong>{f.money(p.amountTiyn)}</strong> · {p.planKey} · {f.date(p.paidFrom)} — {f.date(p.paidUntil)}
              {p.note ? <span className="muted"> · {p.note}</span> : null}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
