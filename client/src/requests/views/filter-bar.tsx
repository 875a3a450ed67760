// Search, the status chips (open / all / each status, with counts) and the
// filters by type, priority, responsible, source and period.
import {useMemo, useState, type ReactNode} from 'react';
import {activeFilterCount, EMPTY_FILTERS, NONE, SOURCE_KINDS, type RequestFilters} from '#shared/requests/filter.ts';
import {isOpenRequest} from '#shared/requests/state.ts';
import {PRIORITIES} from '#shared/workflow/types.ts';
import {useI18n} from '../../i18n/i18n.tsx';
import {Pick, Popover} from './pick.tsx';
import type {ViewContext} from './use-view-env.ts';

type Row = {status: string; type_id?: string | null | undefined; responsible_id?: string | null | undefined};

type Props = {
  filters: RequestFilters;
  onChange: (f: RequestFilters) => void;
  rows: readonly Row[];
  env: ViewContext;
  hideStatus?: boolean;
  compact?: boolean;
  toolbar?: ReactNode;
};

export function FilterBar({filters, onChange, rows, env, hideStatus = false, compact = false, toolbar}: Props) {
  const {t} = useI18n();
  const set = (patch: Partial<RequestFilters>) => onChange({...filters, ...patch});

  // Status chips: the statuses the company's requests are in, named by their workflows.
  const {counts, statuses, hasUntyped, responsibleIds} = useMemo(() => {
    const c = new Map<string, number>();
    let open = 0;
    let untyped = false;
    const names = new Map<string, string>();
    const people = new Set<string>();
    for (const r of rows) {
      c.set(r.status, (c.get(r.status) ?? 0) + 1);
      if (isOpenRequest(r, env.statusKind)) open += 1;
      if (!names.has(r.status)) names.set(r.status, env.statusName(r.type_id, r.status));
      if (!r.type_id) untyped = true;
      if (r.responsible_id) people.add(r.responsible_id);
    }
    c.set('@open', open);
    c.set('@all', rows.length);
    return {counts: c, statuses: [...names], hasUntyped: untyped, responsibleIds: people};
  }, [rows, env]);

  const typeOptions = [
    ...env.config.types.filter((ty) => !ty.archived || rows.some((r) => r.type_id === ty.id)).map((ty) => ({value: ty.id, label: ty.name})),
    ...(hasUntyped ? [{value: NONE, label: t('views.noType')}] : []),
  ];
  const responsibleOptions = [
    {value: NONE, label: t('requests.nobody')},
    ...env.members.filter((m) => m.active || responsibleIds.has(m.id)).map((m) => ({value: m.id, label: m.name})),
  ];
  const [foldOpen, setFoldOpen] = useState(false);
  const noStatus = filters.statuses.length === 0;
  const count = activeFilterCount(filters);

  const filterChips = (
    <div className="chips filters" role="group" aria-label={t('views.filters')}>
      {typeOptions.length > 1 ? <Pick label={t('views.col.type')} options={typeOptions} selected={filters.types} onChange={(types) => set({types})} /> : null}
      <Pick
        label={t('views.col.priority')}
        options={PRIORITIES.map((p) => ({value: p, label: t(`priority.${p}`)}))}
        selected={filters.priorities}
        onChange={(p) => set({priorities: p as RequestFilters['priorities']})}
      />
      <Pick label={t('views.col.responsible')} options={responsibleOptions} selected={filters.responsible} onChange={(responsible) => set({responsible})} />
      <Pick
        label={t('views.col.source')}
        options={SOURCE_KINDS.map((s) => ({value: s, label: t(`source.${s}`)}))}
        selected={filters.sources}
        onChange={(s) => set({sources: s as RequestFilters['sources']})}
      />
      <Popover
        label={
          filters.createdFrom || filters.createdTo
            ? `${t('views.filter.period')} · ${filters.createdFrom || '…'} – ${filters.createdTo || '…'}`
            : t('views.filter.period')
        }
        active={!!(filters.createdFrom || filters.createdTo)}
        className="pick-period"
      >
        <label className="pick-date">
          <span>{t('views.filter.from')}</span>
          <input type="date" value={filters.createdFrom} max={filters.createdTo || undefined} onChange={(e) => set({createdFrom: e.target.value})} />
        </label>
        <label className="pick-date">
          <span>{t('views.filter.to')}</span>
          <input type="date" value={filters.createdTo} min={filters.createdFrom || undefined} onChange={(e) => set({createdTo: e.target.value})} />
        </label>
      </Popover>
      {count > 0 ? (
        <button type="button" className="link clear-filters" onClick={() => onChange({...EMPTY_FILTERS, scope: filters.scope})}>
          {t('views.filter.clear')} ({count})
        </button>
      ) : null}
    </div>
  );

  return (
    <div className="filter-bar">
      <input
        className="search"
        type="search"
        placeholder={t('requests.search')}
        aria-label={t('requests.search')}
        value={filters.search}
        onChange={(e) => set({search: e.target.value})}
      />
      {/* On the board the columns are the statuses. */}
      {hideStatus ? null : (
        <div className="chips scroll" role="group" aria-label={t('views.col.status')}>
          <button
            type="button"
            className={noStatus && filters.scope === 'open' ? 'chip active' : 'chip'}
            aria-pressed={noStatus && filters.scope === 'open'}
            onClick={() => set({scope: 'open', statuses: []})}
          >
            {t('requests.filter.open')}
            <span className="chip-count">{counts.get('@open') ?? 0}</span>
          </button>
          <button
            type="button"
            className={noStatus && filters.scope === 'all' ? 'chip active' : 'chip'}
            aria-pressed={noStatus && filters.scope === 'all'}
            onClick={() => set({scope: 'all', statuses: []})}
          >
            {t('requests.filter.all')}
            <span className="chip-count">{counts.get('@all') ?? 0}</span>
          </button>
          {statuses.map(([key, label]) => {
            const on = filters.statuses.includes(key);
            return (
              <button
                key={key}
                type="button"
                className={on ? 'chip active' : 'chip'}
                aria-pressed={on}
                data-status={key}
                // Status chips add up (new + in progress); picking one shows all kinds, closed too.
                onClick={() => set({scope: 'all', statuses: on ? filters.statuses.filter((s) => s !== key) : [...filters.statuses, key]})}
              >
                {label}
                <span className="chip-count">{counts.get(key) ?? 0}</span>
              </button>
            );
          })}
        </div>
      )}
      {compact ? (
        // Phones: the filters fold behind one button, so the list starts high on the screen.
        <>
          <div className="fold-row">
            <button
              type="button"
              className={count ? 'chip fold-button set' : 'chip fold-button'}
              aria-expanded={foldOpen}
              onClick={() => setFoldOpen(!foldOpen)}
            >
              {count ? `${t('views.filters')} · ${count}` : t('views.filters')}
            </button>
            {toolbar}
          </div>
          {foldOpen ? filterChips : null}
        </>
      ) : (
        filterChips
      )}
    </div>
  );
}
