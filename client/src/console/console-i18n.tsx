// The console's words: its own catalog (shared/i18n/messages/console) merged
// over the app's one language at a time. Only this chunk imports it, so a
// company's device never downloads the console's words. The translator is
// called `tr`, typed over both catalogs: a key neither holds does not compile.
import {createContext, useCallback, useContext, useMemo, useState, type ReactNode} from 'react';
import {loadAppCatalog} from '#shared/i18n/bundles/app.ts';
import type {MessageKey} from '#shared/i18n/catalog.ts';
import {installCatalog, translateKey, type Params} from '#shared/i18n/runtime.ts';
import type {Locale} from '#shared/i18n/locales.ts';
import {useI18n} from '../i18n/i18n.tsx';
import type {ru} from '#shared/i18n/messages/console/ru.ts';

export type ConsoleKey = keyof typeof ru & string;
export type Tr = (key: ConsoleKey | MessageKey, params?: Params) => string;

const chunks: Record<Locale, () => Promise<Record<string, unknown>>> = {
  ru: () => import('./console-words-ru.ts').then((m) => m.words),
  kk: () => import('./console-words-kk.ts').then((m) => m.words),
  en: () => import('./console-words-en.ts').then((m) => m.words),
};

const loaded = new Set<Locale>();

/** The app's words and the console's in one table for the language (Russian kept too: the fallback). */
export async function ensureConsoleWords(locale: Locale): Promise<void> {
  for (const l of new Set<Locale>(['ru', locale])) {
    if (loaded.has(l)) continue;
    const [app, own] = await Promise.all([loadAppCatalog(l), chunks[l]()]);
    installCatalog(l, {...app, ...(own as typeof app)});
    loaded.add(l);
  }
}

type ConsoleI18n = {locale: Locale; tr: Tr; setLocale: (l: Locale) => void};
const Ctx = createContext<ConsoleI18n | null>(null);

/** Speaks the app's chosen language; switching loads the console's words for it first. */
export function ConsoleI18nProvider({initial, children}: {initial: Locale; children: ReactNode}) {
  const app = useI18n();
  const [locale, setState] = useState(initial);
  const setLocale = useCallback(
    (l: Locale) => {
      void ensureConsoleWords(l).then(() => {
        app.setLocale(l);
        setState(l);
      });
    },
    [app],
  );
  const value = useMemo<ConsoleI18n>(() => ({locale, tr: (key, params) => translateKey(locale, key, params), setLocale}), [locale, setLocale]);
  return <Ctx.Provider value={value}>{children}</Ctx.Provider>;
}

export function useConsole(): ConsoleI18n {
  const v = useContext(Ctx);
  if (!v) throw new Error('useConsole outside ConsoleI18nProvider');
  return v;
}
