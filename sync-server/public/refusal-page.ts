// A public page that is only its reason — not found, suspended, a request
// refused before its form could be read (too large, wrong encoding, a damaged
// address) or one that met a fault: the frame of every public page, in the
// visitor's language, never a JSON body on a page a person is looking at.
import type {ServerMessageKey} from '#shared/i18n/catalog.ts';
import type {Locale} from '#shared/i18n/locales.ts';
import {createTranslator} from '#shared/i18n/translate.ts';
import {html} from './html.ts';
import {page} from './layout.ts';

export function refusalPage(locale: Locale, path: string, messageKey: ServerMessageKey, sent: boolean): string {
  const t = createTranslator(locale);
  const title = sent ? t('http.formRefused') : t(messageKey);
  // What was typed stays in the browser's form on Back: the page says so rather than losing it.
  return page(
    {locale, locales: [locale], path},
    title,
    html`<div class="card"><h1>${title}</h1>${sent ? html`<div class="alert" role="alert">${t(messageKey)}</div><p class="lead">${t('http.back')}</p>` : ''}</div>`,
  );
}
