// One plan's editor: names in three languages, its modules, its limits (empty
// = no limit), prices in tenge (kept in tiyn), the trial length, archived.
import {useState, type FormEvent} from 'react';
import {MODULES, type Module} from '#shared/company/modules.ts';
import type {MessageKey} from '#shared/i18n/catalog.ts';
import {TextField} from '../ui/field.tsx';
import {useCall} from './console-api.ts';
import {useConsole, type ConsoleKey} from './console-i18n.tsx';
import {ErrorLine, limitOf, noTexts, tengeToTiyn, TextsFields, tiynToTenge} from './console-ui.tsx';
import type {Plan} from './types.ts';

const LIMITS = [
  ['maxMembers', 'console.plan.maxMembers'],
  ['storageMb', 'console.plan.storageMb'],
  ['messagesPerMonth', 'console.plan.messagesPerMonth'],
] as const satisfies readonly [keyof Plan, ConsoleKey][];

export function PlanForm({plan, onSaved, onCancel}: {plan: Plan | null; onSaved: () => void; onCancel: () => void}) {
  const {tr} = useConsole();
  const [key, setKey] = useState(plan?.key ?? '');
  const [name, setName] = useState(plan?.name ?? noTexts());
  const [modules, setModules] = useState<Module[]>(plan?.modules ?? [...MODULES]);
  const [limits, setLimits] = useState(
    () => Object.fromEntries(LIMITS.map(([k]) => [k, plan?.[k] == null ? '' : String(plan[k])])) as Record<(typeof LIMITS)[number][0], string>,
  );
  const [month, setMonth] = useState(plan ? tiynToTenge(plan.priceMonthTiyn) : '0');
  const [year, setYear] = useState(plan ? tiynToTenge(plan.priceYearTiyn) : '0');
  const [trialDays, setTrialDays] = useState(String(plan?.trialDays ?? 0));
  const [archived, setArchived] = useState(plan?.archived ?? false);
  const [bad, setBad] = useState<Record<string, string>>({});
  const {busy, error, call} = useCall();

  async function submit(e: FormEvent) {
    e.preventDefault();
    const problems: Record<string, string> = {};
    const lim = Object.fromEntries(LIMITS.map(([k]) => [k, limitOf(limits[k])]));
    for (const [k] of LIMITS) if (lim[k] === undefined) problems[k] = tr('console.plan.limitBad');
    const priceMonthTiyn = tengeToTiyn(month);
    const priceYearTiyn = tengeToTiyn(year);
    if (priceMonthTiyn === null) problems.month = tr('console.billing.amountBad');
    if (priceYearTiyn === null) problems.year = tr('console.billing.amountBad');
    const trial = Number(trialDays);
    if (!Number.isInteger(trial) || trial < 0) problems.trialDays = tr('console.plan.limitBad');
    if (!plan && !/^[a-z0-9-]{2,40}$/.test(key)) problems.key = tr('console.plan.keyBad');
    if (!name.ru.trim() || !name.kk.trim() || !name.en.trim()) problems.name = tr('console.plan.nameRequired');
    setBad(problems);
    if (Object.keys(problems).length) return;
    const body = {...lim, name, modules, priceMonthTiyn, priceYearTiyn, trialDays: trial, archived};
    const r = plan ? await call(`/plans/${encodeURIComponent(plan.key)}`, {method: 'PUT', body}) : await call('/plans', {method: 'POST', body: {key, ...body}});
    if (r) onSaved();
  }

  return (
    <form className="panel cn-plan-form" onSubmit={submit}>
      <h2>{plan ? tr('console.plan.edit', {name: plan.name.ru}) : tr('console.plan.new')}</h2>
      <ErrorLine error={error} />
      {plan ? null : (
        <TextField
          label={tr('console.plan.key')}
          hint={tr('console.plan.keyHint')}
          value={key}
          onChange={(e) => setKey(e.target.value.trim())}
          error={bad.key}
        />
      )}
      <TextsFields label={tr('console.plan.name')} value={name} onChange={setName} />
      {bad.name ? <div className="field-error">{bad.name}</div> : null}
      <fieldset className="cn-texts">
        <legend>{tr('console.plan.modules')}</legend>
        <div className="cn-checks">
          {MODULES.map((m) => (
            <label key={m} className="cn-check">
              <input
                type="checkbox"
                checked={modules.includes(m)}
                onChange={(e) => setModules(e.target.checked ? MODULES.filter((x) => x === m || modules.includes(x)) : modules.filter((x) => x !== m))}
              />{' '}
              {tr(`module.${m}` as MessageKey)}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="cn-row">
        {LIMITS.map(([k, label]) => (
          <TextField
            key={k}
            label={tr(label)}
            hint={tr('console.plan.noLimit')}
            inputMode="numeric"
            value={limits[k]}
            onChange={(e) => setLimits({...limits, [k]: e.target.value})}
            error={bad[k]}
          />
        ))}
      </div>
      <div className="cn-row">
        <TextField label={tr('console.plan.priceMonth')} inputMode="decimal" value={month} onChange={(e) => setMonth(e.target.value)} error={bad.month} />
        <TextField label={tr('console.plan.priceYear')} inputMode="decimal" value={year} onChange={(e) => setYear(e.target.value)} error={bad.year} />
        <TextField
          label={tr('console.plan.trialDays')}
          inputMode="numeric"
          value={trialDays}
          onChange={(e) => setTrialDays(e.target.value)}
          error={bad.trialDays}
        />
      </div>
      <label className="cn-check">
        <input type="checkbox" checked={archived} onChange={(e) => setArchived(e.target.checked)} /> {tr('console.plan.archived')}
      </label>
      <div className="cn-actions">
        <button className="primary" disabled={busy}>
          {tr('action.save')}
        </button>
        <button type="button" onClick={onCancel}>
          {tr('action.cancel')}
        </button>
      </div>
    </form>
  );
}
