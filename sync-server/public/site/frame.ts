// The document around every mini-site page: header with the company's name
// and logo, the site's sections, the language switch; inlined CSS; no script.
import {LOCALE_NAMES} from '#shared/i18n/locales.ts';
import {viewPath} from '#shared/public-site/links.ts';
import {html, raw, type SafeHtml} from '../html.ts';
import {PUBLIC_CSS} from '../style.ts';
import {base, href, moduleIsOn, on, type Site} from './context.ts';
import {SITE_CSS} from './style.ts';

export type Section = 'home' | 'book' | 'catalog' | 'reviews' | 'contacts' | 'request' | 'other';

function langHref(path: string, locale: string): string {
  const url = new URL(path, 'http://x');
  url.searchParams.set('lang', locale);
  return url.pathname + url.search;
}

export function siteNav(s: Site, active: Section): SafeHtml {
  const {t} = s;
  const b = base(s);
  const links: [Section, string, string][] = [['home', href(s, b), t('pub.nav.home')]];
  if (s.booking) links.push(['book', href(s, `${b}/book`), t('pub.nav.book')]);
  if (moduleIsOn(s, 'catalog')) links.push(['catalog', href(s, viewPath(s.company.slug, 'catalog')), t(`catalog.mode.${s.profile.catalog_mode}`)]);
  if (moduleIsOn(s, 'reviews') && on(s, 'reviews')) links.push(['reviews', href(s, `${b}/reviews`), t('pub.nav.reviews')]);
  links.push(['contacts', href(s, `${b}/contacts`), t('pub.nav.contacts')]);
  if (moduleIsOn(s, 'requests') && on(s, 'request')) links.push(['request', href(s, `${b}/request`), t('pub.request.title')]);
  return html`<nav class="site">${links.map(
    ([key, to, label]) => html`<a href="${to}"${key === active ? raw(' aria-current="page"') : ''}>${label}</a>`,
  )}</nav>`;
}

export type FrameOptions = {
  title: string;
  active: Section;
  body: SafeHtml;
  /** The address this content is known by (QR short forms point here). */
  canonical?: string;
  description?: string;
  wide?: boolean;
};

export function sitePage(s: Site, o: FrameOptions): string {
  const {t, company} = s;
  const path = s.req.originalUrl;
  const langs =
    company.locales.length > 1
      ? html`<nav class="lang" aria-label="${t('pub.language')}">${company.locales.map(
          (l) => html`<a href="${langHref(path, l)}" lang="${l}" hreflang="${l}"${l === s.locale ? raw(' aria-current="true"') : ''}>${LOCALE_NAMES[l]}</a>`,
        )}</nav>`
      : '';
  const logo = s.logo ? html`<img class="logo" src="${base(s)}/img/${s.logo}/w160.webp" alt="" width="40" height="40">` : '';
  return html`<!doctype html>
<html lang="${s.locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>${o.title === company.name ? company.name : `${o.title} — ${company.name}`}</title>
${o.description ? html`<meta name="description" content="${o.description.slice(0, 200)}">` : ''}
${o.canonical ? html`<link rel="canonical" href="${s.origin}${o.canonical}">` : ''}
<style>${raw(PUBLIC_CSS)}${raw(SITE_CSS)}</style>
</head>
<body>
<header class="top"><a class="brand" href="${href(s, base(s))}">${logo}${company.name}</a>${langs}${siteNav(s, o.active)}</header>
<main class="wrap${o.wide ? ' wide' : ''}">${o.body}</main>
<footer>${t('pub.poweredBy')}</footer>
</body>
</html>`.value;
}
