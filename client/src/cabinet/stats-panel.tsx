// Conversion analytics of the public site: views, messenger clicks and
// requests per source (which QR code), page and catalog item, for 30 days.
import {useQuery} from '@rocicorp/zero/react';
import {useMemo} from 'react';
import {formatNumber} from '#shared/i18n/format.ts';
import {dayIn, summarize} from '#shared/public-site/stats.ts';
import {queries} from '#shared/queries/index.ts';
import {useI18n} from '../i18n/i18n.tsx';
import type {MessageKey} from '#shared/i18n/catalog.ts';

const PAGE_KEYS: Record<string, MessageKey> = {
  home: 'page.home',
  catalog: 'page.catalog',
  category: 'page.category',
  item: 'page.item',
  request: 'page.request',
  reviews: 'page.reviews',
  contacts: 'page.contacts',
  book: 'page.book',
  menu: 'catalog.mode.menu',
  prices: 'catalog.mode.price_list',
  portfolio: 'catalog.mode.portfolio',
  services: 'catalog.mode.services',
  products: 'catalog.mode.products',
};

export function StatsPanel() {
  const {t, locale} = useI18n();
  const [company] = useQuery(queries.company.current());
  // The day boundary of "30 days" is the company's, computed once per visit of the screen.
  const since = useMemo(() => dayIn(Date.now() - 29 * 86_400_000, company?.timezone ?? 'Asia/Almaty'), [company?.timezone]);
  const [rows] = useQuery(queries.site.stats({since}));
  const [items] = useQuery(queries.catalog.items());
  const s = useMemo(() => summarize(rows), [rows]);
  const title = (id: string) => items.find((i) => i.id === id)?.title ?? '—';
  const n = (x: number) => formatNumber(x, locale);
  return (
    <div className="panel-stack">
      <section className="panel">
        <h2>
          {t('stats.title')} · {t('stats.last30')}
        </h2>
        <div className="kpis">
          <div>
            <b>{n(s.views)}</b>
            <span>{t('stats.views')}</span>
          </div>
          <div>
            <b>{n(s.clicks)}</b>
            <span>{t('stats.clicks')}</span>
          </div>
          <div>
            <b>{n(s.requests)}</b>
            <span>{t('stats.requests')}</span>
          </div>
          <div>
            <b>{(s.conversion * 100).toFixed(1)}%</b>
            <span>{t('stats.conversion')}</span>
          </div>
        </div>
        <p className="field-hint">{t('stats.noCookies')}</p>
      </section>
      {s.views + s.clicks + s.requests === 0 ? (
        <p className="panel muted">{t('stats.empty')}</p>
      ) : (
        <>
          <Table
            title={t('stats.bySource')}
            head={[t('requests.source'), t('stats.views'), t('stats.clicks'), t('stats.requests')]}
            rows={s.bySource.map((x) => [x.source || t('stats.direct'), n(x.views), n(x.clicks), n(x.requests)])}
          />
          <Table
            title={t('stats.byPage')}
            head={['', t('stats.views')]}
            rows={s.byPage.map((x) => [PAGE_KEYS[x.page] ? t(PAGE_KEYS[x.page]!) : x.page, n(x.views)])}
          />
          {s.byItem.length ? (
            <Table
              title={t('stats.byItem')}
              head={['', t('stats.views'), t('stats.clicks'), t('stats.requests')]}
              rows={s.byItem.map((x) => [title(x.refId), n(x.views), n(x.clicks), n(x.requests)])}
            />
          ) : null}
        </>
      )}
    </div>
  );
}

function Table({title, head, rows}: {title: string; head: string[]; rows: string[][]}) {
  return (
    <section className="panel">
      <h2>{title}</h2>
      <table className="stats">
        <thead>
          <tr>
            {head.map((h, i) => (
              <th key={i}>{h}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r, i) => (
            <tr key={i}>
              {r.map((c, k) => (
                <td key={k}>{c}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
