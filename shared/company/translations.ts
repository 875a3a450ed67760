// The company writes its texts in its main language and, optionally, in the
// other languages its public pages offer. A missing translation falls back to
// the main text, so a page is never half empty.
import type {Locale} from '../i18n/locales.ts';

export type Translations = {readonly [locale: string]: {readonly [field: string]: string | readonly string[]} | undefined};

export function translated(main: string, tr: Translations | null | undefined, field: string, locale: Locale, mainLocale: Locale): string {
  if (locale === mainLocale) return main;
  const v = tr?.[locale]?.[field];
  return typeof v === 'string' && v.trim() !== '' ? v : main;
}

export function translatedList(
  main: readonly string[],
  tr: Translations | null | undefined,
  field: string,
  locale: Locale,
  mainLocale: Locale,
): readonly string[] {
  if (locale === mainLocale) return main;
  const v = tr?.[locale]?.[field];
  return Array.isArray(v) && v.some((s) => typeof s === 'string' && s.trim() !== '') ? (v as readonly string[]) : main;
}

/** Sets one field of one language, dropping empty values. */
export function withTranslation(tr: Translations | null | undefined, locale: Locale, field: string, value: string | readonly string[]): Translations {
  const next: Record<string, Record<string, string | readonly string[]>> = {};
  for (const [l, fields] of Object.entries(tr ?? {})) if (fields) next[l] = {...fields};
  const empty = typeof value === 'string' ? value.trim() === '' : value.every((s) => s.trim() === '');
  const forLocale = {...next[locale]};
  if (empty) delete forLocale[field];
  else forLocale[field] = value;
  if (Object.keys(forLocale).length) next[locale] = forLocale;
  else delete next[locale];
  return next;
}
