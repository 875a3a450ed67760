// What an owner reads at a glance (A1): requests and their dynamics, where they
// come from, the funnel per QR placement and link (which sign or card pays for
// itself), the site's pages, new and repeat clients, popular items and
// services, and the bookings. A tile shows only when its section is there.
import type {Preset} from '#shared/analytics/period.ts';
import type {Dashboard} from '#shared/analytics/types.ts';
import {formatMoney, formatNumber} from '#shared/i18n/format.ts';
import {useI18n} from '../i18n/i18n.tsx';
import {dateText, signed} from './cells.ts';
import {ChartTile} from './chart.tsx';
import {TABLES, type Labels} from './tables.ts';
import {DataTile, Kpi} from './tile-kit.tsx';

type Props = {current: Dashboard; previous: Dashboard; labels: Labels; preset: Preset};

/** "2026-12-06" → "06.12". */
const shortDay = (day: string) => `${day.slice(8, 10)}.${day.slice(5, 7)}`;

export function OwnerTiles({current, previous, labels, preset}: Props) {
  const {t, locale} = useI18n();
  const n = (x: number) => formatNumber(x, locale);
  const r = current.requests;
  const list = (pairs: readonly (readonly [string, number])[]) => pairs.map(([k, v]) => `${k} ${n(v)}`).join(', ');
  const sources = TABLES.sources(current, labels, t);
  const services = TABLES.services(current, labels, t);
  return (
    <>
      {r ? (
        <ChartTile
          spec={TABLES.byDay(current, labels, t)!}
          labels={r.byDay.map((d) => shortDay(d.day))}
          values={r.byDay.map((d) => d.count)}
          summary={t('an.chart.byDay', {
            from: dateText(current.query.from),
            to: dateText(current.query.to),
            n: n(r.total),
            max: n(Math.max(0, ...r.byDay.map((d) => d.count))),
          })}
        >
          <p className="an-headline" data-testid="requests-headline">
            {t(`an.head.${preset}`, {n: n(r.total), delta: signed(r.total - (previous.requests?.total ?? 0), locale)})}
          </p>
        </ChartTile>
      ) : null}
      {r && sources ? (
        <ChartTile
          spec={sources}
          labels={r.bySource.map((s) => labels.source(s.key))}
          values={r.bySource.map((s) => s.count)}
          summary={t('an.chart.list', {title: sources.title, list: list(r.bySource.map((s) => [labels.source(s.key), s.count]))})}
        />
      ) : null}
      <DataTile spec={TABLES.funnel(current, labels, t)}>
        <p className="field-hint">{t('an.funnel.hint')}</p>
        <details className="an-how">
          <summary>{t('an.visitorsHowTitle')}</summary>
          <p className="field-hint">{t('an.visitorsHow')}</p>
        </details>
      </DataTile>
      <DataTile spec={TABLES.pages(current, labels, t)} />
      {current.clients ? (
        <section className="panel an-tile" data-tile="clients" aria-label={t('an.clients')}>
          <h2>{t('an.clients')}</h2>
          <div className="an-kpis">
            <Kpi
              id="clients-active"
              label={t('an.clients.active')}
              value={n(current.clients.active)}
              now={current.clients.active}
              before={previous.clients?.active}
            />
            <Kpi id="clients-new" label={t('an.clients.new')} value={n(current.clients.new)} now={current.clients.new} before={previous.clients?.new} />
            <Kpi
              id="clients-repeat"
              label={t('an.clients.repeat')}
              value={n(current.clients.repeat)}
              now={current.clients.repeat}
              before={previous.clients?.repeat}
            />
          </div>
        </section>
      ) : null}
      <DataTile spec={TABLES.items(current, labels, t)} />
      {current.bookings ? (
        <section className="panel an-tile" data-tile="bookings" aria-label={t('an.bookings')}>
          <h2>{t('an.bookings')}</h2>
          <div className="an-kpis">
            <Kpi id="visits" label={t('an.visits')} value={n(current.bookings.visits)} now={current.bookings.visits} before={previous.bookings?.visits} />
            <Kpi
              id="cancelled"
              label={t('an.cancelledKpi')}
              value={n(current.bookings.cancelled)}
              now={current.bookings.cancelled}
              before={previous.bookings?.cancelled}
            />
            <Kpi id="no-show" label={t('an.noShowKpi')} value={n(current.bookings.noShow)} now={current.bookings.noShow} before={previous.bookings?.noShow} />
            <Kpi
              id="revenue"
              label={t('an.revenue')}
              value={formatMoney(current.bookings.revenue, 'KZT', locale)}
              now={current.bookings.revenue}
              before={previous.bookings?.revenue}
              money
            />
          </div>
        </section>
      ) : null}
      <DataTile spec={TABLES.masters(current, labels, t)} />
      {current.bookings && services ? (
        <ChartTile
          spec={services}
          labels={current.bookings.services.map((s) => labels.service(s.key))}
          values={current.bookings.services.map((s) => s.count)}
          summary={t('an.chart.list', {title: services.title, list: list(current.bookings.services.map((s) => [labels.service(s.key), s.count]))})}
        />
      ) : null}
    </>
  );
}
