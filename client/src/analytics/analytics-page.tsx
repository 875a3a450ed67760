// /analytics: the owner's and management's dashboards over a period, compared
// with the period before (A1–A4). Computed on the device for the recent period
// (use-dashboard.ts), by the server for older ones. Loaded as its own chunk;
// uPlot comes as another, with the first chart.
import {useMemo} from 'react';
import {grantsOf} from '#shared/analytics/access.ts';
import {presetPeriod, previousPeriod, type Period} from '#shared/analytics/period.ts';
import type {DashboardQuery, Section} from '#shared/analytics/types.ts';
import {dayOf} from '#shared/booking/zone.ts';
import {useI18n} from '../i18n/i18n.tsx';
import type {ScreenProps} from '../module/define.ts';
import {memberContextOf} from '../session/session.ts';
import {useDraft} from '../ui/use-draft.ts';
import {useMinute} from '../ui/use-minute.ts';
import {dateText} from './cells.ts';
import {ExportBar} from './export-bar.tsx';
import {FiltersBar, NO_FILTERS, presetOf, type Filters} from './filters-bar.tsx';
import {useLabels} from './labels.ts';
import {ManagementTiles} from './management-tiles.tsx';
import {OwnerTiles} from './owner-tiles.tsx';
import {useAnalyticsInput, useTimeZone} from './use-analytics-data.ts';
import {useDashboard} from './use-dashboard.ts';
import './analytics.css';

// Which sections each group of tiles shows (a group without any is left out).
const OWNER: readonly Section[] = ['requests', 'funnel', 'clients', 'bookings'];
const MANAGEMENT: readonly Section[] = ['requests', 'people', 'workload', 'finance'];

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The distinct non-empty values, sorted. */
const distinct = (xs: readonly string[]) => [...new Set(xs.filter(Boolean))].sort((a, b) => a.localeCompare(b));

export default function AnalyticsPage({session}: ScreenProps) {
  const {t, locale} = useI18n();
  const now = useMinute();
  const timeZone = useTimeZone();
  const grants = useMemo(() => grantsOf(memberContextOf(session)), [session]);
  const {input, complete} = useAnalyticsInput(grants, now);
  const {labels, choices} = useLabels(t, locale);
  const [filters, setFilters] = useDraft<Filters>('analytics', NO_FILTERS);
  const preset = presetOf(filters);
  const today = dayOf(now, timeZone);
  const period: Period =
    preset === 'custom' && DAY.test(filters.from) && DAY.test(filters.to)
      ? {from: filters.from, to: filters.to}
      : presetPeriod(preset === 'custom' ? 'week' : preset, today);
  const badRange = period.to < period.from;
  const query: DashboardQuery = {
    ...(badRange ? presetPeriod('week', today) : period),
    ...(filters.branch && {branch: filters.branch}),
    ...(filters.project && {project: filters.project}),
    ...(filters.typeId && {typeId: filters.typeId}),
    ...(filters.responsibleId && {responsibleId: filters.responsibleId}),
  };
  const answer = useDashboard(input, complete, query, now, locale);
  const branches = useMemo(
    () => distinct([...input.requests.map((r) => r.department), ...input.invoices.map((i) => i.branch), ...input.budget.map((b) => b.branch)]),
    [input.requests, input.invoices, input.budget],
  );
  const projects = useMemo(() => distinct([...input.invoices.map((i) => i.project), ...input.budget.map((b) => b.project)]), [input.invoices, input.budget]);
  const prev = previousPeriod(query);
  return (
    <section className="analytics-page">
      <div className="pane-head no-print">
        <h1>{t('nav.analytics')}</h1>
      </div>
      <FiltersBar filters={filters} set={setFilters} choices={choices} branches={branches} projects={projects} shown={period} />
      {badRange ? (
        <p className="alert" role="alert">
          {t('an.badRange')}
        </p>
      ) : null}
      <p className="an-period">
        <b>{t('an.range', {from: dateText(query.from), to: dateText(query.to)})}</b> ·{' '}
        <span className="muted">{t('an.comparedWith', {from: dateText(prev.from), to: dateText(prev.to)})}</span>
      </p>
      {answer.state === 'ready' ? (
        <>
          <p className="an-where muted" data-where={answer.where} role="status">
            {t(answer.where === 'device' ? 'an.where.device' : 'an.where.server')}
          </p>
          {grants.sections.length ? null : <p className="empty">{t('an.noSections')}</p>}
          <ExportBar current={answer.current} previous={answer.previous} labels={labels} />
          {OWNER.some((s) => answer.current[s]) ? (
            <>
              <h2 className="an-group">{t('an.owner')}</h2>
              <div className="an-grid">
                <OwnerTiles current={answer.current} previous={answer.previous} labels={labels} preset={preset} />
              </div>
            </>
          ) : null}
          {MANAGEMENT.some((s) => answer.current[s]) ? (
            <>
              <h2 className="an-group">{t('an.management')}</h2>
              <div className="an-grid">
                <ManagementTiles current={answer.current} previous={answer.previous} labels={labels} />
              </div>
            </>
          ) : null}
        </>
      ) : answer.state === 'offline' ? (
        <p className="panel an-offline" role="status" data-where="offline">
          {t('an.needsNetwork', {days: answer.days})}
        </p>
      ) : answer.state === 'error' ? (
        <p className="alert" role="alert">
          {t('an.error', {message: answer.message})}
        </p>
      ) : (
        <p className="muted">{t('an.loading')}</p>
      )}
    </section>
  );
}
