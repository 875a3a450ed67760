// The UI language: chosen once, remembered on the device (and in the profile
// when signed in), Russian until chosen. The device holds only the language in
// use: its chunk (shared/i18n/bundles/app.ts) is loaded before the first render
// (prepareI18n, main.tsx) and when the user switches; until the new one has
// loaded, the screen keeps speaking the old one. The service worker precaches
// every language's chunk, so switching works offline too.
import {createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode} from 'react';
import {
  createFormatters,
  createTranslator,
  DEFAULT_LOCALE,
  hasCatalog,
  installCatalog,
  isLocale,
  installFormatters,
  localeFromAcceptLanguage,
  type Locale,
  type Translate,
} from '#shared/i18n/index.ts';
import {loadAppCatalog} from '#shared/i18n/bundles/app.ts';

// Money and dates: some Chromium builds have no Kazakh data in Intl ("₸ 1,234,567",
// "M12 6"). Checked once here, before anything renders; Kazakh then follows
// Kazakhstan's conventions written out in shared/i18n/kazakh.ts.
installFormatters(createFormatters(Intl));

const STORAGE_KEY = 'dot.locale';

export function initialLocale(): Locale {
  const stored = localStorage.getItem(STORAGE_KEY);
  if (isLocale(stored)) return stored;
  return localeFromAcceptLanguage(navigator.languages?.join(',')) ?? DEFAULT_LOCALE;
}

/** Loads a language's words into this tab once; later calls resolve at once. */
export async function ensureCatalog(locale: Locale): Promise<void> {
  if (hasCatalog(locale)) return;
  installCatalog(locale, await loadAppCatalog(locale));
}

/** Before the first render: the chosen language's words (or Russian's, if that chunk cannot be had). */
export async function prepareI18n(): Promise<Locale> {
  const locale = initialLocale();
  try {
    await ensureCatalog(locale);
    return locale;
  } catch (e) {
    if (locale === DEFAULT_LOCALE) throw e;
    await ensureCatalog(DEFAULT_LOCALE);
    return DEFAULT_LOCALE;
  }
}

type I18n = {locale: Locale; t: Translate; setLocale: (l: Locale) => void};
const I18nContext = createContext<I18n | null>(null);

export function I18nProvider({children, onChange}: {children: ReactNode; onChange?: (l: Locale) => void}) {
  // prepareI18n has loaded this language's words already (main.tsx).
  const [locale, setLocaleState] = useState<Locale>(() => {
    const l = initialLocale();
    return hasCatalog(l) ? l : DEFAULT_LOCALE;
  });
  const wanted = useRef(locale);
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  const setLocale = useCallback(
    (l: Locale) => {
      wanted.current = l;
      // The choice is kept at once: a reload before the words arrive still opens in it
      // (or in Russian, if its chunk cannot be had: prepareI18n).
      localStorage.setItem(STORAGE_KEY, l);
      ensureCatalog(l).then(
        () => {
          if (wanted.current !== l) return; // switched again meanwhile
          setLocaleState(l);
          onChange?.(l);
        },
        (e: unknown) => console.error(`could not load the ${l} words`, e),
      );
    },
    [onChange],
  );
  const value = useMemo(() => ({locale, t: createTranslator(locale), setLocale}), [locale, setLocale]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const v = useContext(I18nContext);
  if (!v) throw new Error('useI18n outside I18nProvider');
  return v;
}

export function useT(): Translate {
  return useI18n().t;
}
