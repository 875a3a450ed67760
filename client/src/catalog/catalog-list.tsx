import {useQuery} from '@rocicorp/zero/react';
import {useMemo, useState} from 'react';
import {priceLabel} from '#shared/catalog/price.ts';
import {moveWrites} from '#shared/catalog/position.ts';
import {mutators} from '../sync/mutators.ts';
import {queries} from '#shared/queries/index.ts';
import {useI18n} from '../i18n/i18n.tsx';
import {Link} from '../router/router.tsx';
import type {Session} from '../session/session.ts';
import {useWrite} from '../write/writer.tsx';
import {useDragOrder} from './drag-order.ts';
import {fileUrl} from '../ui/photo.ts';

export function CatalogList({canEdit, session}: {canEdit: boolean; session: Session}) {
  const {t, locale} = useI18n();
  const write = useWrite();
  const [items] = useQuery(queries.catalog.items());
  const [categories] = useQuery(queries.catalog.categories());
  const [company] = useQuery(queries.company.current());
  const [query, setQuery] = useState('');
  const [category, setCategory] = useState<string>('all');
  const [archived, setArchived] = useState(false);
  const names = useMemo(() => new Map(categories.map((c) => [c.id, c.title])), [categories]);
  const visible = useMemo(() => {
    const q = query.trim().toLowerCase();
    return items.filter(
      (i) =>
        !!i.archived_at === archived &&
        (category === 'all' || i.category_id === category || categories.some((c) => c.parent_id === category && c.id === i.category_id)) &&
        (!q || `${i.title} ${i.description}`.toLowerCase().includes(q)),
    );
  }, [items, categories, query, category, archived]);

  const move = async (id: string, to: number) => {
    for (const w of moveWrites(visible, id, to)) await write(mutators.catalog.moveItem(w));
  };
  const {list, drag, handleProps} = useDragOrder(
    visible.map((i) => i.id),
    (id, to) => void move(id, to),
  );
  const draggable = canEdit && !query.trim();
  const slug = company?.slug ?? session.company.slug;

  return (
    <div className="page cabinet catalog-page">
      <div className="pane-head">
        <h1>{t('catalog.title')}</h1>
        <span className="muted">{t('catalog.count', {count: visible.length})}</span>
      </div>
      <div className="toolbar">
        {canEdit ? (
          <Link href="/catalog/items/new" className="button-like primary">
            + {t('catalog.newItem')}
          </Link>
        ) : null}
        <Link href="/catalog/categories" className="button-like">
          {t('catalog.categories')}
        </Link>
        <Link href="/catalog/csv" className="button-like">
          CSV
        </Link>
        <a href={`/c/${slug}/catalog`} target="_blank" rel="noreferrer" className="button-like">
          {t('catalog.openPublic')} ↗
        </a>
      </div>
      <input
        className="search"
        type="search"
        placeholder={t('catalog.search')}
        aria-label={t('catalog.search')}
        value={query}
        onChange={(e) => setQuery(e.target.value)}
      />
      <div className="chips scroll" role="group">
        <button type="button" className={category === 'all' && !archived ? 'chip active' : 'chip'} onClick={() => (setCategory('all'), setArchived(false))}>
          {t('requests.filter.all')}
        </button>
        {categories
          .filter((c) => !c.archived_at && !c.parent_id)
          .map((c) => (
            <button key={c.id} type="button" className={category === c.id ? 'chip active' : 'chip'} onClick={() => (setCategory(c.id), setArchived(false))}>
              {c.title}
            </button>
          ))}
        <button type="button" className={archived ? 'chip active' : 'chip'} aria-pressed={archived} onClick={() => setArchived(!archived)}>
          {t('catalog.showArchived')}
        </button>
      </div>
      {draggable && visible.length > 1 ? <p className="field-hint">{t('catalog.dragHint')}</p> : null}
      {!visible.length ? <p className="empty">{t('catalog.empty')}</p> : null}
      <ul className="catalog-list" ref={(el) => void (list.current = el)}>
        {visible.map((item, index) => {
          const image = item.images[0];
          const before = drag && drag.id !== item.id && visible.filter((x) => x.id !== drag.id).indexOf(item) === drag.over;
          return (
            <li key={item.id} data-row-id={item.id} className={`catalog-row${drag?.id === item.id ? ' dragging' : ''}${before ? ' drop-before' : ''}`}>
              {draggable ? (
                <span className="handle" aria-hidden="true" {...handleProps(item.id)}>
                  ⋮⋮
                </span>
              ) : null}
              {image ? <img className="thumb" src={fileUrl(image.file_id)} alt="" loading="lazy" /> : <span className="thumb empty" />}
              <Link href={`/catalog/items/${item.id}`} className="catalog-row-main">
                <b>{item.title}</b>
                <span className="muted small">
                  {priceLabel(item, company?.currency ?? 'KZT', locale, t)}
                  {item.category_id ? ` · ${names.get(item.category_id) ?? ''}` : ''}
                  {item.availability !== 'in_stock' ? ` · ${t(`catalog.availability.${item.availability}`)}` : ''}
                  {!item.is_public ? ` · ${t('catalog.hidden')}` : ''}
                </span>
              </Link>
              {draggable ? (
                <span className="order-buttons">
                  <button
                    type="button"
                    className="link"
                    aria-label={`${t('catalog.moveUp')}: ${item.title}`}
                    disabled={index === 0}
                    onClick={() => void move(item.id, index - 1)}
                  >
                    ↑
                  </button>
                  <button
                    type="button"
                    className="link"
                    aria-label={`${t('catalog.moveDown')}: ${item.title}`}
                    disabled={index === visible.length - 1}
                    onClick={() => void move(item.id, index + 1)}
                  >
                    ↓
                  </button>
                </span>
              ) : null}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
