// /c/<slug>: the company's mini-site (C3) — who they are, what they do, when
// they are open, a glimpse of the catalog and reviews, and how to reach them.
import {SHOWS_IMAGES} from '#shared/catalog/modes.ts';
import {formatPhone} from '#shared/phone.ts';
import {itemPath, viewPath} from '#shared/public-site/links.ts';
import {html, type SafeHtml} from '../html.ts';
import {base, href, itemText, list, moduleIsOn, on, text, type Site} from './context.ts';
import type {PublicItem} from './data.ts';
import {sitePage} from './frame.ts';
import {availability, bookButton, hoursTable, messengerButtons, openLine, picture, price, requestButton} from './parts.ts';

export function tiles(s: Site, items: readonly PublicItem[], eagerCount: number, showPrice = true): SafeHtml {
  return html`<ul class="grid">${items.map((item, i) => {
    const title = itemText(s, item, 'title');
    const img = item.images[0];
    return html`<li><a class="tile" href="${href(s, itemPath(s.company.slug, item))}">${
      img
        ? picture(s, img.file_id, title, {sizes: '(min-width:1000px) 260px,(min-width:700px) 33vw,50vw', eager: i < eagerCount})
        : html`<span class="ph ni" aria-hidden="true">${[...title][0] ?? ''}</span>`
    }<span class="t"><b>${title}</b>${showPrice ? html`<span class="price">${price(s, item)}</span> ` : ''}${availability(s, item)}</span></a></li>`;
  })}</ul>`;
}

export function rows(s: Site, items: readonly PublicItem[]): SafeHtml {
  return html`<ul class="rows">${items.map(
    (item) =>
      html`<li><a href="${href(s, itemPath(s.company.slug, item))}">${itemText(s, item, 'title')}</a> ${availability(s, item)}<span class="price">${price(s, item)}</span></li>`,
  )}</ul>`;
}

export type HomeData = {items: readonly PublicItem[]; reviews: {count: number; average: number}};

export function homePage(s: Site, data: HomeData): string {
  const {t, profile, company} = s;
  const description = on(s, 'about') ? text(s, 'description', profile.description) : '';
  const activities = on(s, 'activities') ? list(s, 'activities', profile.activities) : [];
  const services = on(s, 'services') ? list(s, 'services', profile.services) : [];
  const catalogOn = moduleIsOn(s, 'catalog') && on(s, 'catalog') && data.items.length > 0;
  const withImages = SHOWS_IMAGES[profile.catalog_mode];
  const preview = data.items.slice(0, withImages ? 4 : 8);
  const reviewsOn = moduleIsOn(s, 'reviews') && on(s, 'reviews') && data.reviews.count > 0;
  const body = html`<section class="card hero"><h1>${company.name}</h1>
${activities.length ? html`<ul class="tags">${activities.map((a) => html`<li>${a}</li>`)}</ul>` : ''}
${description ? html`<p class="desc">${description}</p>` : ''}
${openLine(s)}
<div class="btns">${bookButton(s)}${requestButton(s)}${messengerButtons(s, 'home')}</div></section>
${services.length ? html`<section class="card"><h2>${t('site.field.services')}</h2><ul class="tags">${services.map((x) => html`<li>${x}</li>`)}</ul></section>` : ''}
${
  catalogOn
    ? html`<section><h2>${t(`catalog.mode.${profile.catalog_mode}`)}</h2>${withImages ? tiles(s, preview, 2) : html`<div class="card">${rows(s, preview)}</div>`}
<p><a href="${href(s, viewPath(company.slug, 'catalog'))}">${t('pub.wholeCatalog')} →</a></p></section>`
    : ''
}
${reviewsOn ? html`<section class="card"><h2>${t('pub.nav.reviews')}</h2><p><span class="stars">★</span> ${t('pub.reviews.stars', {rating: data.reviews.average.toFixed(1)})} · <a href="${href(s, `${base(s)}/reviews`)}">${t('pub.reviews.count', {count: data.reviews.count})}</a></p></section>` : ''}
${contactsCard(s)}`;
  return sitePage(s, {
    title: company.name,
    active: 'home',
    body,
    canonical: base(s),
    description: description || activities.join(', '),
    wide: catalogOn && withImages,
  });
}

/** Phones, email, address with the map, social links, hours. Shared with /contacts. */
export function contactsCard(s: Site, heading = true): SafeHtml {
  const {t, profile} = s;
  const phones = on(s, 'phones') ? profile.phones : [];
  const email = on(s, 'email') ? profile.email : '';
  const address = on(s, 'address') ? profile.address : '';
  const social = on(s, 'social') ? Object.entries(profile.social).filter(([, url]) => url) : [];
  const mapUrl = profile.map_url || (address ? `https://2gis.kz/search/${encodeURIComponent(address)}` : '');
  return html`<section class="card">${heading ? html`<h2>${t('pub.nav.contacts')}</h2>` : ''}
${phones.map((p) => html`<p><a href="tel:${p}">${formatPhone(p)}</a></p>`)}
${email ? html`<p><a href="mailto:${email}">${email}</a></p>` : ''}
${address ? html`<p>${address}<br><a href="${mapUrl}" rel="noopener">${t('pub.showMap')}</a></p>` : ''}
${social.length ? html`<p class="btns">${social.map(([network, url]) => html`<a class="btn alt" rel="noopener" href="${url}">${t(`site.social.${network as 'instagram'}`)}</a>`)}</p>` : ''}
${hoursTable(s)}</section>`;
}
