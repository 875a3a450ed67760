// The languages dot speaks, and the Intl locale each one formats with.
// ru-KZ / kk-KZ give "1 234 ₸"; plain "ru" would print "KZT".
export const LOCALES = ['ru', 'kk', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'ru';

export const INTL_LOCALE: Record<Locale, string> = {ru: 'ru-KZ', kk: 'kk-KZ', en: 'en-GB'};

export const LOCALE_NAMES: Record<Locale, string> = {ru: 'Русский', kk: 'Қазақша', en: 'English'};

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** Picks the best supported locale from an Accept-Language header value. */
export function localeFromAcceptLanguage(header: string | undefined): Locale | undefined {
  if (!header) return undefined;
  const ranked = header
    .split(',')
    .map((part) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.find((p) => p.trim().startsWith('q='));
      return {tag: tag.toLowerCase(), q: q ? Number(q.trim().slice(2)) : 1};
    })
    .sort((a, b) => b.q - a.q);
  for (const {tag} of ranked) {
    const base = tag.split('-')[0];
    if (isLocale(base)) return base;
  }
  return undefined;
}
