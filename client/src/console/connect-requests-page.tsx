// The queue of "connect your business" requests: approving one creates the
// company (on the chosen plan) and invites its owner; declining emails the
// reason to the person who asked.
import {useState} from 'react';
import {BUSINESS_KINDS} from '#shared/company/business-kinds.ts';
import type {MessageKey} from '#shared/i18n/catalog.ts';
import {Link} from '../router/router.tsx';
import {useCall, useLoad} from './console-api.ts';
import {useConsole, type ConsoleKey} from './console-i18n.tsx';
import {ConfirmAction, ErrorLine, Loading, useFormat} from './console-ui.tsx';
import type {Plan} from './types.ts';

type ConnectRequest = {
  id: string;
  businessName: string;
  personName: string;
  email: string;
  phone: string | null;
  city: string | null;
  businessKind: string | null;
  message: string | null;
  locale: string;
  status: 'new' | 'approved' | 'declined';
  reason: string | null;
  companyId: string | null;
  createdAt: number;
  decidedAt: number | null;
};

type Approved = {companyId: string; inviteSent: boolean; inviteUrl: string | null};
const STATUSES = ['new', 'approved', 'declined'] as const;

function RequestCard({r, plans, onDecided}: {r: ConnectRequest; plans: Plan[]; onDecided: () => void}) {
  const {tr, locale} = useConsole();
  const f = useFormat();
  const {busy, error, call} = useCall();
  const [planKey, setPlanKey] = useState('');
  const [approved, setApproved] = useState<Approved>();
  const facts: [ConsoleKey, string | null][] = [
    ['console.connect.person', r.personName],
    ['console.connect.email', r.email],
    ['console.connect.phone', r.phone],
    ['console.connect.city', r.city],
    [
      'console.connect.kind',
      r.businessKind && (BUSINESS_KINDS as readonly string[]).includes(r.businessKind) ? tr(`business.${r.businessKind}` as MessageKey) : r.businessKind,
    ],
    ['console.connect.message', r.message],
    ['console.connect.reason', r.reason],
  ];
  return (
    <li className="cn-card" data-testid="connect-request">
      <div className="cn-card-head">
        <strong className="cn-name">{r.businessName}</strong>
        <span className="muted">{f.dateTime(r.createdAt)}</span>
      </div>
      <dl className="facts">
        {facts
          .filter(([, v]) => v)
          .map(([k, v]) => (
            <div key={k} style={{display: 'contents'}}>
              <dt>{tr(k)}</dt>
              <dd>{v}</dd>
            </div>
          ))}
      </dl>
      {r.companyId ? <Link href={`/console/companies/${r.companyId}`}>{tr('console.connect.openCompany')}</Link> : null}
      <ErrorLine error={error} />
      {approved ? (
        <div role="status" className="cn-done">
          <p>{tr(approved.inviteSent ? 'console.connect.inviteSent' : 'console.connect.inviteNotSent', {email: r.email})}</p>
          {approved.inviteUrl ? (
            <input readOnly value={approved.inviteUrl} aria-label={tr('console.connect.inviteUrl')} onFocus={(e) => e.target.select()} />
          ) : null}
        </div>
      ) : r.status === 'new' ? (
        <div className="cn-actions">
          <ConfirmAction
            label={tr('console.connect.approve')}
            question={tr('console.connect.approve.question', {name: r.businessName, email: r.email})}
            reason={false}
            busy={busy}
            onConfirm={async () => {
              const res = await call<Approved>(`/connection-requests/${encodeURIComponent(r.id)}/approve`, {method: 'POST', body: planKey ? {planKey} : {}});
              if (!res) return false;
              setApproved(res);
            }}
          >
            <div className="field">
              <label htmlFor={`plan-${r.id}`}>{tr('console.billing.planLabel')}</label>
              <select id={`plan-${r.id}`} value={planKey} onChange={(e) => setPlanKey(e.target.value)}>
                <option value="">{tr('console.connect.defaultPlan')}</option>
                {plans
                  .filter((p) => !p.archived)
                  .map((p) => (
                    <option key={p.key} value={p.key}>
                      {p.name[locale] || p.name.ru}
                    </option>
                  ))}
              </select>
            </div>
          </ConfirmAction>
          <ConfirmAction
            label={tr('console.connect.decline')}
            question={tr('console.connect.decline.question', {email: r.email})}
            reason
            danger
            busy={busy}
            onConfirm={async (reason) => {
              const res = await call(`/connection-requests/${encodeURIComponent(r.id)}/decline`, {method: 'POST', body: {reason}});
              if (!res) return false;
              onDecided();
            }}
          />
        </div>
      ) : null}
    </li>
  );
}

export function ConnectRequestsPage() {
  const {tr} = useConsole();
  const [status, setStatus] = useState<(typeof STATUSES)[number]>('new');
  const {data, error, reload} = useLoad<{requests: ConnectRequest[]}>(`/connection-requests?status=${status}`);
  const plans = useLoad<{plans: Plan[]}>('/plans');
  return (
    <section className="cn-page">
      <h1>{tr('console.nav.requests')}</h1>
      <div className="chips" role="group" aria-label={tr('console.companies.status')}>
        {STATUSES.map((s) => (
          <button key={s} type="button" className={s === status ? 'chip active' : 'chip'} aria-pressed={s === status} onClick={() => setStatus(s)}>
            {tr(`console.connect.status.${s}` as ConsoleKey)}
          </button>
        ))}
      </div>
      {!data ? (
        <Loading error={error} />
      ) : data.requests.length === 0 ? (
        <p className="empty">{tr('console.connect.none')}</p>
      ) : (
        <ul className="cn-list">
          {data.requests.map((r) => (
            <RequestCard key={r.id} r={r} plans={plans.data?.plans ?? []} onDecided={reload} />
          ))}
        </ul>
      )}
    </section>
  );
}
