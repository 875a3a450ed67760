// The UI language: chosen once, remembered on the device (and in the profile
// when signed in), Russian until chosen. The device holds only the language in
// use, in two parts (shared/i18n/bundles/app.ts): the core words before the
// first render (prepareI18n, main.tsx), the rest once the first screen is up
// (ensureMoreWords, at idle, and before any other screen renders); both when
// the user switches, and until the new language has loaded the screen keeps
// speaking the old one. A key said before the rest has arrived loads it and
// the screen speaks again. The service worker precaches every chunk, so
// switching works offline too.
import {createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode} from 'react';
import {
  addCatalog,
  createFormatters,
  createTranslator,
  DEFAULT_LOCALE,
  hasCatalog,
  onMissingKey,
  isLocale,
  installFormatters,
  localeFromAcceptLanguage,
  type Locale,
  type Translate,
} from '#shared/i18n/index.ts';
import {loadAppWords} from '#shared/i18n/bundles/app.ts';

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

let speaking: Locale = DEFAULT_LOCALE;
const whole = new Set<Locale>();
const loadingMore = new Map<Locale, Promise<void>>();
const arrived = new Set<() => void>();

function speak(locale: Locale): void {
  speaking = locale;
}

async function ensureCore(locale: Locale): Promise<void> {
  if (!hasCatalog(locale)) addCatalog(locale, await loadAppWords(locale, 'core'));
}

/** The rest of a language's words (the language in use by default); loaded once, retried after a failure. */
export function ensureMoreWords(locale: Locale = speaking): Promise<void> {
  if (whole.has(locale)) return Promise.resolve();
  let loading = loadingMore.get(locale);
  if (!loading) {
    loading = loadAppWords(locale, 'more').then(
      (words) => {
        addCatalog(locale, words);
        whole.add(locale);
        arrived.forEach((f) => f());
      },
      (e: unknown) => {
        loadingMore.delete(locale);
        throw e;
      },
    );
    loadingMore.set(locale, loading);
  }
  return loading;
}

// A key the core lacks (a card opened before the rest arrived): fetch the rest; the provider then speaks again.
onMissingKey((locale) => void ensureMoreWords(locale).catch(() => undefined));

/** Loads all of a language's words into this tab once; later calls resolve at once. */
export async function ensureCatalog(locale: Locale): Promise<void> {
  await Promise.all([ensureCore(locale), ensureMoreWords(locale)]);
}

/** Before the first render: the chosen language's core words (or Russian's, if that chunk cannot be had). */
export async function prepareI18n(): Promise<Locale> {
  const locale = initialLocale();
  try {
    await ensureCore(locale);
    speaking = locale;
    return locale;
  } catch (e) {
    if (locale === DEFAULT_LOCALE) throw e;
    await ensureCore(DEFAULT_LOCALE);
    speaking = DEFAULT_LOCALE;
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
  // The rest of the words arrived: a new `t`, so what said a missing key says it again.
  const [words, setWords] = useState(0);
  useEffect(() => {
    const bump = () => setWords((n) => n + 1);
    arrived.add(bump);
    return () => void arrived.delete(bump);
  }, []);
  useEffect(() => {
    document.documentElement.lang = locale;
    speak(locale);
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
  // oxlint-disable-next-line react-hooks/exhaustive-deps -- `words` is the reason to make a new `t`
  const value = useMemo(() => ({locale, t: createTranslator(locale), setLocale}), [locale, setLocale, words]);
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
