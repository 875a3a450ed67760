// The frame of every public page: tiny, server-rendered, readable with
// JavaScript off on an old phone, in the visitor's language.
import {LOCALE_NAMES, type Locale} from '#shared/i18n/locales.ts';
import {createTranslator} from '#shared/i18n/translate.ts';
import {html, raw, type SafeHtml} from './html.ts';
import {PUBLIC_CSS} from './style.ts';

export type PageContext = {
  locale: Locale;
  /** Languages the company offers; the visitor can switch between them. */
  locales: readonly Locale[];
  companyName?: string;
  homeHref?: string;
  /** The current path+query, used for the language links. */
  path: string;
};

function langHref(path: string, locale: Locale): string {
  const url = new URL(path, 'http://x');
  url.searchParams.set('lang', locale);
  return url.pathname + url.search;
}

export function page(ctx: PageContext, title: string, body: SafeHtml): string {
  const t = createTranslator(ctx.locale);
  const langs =
    ctx.locales.length > 1
      ? html`<nav class="lang" aria-label="${t('pub.language')}">${ctx.locales.map(
          (l) => html`<a href="${langHref(ctx.path, l)}" lang="${l}" ${l === ctx.locale ? raw('aria-current="true"') : ''}>${LOCALE_NAMES[l]}</a>`,
        )}</nav>`
      : '';
  return html`<!doctype html>
<html lang="${ctx.locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>${title}${ctx.companyName ? ` — ${ctx.companyName}` : ''}</title>
<style>${raw(PUBLIC_CSS)}</style>
</head>
<body>
<header class="top">${ctx.companyName ? html`<a class="brand" href="${ctx.homeHref ?? '#'}">${ctx.companyName}</a>` : html`<span></span>`}${langs}</header>
<main class="wrap">${body}</main>
<footer>${t('pub.poweredBy')}</footer>
</body>
</html>`.value;
}
