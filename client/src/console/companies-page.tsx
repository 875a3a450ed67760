// Every company with its activity: search, a status filter and a sort; each
// row is a card (it fits a phone) with the figures the issue lists.
import {useState} from 'react';
import {COMPANY_STATUSES} from '#shared/platform/status.ts';
import {Link} from '../router/router.tsx';
import {useLoad} from './console-api.ts';
import {useConsole, type ConsoleKey} from './console-i18n.tsx';
import {Loading, useFormat} from './console-ui.tsx';
import type {CompanyRow} from './types.ts';

const SORTS = ['activity', 'name', 'created', 'requests', 'bookings', 'storage', 'messages', 'members'] as const;

export function StatusBadge({status}: {status: CompanyRow['status']}) {
  const {tr} = useConsole();
  return <span className={`badge cn-status-${status}`}>{tr(`console.status.${status}` as ConsoleKey)}</span>;
}

export function CompanyFigures({c}: {c: CompanyRow}) {
  const {tr} = useConsole();
  const f = useFormat();
  const items: [ConsoleKey, string][] = [
    ['console.fig.plan', c.plan.name],
    ['console.fig.members', f.number(c.members)],
    ['console.fig.lastActivity', f.dateTime(c.lastActivityAt)],
    ['console.fig.requestsWeek', f.number(c.requestsWeek)],
    ['console.fig.bookingsWeek', f.number(c.bookingsWeek)],
    ['console.fig.storage', f.bytes(c.storageBytes)],
    ['console.fig.messagesMonth', f.number(c.messagesMonth)],
    ['console.fig.paidUntil', c.paidUntil ? f.date(c.paidUntil) : c.trialUntil ? tr('console.trialUntil', {date: f.date(c.trialUntil)}) : '—'],
  ];
  return (
    <dl className="cn-figures">
      {items.map(([k, v]) => (
        <div key={k}>
          <dt>{tr(k)}</dt>
          <dd>{v}</dd>
        </div>
      ))}
    </dl>
  );
}

export function CompaniesPage() {
  const {tr} = useConsole();
  const [q, setQ] = useState('');
  const [status, setStatus] = useState('');
  const [sort, setSort] = useState<(typeof SORTS)[number]>('activity');
  const [dir, setDir] = useState<'asc' | 'desc'>('desc');
  // Empty filters are left out: the server validates what it is given.
  const params = new URLSearchParams({...(q.trim() && {q: q.trim()}), ...(status && {status}), sort, dir});
  const {data, error} = useLoad<{companies: CompanyRow[]}>(`/companies?${params}`);
  return (
    <section className="cn-page">
      <h1>{tr('console.nav.companies')}</h1>
      <div className="cn-toolbar">
        <input
          type="search"
          className="cn-grow"
          aria-label={tr('console.search')}
          placeholder={tr('console.companies.search')}
          value={q}
          onChange={(e) => setQ(e.target.value)}
        />
        <select aria-label={tr('console.companies.status')} value={status} onChange={(e) => setStatus(e.target.value)}>
          <option value="">{tr('console.companies.allStatuses')}</option>
          {COMPANY_STATUSES.map((s) => (
            <option key={s} value={s}>
              {tr(`console.status.${s}` as ConsoleKey)}
            </option>
          ))}
        </select>
        <span className="cn-sort">
          <select aria-label={tr('console.sort')} value={sort} onChange={(e) => setSort(e.target.value as typeof sort)}>
            {SORTS.map((s) => (
              <option key={s} value={s}>
                {tr(`console.sort.${s}` as ConsoleKey)}
              </option>
            ))}
          </select>
          <button
            type="button"
            className="chip"
            aria-label={tr(dir === 'asc' ? 'console.sort.asc' : 'console.sort.desc')}
            onClick={() => setDir(dir === 'asc' ? 'desc' : 'asc')}
          >
            {dir === 'asc' ? '↑' : '↓'}
          </button>
        </span>
      </div>
      {!data ? (
        <Loading error={error} />
      ) : data.companies.length === 0 ? (
        <p className="empty">{tr('console.companies.none')}</p>
      ) : (
        <ul className="cn-list">
          {data.companies.map((c) => (
            <li key={c.id} className="cn-card">
              <div className="cn-card-head">
                <Link href={`/console/companies/${c.id}`} className="cn-name">
                  {c.name}
                </Link>
                <StatusBadge status={c.status} />
              </div>
              <div className="muted cn-slug">/{c.slug}</div>
              {c.statusReason && c.status !== 'active' ? <p className="cn-reason">{c.statusReason}</p> : null}
              <CompanyFigures c={c} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
