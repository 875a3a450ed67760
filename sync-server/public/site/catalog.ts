// The public catalog (C4) in its five views: products and portfolio as a
// picture grid, services as a list with descriptions, price list and menu as
// compact rows grouped by category. Paged so that every page stays inside the
// 14 KB first-flight budget however big the catalog is.
import type {CatalogMode} from '#shared/company/validation.ts';
import {PAGE_SIZE} from '#shared/catalog/modes.ts';
import {categoryPath, itemPath, viewPath} from '#shared/public-site/links.ts';
import {translated} from '#shared/company/translations.ts';
import {html, raw, type SafeHtml} from '../html.ts';
import {href, itemText, type Site} from './context.ts';
import type {PublicCategory, PublicItem} from './data.ts';
import {sitePage} from './frame.ts';
import {rows, tiles} from './home.ts';
import {availability, messengerButtons, price, requestButton} from './parts.ts';

export type CatalogView = {
  mode: CatalogMode;
  /** The path segment the visitor used: "catalog", "menu", "prices", … */
  viewSegment: string;
  category?: PublicCategory | undefined;
  page: number;
};

const DESCRIPTION_IN_LIST = 140;

function snippet(s: string): string {
  return s.length > DESCRIPTION_IN_LIST ? `${s.slice(0, DESCRIPTION_IN_LIST - 1).trimEnd()}…` : s;
}

function catTitle(s: Site, c: PublicCategory): string {
  return translated(c.title, c.tr, 'title', s.locale, s.company.mainLocale);
}

function chips(
  s: Site,
  categories: readonly PublicCategory[],
  items: readonly PublicItem[],
  current: PublicCategory | undefined,
  viewSegment: string,
): SafeHtml | '' {
  const used = new Set(items.map((i) => i.category_id));
  const withItems = categories.filter((c) => used.has(c.id) || categories.some((k) => k.parent_id === c.id && used.has(k.id)));
  if (withItems.length < 2) return '';
  const top = withItems.filter((c) => !c.parent_id);
  const subs = current ? withItems.filter((c) => c.parent_id === (current.parent_id ?? current.id)) : [];
  const all = `/c/${s.company.slug}/${viewSegment}`;
  return html`<nav class="cats"><a href="${href(s, all)}"${current ? '' : raw(' aria-current="page"')}>${s.t('requests.filter.all')}</a>${top.map(
    (c) =>
      html`<a href="${href(s, categoryPath(s.company.slug, c))}"${current && (current.id === c.id || current.parent_id === c.id) ? raw(' aria-current="page"') : ''}>${catTitle(s, c)}</a>`,
  )}</nav>${
    subs.length
      ? html`<nav class="cats">${subs.map(
          (c) => html`<a href="${href(s, categoryPath(s.company.slug, c))}"${current?.id === c.id ? raw(' aria-current="page"') : ''}>${catTitle(s, c)}</a>`,
        )}</nav>`
      : ''
  }`;
}

/** Rows grouped under their category headings, in catalog order (price list, menu). */
function grouped(s: Site, items: readonly PublicItem[], categories: readonly PublicCategory[]): SafeHtml {
  const byId = new Map(categories.map((c) => [c.id, c]));
  const groups: {title: string; items: PublicItem[]}[] = [];
  for (const item of items) {
    const c = item.category_id ? byId.get(item.category_id) : undefined;
    const title = c ? catTitle(s, c) : '';
    const last = groups[groups.length - 1];
    if (last && last.title === title) last.items.push(item);
    else groups.push({title, items: [item]});
  }
  return html`${groups.map((g) => html`<section class="card">${g.title ? html`<h2>${g.title}</h2>` : ''}${rows(s, g.items)}</section>`)}`;
}

function services(s: Site, items: readonly PublicItem[]): SafeHtml {
  return html`${items.map((item) => {
    const description = snippet(itemText(s, item, 'description'));
    return html`<section class="card"><h2><a href="${href(s, itemPath(s.company.slug, item))}">${itemText(s, item, 'title')}</a></h2>
${description ? html`<p class="m">${description}</p>` : ''}<p><span class="price">${price(s, item)}</span> ${availability(s, item)}</p></section>`;
  })}`;
}

/** Items of a category and of its sub-categories, in catalog order. */
export function inCategory(items: readonly PublicItem[], categories: readonly PublicCategory[], category: PublicCategory): PublicItem[] {
  const ids = new Set([category.id, ...categories.filter((c) => c.parent_id === category.id).map((c) => c.id)]);
  return items.filter((i) => i.category_id && ids.has(i.category_id));
}

/** Items sorted for grouped views: by category order, then by their own order. */
function byCategory(items: readonly PublicItem[], categories: readonly PublicCategory[]): PublicItem[] {
  const rank = new Map(categories.map((c, i) => [c.id, i]));
  const key = (i: PublicItem) => (i.category_id ? (rank.get(i.category_id) ?? -1) : categories.length);
  return [...items].sort((a, b) => key(a) - key(b) || a.position - b.position);
}

export function catalogPage(s: Site, view: CatalogView, all: {items: readonly PublicItem[]; categories: readonly PublicCategory[]}): string {
  const {t} = s;
  const scoped = view.category ? inCategory(all.items, all.categories, view.category) : all.items;
  const ordered = view.mode === 'price_list' || view.mode === 'menu' ? byCategory(scoped, all.categories) : scoped;
  const size = PAGE_SIZE[view.mode];
  const pages = Math.max(1, Math.ceil(ordered.length / size));
  const page = Math.min(Math.max(1, view.page), pages);
  const slice = ordered.slice((page - 1) * size, page * size);
  const title = view.category ? catTitle(s, view.category) : t(`catalog.mode.${view.mode}`);
  const here = view.category ? categoryPath(s.company.slug, view.category) : `/c/${s.company.slug}/${view.viewSegment}`;
  const list =
    slice.length === 0
      ? html`<p class="card">${t('pub.emptyCatalog')}</p>`
      : view.mode === 'products' || view.mode === 'portfolio'
        ? tiles(s, slice, 2, view.mode === 'products')
        : view.mode === 'services'
          ? services(s, slice)
          : grouped(s, slice, all.categories);
  const pager =
    pages > 1
      ? html`<nav class="pager">${page > 1 ? html`<a rel="prev" href="${href(s, here, page > 2 ? {page: String(page - 1)} : {})}">${t('pub.page.prev')}</a>` : html`<span></span>`}<span class="m">${page} / ${pages}</span>${
          page < pages ? html`<a rel="next" href="${href(s, here, {page: String(page + 1)})}">${t('pub.page.next')}</a>` : html`<span></span>`
        }</nav>`
      : '';
  const body = html`<h1>${title}</h1>${chips(s, all.categories, all.items, view.category, view.viewSegment)}${list}${pager}
<div class="btns">${requestButton(s)}${messengerButtons(s, view.category ? 'category' : view.viewSegment)}</div>`;
  const canonical = view.category ? categoryPath(s.company.slug, view.category) : view.viewSegment === 'catalog' ? viewPath(s.company.slug, 'catalog') : here;
  const about = translated(s.profile.description, s.profile.tr, 'description', s.locale, s.company.mainLocale);
  return sitePage(s, {
    title,
    description: `${title} — ${s.company.name}${about ? `. ${about}` : ''}`,
    active: 'catalog',
    body,
    canonical: page > 1 ? `${canonical}?page=${page}` : canonical,
    wide: view.mode === 'products' || view.mode === 'portfolio',
  });
}
