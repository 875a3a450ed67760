// Technical settings (the environment is the source at start; these override
// it): open sign-up, the public forms' rate limit, the email sender and a test
// email, how long logs and backups are kept, the maintenance banner.
import {useEffect, useState, type FormEvent} from 'react';
import {TextField} from '../ui/field.tsx';
import {useCall, useLoad} from './console-api.ts';
import {useConsole} from './console-i18n.tsx';
import {ErrorLine, Loading, noTexts, TextsFields, type Texts} from './console-ui.tsx';
import type {Plan} from './types.ts';

type Settings = {
  signupOpen: boolean;
  publicSubmitsPer10Min: number;
  emailFrom: string | null;
  logRetentionDays: number;
  backupRetentionDays: number;
  maintenance: Texts | null;
  defaultPlan: string;
  billingGraceDays: number;
};

function TestEmail() {
  const {tr} = useConsole();
  const [to, setTo] = useState('');
  const [sent, setSent] = useState(false);
  const {busy, error, call} = useCall();
  async function submit(e: FormEvent) {
    e.preventDefault();
    setSent(false);
    if (await call('/settings/test-email', {method: 'POST', body: {to}})) setSent(true);
  }
  return (
    <form className="panel" onSubmit={submit}>
      <h2>{tr('console.settings.testEmail')}</h2>
      <ErrorLine error={error} />
      <TextField label={tr('console.settings.testEmailTo')} type="email" required value={to} onChange={(e) => setTo(e.target.value)} />
      <button disabled={busy}>{tr('console.settings.testEmailSend')}</button>
      {sent ? <p role="status">{tr('console.settings.testEmailSent', {email: to})}</p> : null}
    </form>
  );
}

function SettingsForm({initial, plans, onSaved}: {initial: Settings; plans: Plan[]; onSaved: (s: Settings) => void}) {
  const {tr, locale} = useConsole();
  const [v, setV] = useState(initial);
  const [numbers, setNumbers] = useState({
    publicSubmitsPer10Min: String(initial.publicSubmitsPer10Min),
    logRetentionDays: String(initial.logRetentionDays),
    backupRetentionDays: String(initial.backupRetentionDays),
    billingGraceDays: String(initial.billingGraceDays),
  });
  const [maintenance, setMaintenance] = useState<Texts>(initial.maintenance ?? noTexts());
  const [bad, setBad] = useState<Record<string, string>>({});
  const [saved, setSaved] = useState(false);
  const {busy, error, call} = useCall();
  useEffect(() => setSaved(false), [v, numbers, maintenance]);
  async function submit(e: FormEvent) {
    e.preventDefault();
    const parsed = Object.fromEntries(Object.entries(numbers).map(([k, s]) => [k, Number(s)]));
    const problems = Object.fromEntries(
      Object.entries(parsed)
        .filter(([, n]) => !Number.isInteger(n) || n < 0 || Number.isNaN(n))
        .map(([k]) => [k, tr('console.plan.limitBad')]),
    );
    setBad(problems);
    if (Object.keys(problems).length) return;
    const hasBanner = Object.values(maintenance).some((t) => t.trim());
    const body = {...v, ...parsed, emailFrom: v.emailFrom?.trim() || null, maintenance: hasBanner ? maintenance : null};
    const r = await call<Settings>('/settings', {method: 'PUT', body});
    if (r) {
      setSaved(true);
      onSaved(r);
    }
  }
  const num = (k: keyof typeof numbers, label: string) => (
    <TextField label={label} inputMode="numeric" value={numbers[k]} onChange={(e) => setNumbers({...numbers, [k]: e.target.value})} error={bad[k]} />
  );
  return (
    <form className="panel" onSubmit={submit}>
      <ErrorLine error={error} />
      <label className="cn-check">
        <input type="checkbox" checked={v.signupOpen} onChange={(e) => setV({...v, signupOpen: e.target.checked})} /> {tr('console.settings.signupOpen')}
      </label>
      <p className="field-hint">{tr('console.settings.signupHint')}</p>
      <div className="field">
        <label htmlFor="cn-default-plan">{tr('console.settings.defaultPlan')}</label>
        <select id="cn-default-plan" value={v.defaultPlan} onChange={(e) => setV({...v, defaultPlan: e.target.value})}>
          {plans.length === 0 ? <option value={v.defaultPlan}>{v.defaultPlan}</option> : null}
          {plans.map((p) => (
            <option key={p.key} value={p.key}>
              {p.name[locale] || p.name.ru}
            </option>
          ))}
        </select>
      </div>
      <div className="cn-row">
        {num('publicSubmitsPer10Min', tr('console.settings.rateLimit'))}
        {num('logRetentionDays', tr('console.settings.logRetention'))}
        {num('backupRetentionDays', tr('console.settings.backupRetention'))}
        {num('billingGraceDays', tr('console.settings.graceDays'))}
      </div>
      <TextField
        label={tr('console.settings.emailFrom')}
        hint={tr('console.settings.emailFromHint')}
        value={v.emailFrom ?? ''}
        onChange={(e) => setV({...v, emailFrom: e.target.value})}
      />
      <TextsFields label={tr('console.settings.maintenance')} value={maintenance} onChange={setMaintenance} />
      <p className="field-hint">{tr('console.settings.maintenanceHint')}</p>
      <button className="primary" disabled={busy}>
        {tr('action.save')}
      </button>
      {saved ? <p role="status">{tr('console.saved')}</p> : null}
    </form>
  );
}

export function SettingsPage() {
  const {tr} = useConsole();
  const {data, error, setData} = useLoad<Settings>('/settings');
  const plans = useLoad<{plans: Plan[]}>('/plans');
  return (
    <section className="cn-page">
      <h1>{tr('console.nav.settings')}</h1>
      {!data ? <Loading error={error} /> : <SettingsForm initial={data} plans={(plans.data?.plans ?? []).filter((p) => !p.archived)} onSaved={setData} />}
      <TestEmail />
    </section>
  );
}
