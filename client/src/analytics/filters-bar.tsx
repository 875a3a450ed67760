// The dashboard's filters (A3): a period preset a tap away or a range of one's
// own, and branch, project, request type and responsible person. Kept on the
// device (a reload, offline too, opens the same view).
import {PRESETS, type Preset} from '#shared/analytics/period.ts';
import {useI18n} from '../i18n/i18n.tsx';
import type {Choices} from './labels.ts';

export type Filters = {preset: string; from: string; to: string; branch: string; project: string; typeId: string; responsibleId: string};

export const NO_FILTERS: Filters = {preset: 'week', from: '', to: '', branch: '', project: '', typeId: '', responsibleId: ''};

export function presetOf(f: Filters): Preset {
  return (PRESETS as readonly string[]).includes(f.preset) ? (f.preset as Preset) : 'week';
}

type Props = {
  filters: Filters;
  set: (patch: Partial<Filters>) => void;
  choices: Choices;
  branches: readonly string[];
  projects: readonly string[];
  /** The custom range starts from the period on screen. */
  shown: {from: string; to: string};
};

export function FiltersBar({filters, set, choices, branches, projects, shown}: Props) {
  const {t} = useI18n();
  const preset = presetOf(filters);
  const select = (key: 'branch' | 'project' | 'typeId' | 'responsibleId', label: string, options: readonly {id: string; name: string}[]) => (
    <label className="an-filter">
      <span>{label}</span>
      <select aria-label={label} value={filters[key]} onChange={(e) => set({[key]: e.target.value})}>
        <option value="">{t('an.any')}</option>
        {options.map((o) => (
          <option key={o.id} value={o.id}>
            {o.name}
          </option>
        ))}
      </select>
    </label>
  );
  const named = (xs: readonly string[]) => xs.map((x) => ({id: x, name: x}));
  return (
    <section className="an-filters" aria-label={t('an.filters')}>
      <div className="chips an-presets" role="group" aria-label={t('an.period')}>
        {PRESETS.map((p) => (
          <button
            key={p}
            type="button"
            className={p === preset ? 'chip active' : 'chip'}
            aria-pressed={p === preset}
            onClick={() => set(p === 'custom' ? {preset: p, from: filters.from || shown.from, to: filters.to || shown.to} : {preset: p})}
          >
            {t(`an.preset.${p}`)}
          </button>
        ))}
      </div>
      {preset === 'custom' ? (
        <div className="an-range">
          <label className="an-filter">
            <span>{t('an.from')}</span>
            <input type="date" aria-label={t('an.from')} value={filters.from} onChange={(e) => set({from: e.target.value})} />
          </label>
          <label className="an-filter">
            <span>{t('an.to')}</span>
            <input type="date" aria-label={t('an.to')} value={filters.to} onChange={(e) => set({to: e.target.value})} />
          </label>
        </div>
      ) : null}
      <div className="an-selects">
        {branches.length || filters.branch ? select('branch', t('an.branch'), named(branches)) : null}
        {projects.length || filters.project ? select('project', t('an.project'), named(projects)) : null}
        {choices.types.length ? select('typeId', t('an.type'), choices.types) : null}
        {choices.members.length ? select('responsibleId', t('an.responsible'), choices.members) : null}
      </div>
    </section>
  );
}
