import type {Request} from 'express';
import {parse as parseCookie} from 'cookie';
import {isLocale, localeFromAcceptLanguage, type Locale} from '#shared/i18n/locales.ts';

export const LANG_COOKIE = 'dot_lang';

/** ?lang= wins, then the language cookie, then Accept-Language, then the fallback. */
export function requestLocale(req: Request, fallback: Locale = 'ru'): Locale {
  const q = req.query.lang;
  if (isLocale(q)) return q;
  const cookie = parseCookie(req.get('cookie') ?? '')[LANG_COOKIE];
  if (isLocale(cookie)) return cookie;
  return localeFromAcceptLanguage(req.get('accept-language')) ?? fallback;
}
