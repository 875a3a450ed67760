// A person across companies: found by email or name; their sign-in reset (an
// email with a link, every session ended) or their sessions ended — each with
// a reason for the audit log.
import {useState} from 'react';
import {Link} from '../router/router.tsx';
import {useCall, useLoad} from './console-api.ts';
import {useConsole} from './console-i18n.tsx';
import {ConfirmAction, ErrorLine, Loading, useFormat} from './console-ui.tsx';

type User = {
  id: string;
  email: string;
  name: string;
  createdAt: number;
  sessions: number;
  memberships: {companyId: string; companyName: string; companySlug: string; role: string; active: boolean}[];
};

function UserCard({user, onChanged}: {user: User; onChanged: () => void}) {
  const {tr} = useConsole();
  const f = useFormat();
  const {busy, error, call} = useCall();
  const [done, setDone] = useState<string>();
  const path = `/users/${encodeURIComponent(user.id)}`;
  return (
    <li className="cn-card">
      <div className="cn-card-head">
        <strong className="cn-name">{user.name}</strong>
        <span className="muted">{tr('console.users.sessions', {count: user.sessions})}</span>
      </div>
      <div className="wrap-anywhere">{user.email}</div>
      <div className="muted">{tr('console.company.created', {date: f.date(user.createdAt)})}</div>
      <ul className="cn-plain">
        {user.memberships.map((m) => (
          <li key={m.companyId}>
            <Link href={`/console/companies/${m.companyId}`}>{m.companyName}</Link> · {m.role}
            {m.active ? null : <span className="muted"> · {tr('team.switchedOff')}</span>}
          </li>
        ))}
      </ul>
      <ErrorLine error={error} />
      {done ? <p role="status">{done}</p> : null}
      <div className="cn-actions">
        <ConfirmAction
          label={tr('console.users.reset')}
          question={tr('console.users.reset.question', {email: user.email})}
          reason
          busy={busy}
          onConfirm={async (reason) => {
            const r = await call<{sent: boolean}>(`${path}/reset`, {method: 'POST', body: {reason}});
            if (!r) return false;
            setDone(tr(r.sent ? 'console.users.reset.sent' : 'console.users.reset.notSent'));
            onChanged();
          }}
        />
        <ConfirmAction
          label={tr('console.users.endSessions')}
          question={tr('console.users.endSessions.question', {email: user.email})}
          reason
          danger
          busy={busy}
          onConfirm={async (reason) => {
            const r = await call<{ended: number}>(`${path}/end-sessions`, {method: 'POST', body: {reason}});
            if (!r) return false;
            setDone(tr('console.users.ended', {count: r.ended}));
            onChanged();
          }}
        />
      </div>
    </li>
  );
}

export function UsersPage() {
  const {tr} = useConsole();
  const [q, setQ] = useState('');
  const term = q.trim();
  const {data, error, reload} = useLoad<{users: User[]}>(term.length >= 2 ? `/users?q=${encodeURIComponent(term)}` : null);
  return (
    <section className="cn-page">
      <h1>{tr('console.nav.users')}</h1>
      <input
        type="search"
        className="search"
        aria-label={tr('console.search')}
        placeholder={tr('console.users.search')}
        value={q}
        onChange={(e) => setQ(e.target.value)}
      />
      {term.length < 2 ? (
        <p className="muted">{tr('console.users.hint')}</p>
      ) : !data ? (
        <Loading error={error} />
      ) : data.users.length === 0 ? (
        <p className="empty">{tr('console.users.none')}</p>
      ) : (
        <ul className="cn-list">
          {data.users.map((u) => (
            <UserCard key={u.id} user={u} onChanged={reload} />
          ))}
        </ul>
      )}
    </section>
  );
}
