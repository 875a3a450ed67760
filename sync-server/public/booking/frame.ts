// The document around a master's booking pages. A client who came by one
// master's link sees only that master (B6): the header names the master, and
// nothing links to the company's other masters. Inlined CSS, no script.
import type {Row} from '@rocicorp/zero';
import {LOCALE_NAMES} from '#shared/i18n/locales.ts';
import {html, raw, type SafeHtml} from '../html.ts';
import type {Site} from '../site/context.ts';
import {PUBLIC_CSS} from '../style.ts';
import {BOOK_CSS} from './style.ts';

function langHref(path: string, locale: string): string {
  const url = new URL(path, 'http://x');
  url.searchParams.set('lang', locale);
  return url.pathname + url.search;
}

export function bookPage(s: Site, o: {title: string; body: SafeHtml; master?: Pick<Row['booking_master'], 'display_name'>; robots?: boolean}): string {
  const {company} = s;
  const path = s.req.originalUrl;
  const langs =
    company.locales.length > 1
      ? html`<nav class="lang" aria-label="${s.t('pub.language')}">${company.locales.map(
          (l) => html`<a href="${langHref(path, l)}" lang="${l}" hreflang="${l}"${l === s.locale ? raw(' aria-current="true"') : ''}>${LOCALE_NAMES[l]}</a>`,
        )}</nav>`
      : '';
  const who = o.master ? html`<div class="who">${o.master.display_name}<small>${company.name}</small></div>` : html`<div class="who">${company.name}</div>`;
  return html`<!doctype html>
<html lang="${s.locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>${o.title} — ${o.master?.display_name ?? company.name}</title>
${o.robots === false ? raw('<meta name="robots" content="noindex">') : ''}
<style>${raw(PUBLIC_CSS)}${raw(BOOK_CSS)}</style>
</head>
<body>
<header class="top">${who}${langs}</header>
<main class="wrap">${o.body}</main>
<footer>${s.t('pub.poweredBy')}</footer>
</body>
</html>`.value;
}
