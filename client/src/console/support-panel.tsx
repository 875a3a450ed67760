// Support access is the company owner's grant, for a limited time: without it
// the console reads nothing of the company; with it, an overview (every read
// is written to the audit log the company sees).
import type {Module} from '#shared/company/modules.ts';
import type {MessageKey} from '#shared/i18n/catalog.ts';
import {useState} from 'react';
import {useCall} from './console-api.ts';
import {useConsole} from './console-i18n.tsx';
import {ErrorLine, useFormat} from './console-ui.tsx';

type Overview = {
  members: {name: string; email: string; roles: string[]; active: boolean}[];
  requests: {id: string; title: string; status: string; createdAt: number}[];
  modules: Record<Module, boolean>;
};

export function SupportPanel({companyId, grant}: {companyId: string; grant: {expiresAt: number} | null}) {
  const {tr} = useConsole();
  const f = useFormat();
  const [overview, setOverview] = useState<Overview>();
  const {busy, error, call} = useCall();
  return (
    <div className="panel">
      <h2>{tr('console.support.title')}</h2>
      {!grant ? (
        <p className="muted">{tr('console.support.none')}</p>
      ) : (
        <>
          <p>{tr('console.support.until', {date: f.dateTime(grant.expiresAt)})}</p>
          <ErrorLine error={error} />
          {overview ? null : (
            <button
              type="button"
              disabled={busy}
              onClick={() => void call<Overview>(`/companies/${encodeURIComponent(companyId)}/support/overview`).then((o) => o && setOverview(o))}
            >
              {tr('console.support.open')}
            </button>
          )}
        </>
      )}
      {overview ? (
        <div className="cn-support">
          <h3>{tr('console.support.modules')}</h3>
          <p className="chips">
            {Object.entries(overview.modules)
              .filter(([, on]) => on)
              .map(([m]) => (
                <span key={m} className="badge">
                  {tr(`module.${m}` as MessageKey)}
                </span>
              ))}
          </p>
          <h3>{tr('console.support.members')}</h3>
          <ul className="cn-plain">
            {overview.members.map((m) => (
              <li key={m.email} className="wrap-anywhere">
                {m.name} · {m.email} · {m.roles.join(', ')}
                {m.active ? null : <span className="muted"> · {tr('team.switchedOff')}</span>}
              </li>
            ))}
          </ul>
          <h3>{tr('console.support.requests')}</h3>
          <ul className="cn-plain">
            {overview.requests.map((r) => (
              <li key={r.id} className="wrap-anywhere">
                {f.date(r.createdAt)} · {r.title} · {r.status}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}
