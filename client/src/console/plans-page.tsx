// Plans as data: each with its modules, limits, prices and how many companies
// are on it; one opens in the editor, or a new one.
import {useState} from 'react';
import type {MessageKey} from '#shared/i18n/catalog.ts';
import {useLoad} from './console-api.ts';
import {useConsole} from './console-i18n.tsx';
import {Loading, useFormat} from './console-ui.tsx';
import {PlanForm} from './plan-form.tsx';
import type {Plan} from './types.ts';

export function PlansPage() {
  const {tr, locale} = useConsole();
  const f = useFormat();
  const {data, error, reload} = useLoad<{plans: Plan[]}>('/plans');
  const [editing, setEditing] = useState<Plan | 'new' | null>(null);
  const limit = (n: number | null) => (n == null ? tr('console.plan.unlimited') : f.number(n));
  if (editing)
    return (
      <section className="cn-page">
        <PlanForm
          plan={editing === 'new' ? null : editing}
          onCancel={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            reload();
          }}
        />
      </section>
    );
  return (
    <section className="cn-page">
      <div className="cn-card-head">
        <h1>{tr('console.nav.plans')}</h1>
        <button type="button" className="primary" onClick={() => setEditing('new')}>
          {tr('console.plan.new')}
        </button>
      </div>
      {!data ? (
        <Loading error={error} />
      ) : (
        <ul className="cn-list">
          {data.plans.map((p) => (
            <li key={p.key} className={p.archived ? 'cn-card cn-archived' : 'cn-card'}>
              <div className="cn-card-head">
                <strong className="cn-name">{p.name[locale] || p.name.ru}</strong>
                {p.archived ? <span className="badge">{tr('console.plan.archivedBadge')}</span> : null}
              </div>
              <div className="muted">
                {p.key} · {tr('console.plan.companies', {count: p.companies})}
              </div>
              <dl className="cn-figures">
                <div>
                  <dt>{tr('console.plan.priceMonth')}</dt>
                  <dd>{f.money(p.priceMonthTiyn)}</dd>
                </div>
                <div>
                  <dt>{tr('console.plan.priceYear')}</dt>
                  <dd>{f.money(p.priceYearTiyn)}</dd>
                </div>
                <div>
                  <dt>{tr('console.plan.trialDays')}</dt>
                  <dd>{f.number(p.trialDays)}</dd>
                </div>
                <div>
                  <dt>{tr('console.plan.maxMembers')}</dt>
                  <dd>{limit(p.maxMembers)}</dd>
                </div>
                <div>
                  <dt>{tr('console.plan.storageMb')}</dt>
                  <dd>{limit(p.storageMb)}</dd>
                </div>
                <div>
                  <dt>{tr('console.plan.messagesPerMonth')}</dt>
                  <dd>{limit(p.messagesPerMonth)}</dd>
                </div>
              </dl>
              <p className="cn-modules">{p.modules.map((m) => tr(`module.${m}` as MessageKey)).join(' · ')}</p>
              <button type="button" onClick={() => setEditing(p)}>
                {tr('action.edit')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
