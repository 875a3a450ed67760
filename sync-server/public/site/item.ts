// /c/<slug>/i/<number>-<title>: one item with its pictures, price, an "order"
// link to the request form that names the item, and messenger buttons with a
// prepared message about it.
import type {Row} from '@rocicorp/zero';
import {categoryPath, itemPath, viewPath} from '#shared/public-site/links.ts';
import {translated} from '#shared/company/translations.ts';
import {html} from '../html.ts';
import {href, itemText, type Site} from './context.ts';
import type {PublicItem} from './data.ts';
import {sitePage} from './frame.ts';
import {availability, messengerButtons, picture, price, requestButton} from './parts.ts';

export function itemPage(s: Site, item: PublicItem & {category?: Row['catalog_category'] | undefined}): string {
  const {t} = s;
  const title = itemText(s, item, 'title');
  const description = itemText(s, item, 'description');
  const [first, ...more] = item.images;
  const category = item.category && item.category.archived_at === null ? item.category : undefined;
  const body = html`<p class="m"><a href="${href(s, viewPath(s.company.slug, 'catalog'))}">${t(`catalog.mode.${s.profile.catalog_mode}`)}</a>${
    category
      ? html` › <a href="${href(s, categoryPath(s.company.slug, category))}">${translated(category.title, category.tr, 'title', s.locale, s.company.mainLocale)}</a>`
      : ''
  }</p>
<div class="${first ? 'item-head' : ''}">${
    first
      ? html`<div>${picture(s, first.file_id, title, {sizes: '(min-width:700px) 540px,100vw', eager: true, cls: 'ph big'})}${
          more.length
            ? html`<div class="thumbs">${more.map((m) => html`<a href="${`/c/${s.company.slug}/img/${m.file_id}/w960.jpg`}">${picture(s, m.file_id, title, {sizes: '72px', cls: ''})}</a>`)}</div>`
            : ''
        }</div>`
      : ''
  }
<div><h1>${title}</h1><p><span class="price">${price(s, item)}</span> ${availability(s, item)}</p>
${description ? html`<p class="desc">${description}</p>` : ''}
<div class="btns">${requestButton(s, {item: String(item.number ?? '')}, t('pub.order'))}${messengerButtons(s, 'item', item)}</div></div></div>`;
  return sitePage(s, {title, active: 'catalog', body, canonical: itemPath(s.company.slug, item), description: description || title, wide: true});
}

/** An archived item nobody replaced: the link still answers, and points on. */
export function goneItemPage(s: Site): string {
  const {t} = s;
  const body = html`<div class="card"><h1>${t('pub.itemGone')}</h1><p><a href="${href(s, viewPath(s.company.slug, 'catalog'))}">${t('pub.itemGoneHint')} →</a></p></div>`;
  return sitePage(s, {title: t('pub.itemGone'), active: 'catalog', body});
}
