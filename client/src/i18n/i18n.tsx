// The UI language: chosen once, remembered on the device (and in the profile
// when signed in), Russian until chosen.
import {createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode} from 'react';
import {createFormatters, createTranslator, DEFAULT_LOCALE, isLocale, installFormatters, localeFromAcceptLanguage, type Locale, type Translate} from '../../../shared/i18n/index.ts';

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

type I18n = {locale: Locale; t: Translate; setLocale: (l: Locale) => void};
const I18nContext = createContext<I18n | null>(null);

export function I18nProvider({children, onChange}: {children: ReactNode; onChange?: (l: Locale) => void}) {
  const [locale, setLocaleState] = useState<Locale>(initialLocale);
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  const setLocale = useCallback(
    (l: Locale) => {
      localStorage.setItem(STORAGE_KEY, l);
      setLocaleState(l);
      onChange?.(l);
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
