// The list's filters: quick chips for the questions asked every day (who
// came back, who waits for us, whom to win back) and a panel for the rest.
// Kept on the device, so the list opens the way it was left.
import {useMemo, useState} from 'react';
import {CLIENT_SORTS, type ClientFilter, type ClientSort} from '#shared/crm/filters.ts';
import {clientSourceLabel} from '#shared/crm/source.ts';
import {useT} from '../i18n/i18n.tsx';
import type {ClientRow} from './use-crm.ts';

export const VIEWS = ['all', 'repeat', 'once', 'waiting', 'lost'] as const;
export type View = (typeof VIEWS)[number];

// noAnswer '0': "Ждут ответа" counts every client with an unanswered request, as the rows say "ждёт ответа 1 мин".
export const EMPTY_FILTERS = {view: 'all', tag: '', source: '', lastContact: '', noAnswer: '0', notSeen: '60', sort: 'recent', query: ''};
export type FilterState = typeof EMPTY_FILTERS;

const VIEW_LABEL = {
  all: 'crm.filter.all',
  repeat: 'crm.filter.repeat',
  once: 'crm.filter.firstTime',
  waiting: 'crm.filter.noAnswer',
  lost: 'crm.filter.notSeen',
} as const;
const SORT_LABEL = {recent: 'crm.sort.recent', name: 'crm.sort.name', requests: 'crm.sort.requests', waiting: 'crm.sort.waiting'} as const;

export function toClientFilter(s: FilterState): ClientFilter {
  return {
    query: s.query,
    tags: s.tag ? [s.tag] : undefined,
    source: s.source || undefined,
    repeat: s.view === 'repeat' ? 'yes' : s.view === 'once' ? 'no' : undefined,
    noAnswerDays: s.view === 'waiting' ? noAnswerDays(s) : undefined,
    notSeenDays: s.view === 'lost' ? Number(s.notSeen) : undefined,
    lastContactDays: s.lastContact ? Number(s.lastContact) : undefined,
  };
}

/** The "waiting for an answer" threshold in days: the quick view's count, the filter and each row's label all use it. */
export function noAnswerDays(s: Pick<FilterState, 'noAnswer'>): number {
  const n = Number(s.noAnswer);
  return Number.isFinite(n) && n > 0 ? n : 0;
}

export function sortOf(s: FilterState): ClientSort {
  return (CLIENT_SORTS as readonly string[]).includes(s.sort) ? (s.sort as ClientSort) : 'recent';
}

type Props = {state: FilterState; set: (patch: Partial<FilterState>) => void; clients: readonly ClientRow[]; counts: Partial<Record<View, number>>};

export function ClientFilters({state, set, clients, counts}: Props) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const {tags, sources} = useMemo(() => {
    const tagSet = new Set<string>();
    const sourceSet = new Set<string>();
    for (const c of clients) {
      if (c.merged_into) continue;
      for (const tag of Array.isArray(c.tags) ? c.tags : []) tagSet.add(tag);
      if (c.source) sourceSet.add(c.source);
    }
    return {tags: [...tagSet].sort(), sources: [...sourceSet].sort()};
  }, [clients]);
  const extra = [state.tag, state.source, state.lastContact].filter(Boolean).length;
  const days = (values: number[], plus: boolean) =>
    values.map((n) => (
      <option key={n} value={n}>
        {t(plus ? 'crm.daysPlus' : 'crm.days', {count: n})}
      </option>
    ));
  return (
    <div className="crm-filters">
      <div className="chips scroll" role="group" aria-label={t('crm.filters')}>
        {VIEWS.map((v) => (
          <button key={v} type="button" className={state.view === v ? 'chip active' : 'chip'} aria-pressed={state.view === v} onClick={() => set({view: v})}>
            {t(VIEW_LABEL[v])}
            {counts[v] !== undefined ? <span className="chip-count">{counts[v]}</span> : null}
          </button>
        ))}
        <button type="button" className={open || extra ? 'chip active-outline' : 'chip'} aria-expanded={open} onClick={() => setOpen(!open)}>
          {t('crm.filters')}
          {extra ? <span className="chip-count">{extra}</span> : null}
        </button>
      </div>
      {open ? (
        <div className="crm-filter-panel">
          {state.view === 'waiting' ? (
            <label>
              {t('crm.filter.noAnswer')}
              <select value={state.noAnswer} onChange={(e) => set({noAnswer: e.target.value})}>
                <option value="0">{t('crm.filter.anyWait')}</option>
                {days([1, 3, 7, 14], true)}
              </select>
            </label>
          ) : null}
          {state.view === 'lost' ? (
            <label>
              {t('crm.filter.notSeen')}
              <select value={state.notSeen} onChange={(e) => set({notSeen: e.target.value})}>
                {days([30, 60, 90, 180, 365], true)}
              </select>
            </label>
          ) : null}
          <label>
            {t('crm.filter.lastContact')}
            <select value={state.lastContact} onChange={(e) => set({lastContact: e.target.value})}>
              <option value="">{t('crm.filter.anyTime')}</option>
              {days([7, 30, 90, 365], false)}
            </select>
          </label>
          <label>
            {t('crm.filter.tag')}
            <select value={state.tag} onChange={(e) => set({tag: e.target.value})}>
              <option value="">{t('crm.filter.any')}</option>
              {tags.map((tag) => (
                <option key={tag} value={tag}>
                  {tag}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('crm.filter.source')}
            <select value={state.source} onChange={(e) => set({source: e.target.value})}>
              <option value="">{t('crm.filter.any')}</option>
              {sources.map((s) => (
                <option key={s} value={s}>
                  {clientSourceLabel(s, t)}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('crm.sort')}
            <select value={state.sort} onChange={(e) => set({sort: e.target.value})}>
              {CLIENT_SORTS.map((s) => (
                <option key={s} value={s}>
                  {t(SORT_LABEL[s])}
                </option>
              ))}
            </select>
          </label>
          <button type="button" className="link" onClick={() => set({...EMPTY_FILTERS, query: state.query})}>
            {t('crm.filter.clear')}
          </button>
        </div>
      ) : null}
    </div>
  );
}
