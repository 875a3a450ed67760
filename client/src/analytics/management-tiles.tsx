// What management reads (A2, A4): requests by state and overdue, by type and
// department, how long processing and each stage take, the executors' rating,
// the workload per person, payments and the budget's plan against actual.
// A tile shows only when its section is there (its module on, its records readable).
import type {Dashboard} from '#shared/analytics/types.ts';
import {formatDuration, formatNumber} from '#shared/i18n/format.ts';
import {useI18n} from '../i18n/i18n.tsx';
import {averageMs} from './cells.ts';
import {ChartTile} from './chart.tsx';
import {kindName, TABLES, type Labels} from './tables.ts';
import {DataTile, Kpi} from './tile-kit.tsx';

export function ManagementTiles({current, previous, labels}: {current: Dashboard; previous: Dashboard; labels: Labels}) {
  const {t, locale} = useI18n();
  const n = (x: number) => formatNumber(x, locale);
  const r = current.requests;
  const byKind = TABLES.byKind(current, labels, t);
  const stages = TABLES.stages(current, labels, t);
  return (
    <>
      {r && byKind ? (
        <ChartTile
          spec={byKind}
          labels={r.byKind.map((k) => kindName(k.key, t))}
          values={r.byKind.map((k) => k.count)}
          summary={t('an.chart.list', {title: byKind.title, list: r.byKind.map((k) => `${kindName(k.key, t)} ${n(k.count)}`).join(', ')})}
        >
          <p className={r.overdue ? 'an-headline late' : 'an-headline'} data-testid="overdue">
            {t('an.overdueNow', {n: n(r.overdue)})}
          </p>
        </ChartTile>
      ) : null}
      <DataTile spec={TABLES.byType(current, labels, t)} />
      <DataTile spec={TABLES.byDepartment(current, labels, t)} />
      {r && stages ? (
        <ChartTile
          spec={stages}
          labels={r.stages.map((s) => labels.status(s.key))}
          values={r.stages.map((s) => Math.round(averageMs(s) / 60_000))}
          summary={t('an.chart.list', {
            title: stages.title,
            list: r.stages.map((s) => `${labels.status(s.key)} ${formatDuration(averageMs(s), locale)}`).join(', '),
          })}
        >
          <p className="an-headline" data-testid="processing">
            {r.processing.n
              ? t('an.processing.avg', {
                  avg: formatDuration(averageMs(r.processing), locale),
                  median: formatDuration(r.processing.medianMs, locale),
                  n: n(r.processing.n),
                })
              : t('an.processing.none')}
          </p>
        </ChartTile>
      ) : null}
      <DataTile spec={TABLES.people(current, labels, t)} />
      <DataTile spec={TABLES.workload(current, labels, t)} />
      {current.finance ? (
        <DataTile spec={TABLES.payments(current, labels, t)}>
          <div className="an-kpis">
            {(['awaiting', 'paying', 'paid'] as const).map((g) => (
              <Kpi
                key={g}
                id={`pay-${g}`}
                label={t(`an.pay.${g}`)}
                value={n(current.finance![g].count)}
                now={current.finance![g].count}
                before={previous.finance?.[g].count}
              />
            ))}
          </div>
        </DataTile>
      ) : null}
      <DataTile spec={TABLES.budget(current, labels, t)} />
    </>
  );
}
