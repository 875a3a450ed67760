// The client base: search (any script, part of a number), filters and a list
// that stays fast with 20 000 clients (filtered locally, rendered in a window).
import {useMemo} from 'react';
import {duplicatePairs} from '#shared/crm/duplicates.ts';
import {filterClients, matchesFilter} from '#shared/crm/filters.ts';
import {waitingFor} from '#shared/crm/waiting.ts';
import {formatDate, formatDuration} from '#shared/i18n/format.ts';
import {formatPhone} from '#shared/phone.ts';
import {useI18n} from '../i18n/i18n.tsx';
import {Link} from '../router/router.tsx';
import type {Session} from '../session/session.ts';
import {useDraft} from '../ui/use-draft.ts';
import {ClientFilters, EMPTY_FILTERS, noAnswerDays, sortOf, toClientFilter, VIEWS, type View} from './client-filters.tsx';
import {ExportMenu} from './export-menu.tsx';
import {displayName, type ClientRow, type CrmData} from './use-crm.ts';
import {useDismissed} from './use-dismissed.ts';
import {WindowedList} from './windowed-list.tsx';

const ROW_HEIGHT = 76;
import {useMinute} from '../ui/use-minute.ts';

type Props = {crm: CrmData; session: Session; selectedId?: string | undefined; timeZone: string};

export function ClientList({crm, session, selectedId, timeZone}: Props) {
  const {t, locale} = useI18n();
  const now = useMinute();
  const [state, setState] = useDraft('crm.filters', EMPTY_FILTERS);
  const dismissed = useDismissed();
  const shown = useMemo(
    () => filterClients(crm.clients, crm.stats, crm.search, toClientFilter(state), sortOf(state), now),
    [crm.clients, crm.stats, crm.search, state, now],
  );
  // How many clients each quick view holds (A1: who comes back, who waits, whom to win back).
  const counts = useMemo(() => {
    const out: Partial<Record<View, number>> = {};
    for (const v of VIEWS) {
      const f = toClientFilter({...EMPTY_FILTERS, view: v, noAnswer: state.noAnswer, notSeen: state.notSeen});
      out[v] = crm.clients.reduce((n, c) => n + (matchesFilter(c, crm.statsOf(c.id), f, now) ? 1 : 0), 0);
    }
    return out;
  }, [crm, state.noAnswer, state.notSeen, now]);
  const duplicates = useMemo(() => duplicatePairs(crm.clients, crm.contacts, dismissed).length, [crm.clients, crm.contacts, dismissed]);
  const canManage = session.permissions.includes('clients.manage');
  const canExport = session.permissions.includes('clients.export');

  const row = (c: ClientRow) => {
    const s = crm.statsOf(c.id);
    // The rule the "Ждут ответа" count uses (waiting.ts), with its threshold.
    const waited = waitingFor(s, now, noAnswerDays(state));
    const contacts = crm.contactsOf(c.id);
    const phone = contacts.find((x) => x.kind === 'phone' || x.kind === 'whatsapp');
    const tags = Array.isArray(c.tags) ? c.tags : [];
    return (
      <Link href={`/clients/${c.id}`} className={c.id === selectedId ? 'client-row selected' : 'client-row'} data-client-id={c.id}>
        <div className="row-top">
          <span className="row-name">{displayName(c, contacts, t('crm.noName'))}</span>
          {s.repeat ? <span className="badge repeat-badge">{t('crm.repeat')}</span> : null}
          <span className="client-count" title={t('crm.stats.contacts')}>
            {s.requests + s.bookings || ''}
          </span>
        </div>
        <div className="row-meta">
          {phone && c.name.trim() ? <span>{formatPhone(phone.value)}</span> : null}
          {waited !== null ? (
            <span className="waiting-text">{t('crm.waiting', {duration: formatDuration(waited, locale)})}</span>
          ) : s.lastAt !== null ? (
            <span>{t('crm.lastSeen', {date: formatDate(s.lastAt, timeZone, locale, 'date')})}</span>
          ) : null}
          {tags.slice(0, 2).map((tag) => (
            <span key={tag} className="tag">
              {tag}
            </span>
          ))}
        </div>
      </Link>
    );
  };

  return (
    <>
      <div className="pane-head">
        <h1>{t('crm.title')}</h1>
        <span className="muted" data-testid="client-count">
          {t('crm.count', {count: shown.length})}
        </span>
      </div>
      <div className="crm-actions list-actions">
        {canManage ? (
          <Link href="/clients/new" className="button primary">
            + {t('crm.new')}
          </Link>
        ) : null}
        {canManage ? (
          <Link href="/clients/import" className="button">
            {t('crm.import')}
          </Link>
        ) : null}
        {canExport ? <ExportMenu crm={crm} clients={shown} timeZone={timeZone} /> : null}
        {duplicates && canManage ? (
          <Link href="/clients/duplicates" className="button">
            {t('crm.duplicates')} <span className="chip-count">{duplicates}</span>
          </Link>
        ) : null}
      </div>
      <input
        className="search"
        type="search"
        placeholder={t('crm.search')}
        aria-label={t('crm.search')}
        value={state.query}
        onChange={(e) => setState({query: e.target.value})}
      />
      <ClientFilters state={state} set={setState} clients={crm.clients} counts={counts} />
      {shown.length ? (
        <WindowedList items={shown} rowHeight={ROW_HEIGHT} keyOf={(c) => c.id} render={row} label={t('crm.title')} />
      ) : (
        <p className="empty">{crm.clients.length ? t('crm.noMatch') : crm.loaded ? t('crm.empty') : t('state.loading')}</p>
      )}
    </>
  );
}
