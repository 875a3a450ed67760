import {useQuery} from '@rocicorp/zero/react';
import {useMemo, useState} from 'react';
import {can} from '../../../shared/auth/can.ts';
import {queries} from '../../../shared/queries/index.ts';
import {useT} from '../i18n/i18n.tsx';
import {useRequestConfig} from './use-request-config.ts';
import {Link} from '../router/router.tsx';
import {memberContextOf, type Session} from '../session/session.ts';
import {NewRequest} from './new-request.tsx';
import {RequestCard} from './request-card.tsx';
import {matchesRequest, type StatusFilter} from './request-filter.ts';
import {RequestList} from './request-list.tsx';

export function RequestsPage({session, selectedId}: {session: Session; selectedId?: string | undefined}) {
  const t = useT();
  const config = useRequestConfig();
  const [rows] = useQuery(queries.requests.list());
  const [company] = useQuery(queries.company.current());
  const [status, setStatus] = useState<StatusFilter>('open');
  const [query, setQuery] = useState('');
  const timeZone = company?.timezone ?? 'Asia/Almaty';
  const isOpen = useMemo(() => {
    const closed = (r: {type_id?: string | null; status: string}) => {
      const kind = config.status(r.type_id, r.status)?.kind;
      return kind === 'done' || kind === 'cancelled';
    };
    return (r: unknown) => !closed(r as {type_id?: string | null; status: string});
  }, [config]);
  const visible = useMemo(() => rows.filter((r) => matchesRequest(r, status, query, isOpen)), [rows, status, query, isOpen]);
  // Status chips: the statuses the company's requests are in, named by their workflows.
  const {counts, filters} = useMemo(() => {
    const c: Record<string, number> = {all: rows.length, open: 0};
    const names = new Map<string, string>();
    for (const r of rows) {
      c[r.status] = (c[r.status] ?? 0) + 1;
      if (isOpen(r)) c.open! += 1;
      if (!names.has(r.status)) names.set(r.status, config.statusName(r.type_id, r.status));
    }
    return {counts: c, filters: [['open', t('requests.filter.open')], ['all', t('requests.filter.all')], ...names] as [StatusFilter, string][]};
  }, [rows, isOpen, config, t]);
  const canCreate = can(memberContextOf(session), 'requests.create');

  return (
    <div className={selectedId ? 'split has-detail' : 'split'}>
      <section className="list-pane" aria-label={t('requests.title')}>
        <div className="pane-head">
          <h1>{t('requests.title')}</h1>
          <span className="muted">{t('requests.count', {count: visible.length})}</span>
        </div>
        <input className="search" type="search" placeholder={t('requests.search')} aria-label={t('requests.search')} value={query} onChange={(e) => setQuery(e.target.value)} />
        <div className="chips scroll" role="group">
          {filters.map(([f, label]) => (
            <button key={f} type="button" className={f === status ? 'chip active' : 'chip'} aria-pressed={f === status} onClick={() => setStatus(f)}>
              {label}
              <span className="chip-count">{counts[f] ?? 0}</span>
            </button>
          ))}
        </div>
        <RequestList rows={visible} selectedId={selectedId} timeZone={timeZone} />
        {canCreate ? (
          <Link href="/requests/new" className="fab" aria-label={t('requests.new')}>
            +<span className="fab-label">{t('requests.new')}</span>
          </Link>
        ) : null}
      </section>
      <section className="detail-pane">
        {selectedId === 'new' ? <NewRequest timeZone={timeZone} /> : selectedId ? <RequestCard id={selectedId} session={session} timeZone={timeZone} /> : <div className="card-empty muted">{t('requests.pickOne')}</div>}
      </section>
    </div>
  );
}
