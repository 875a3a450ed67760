// The device's words: per language two chunks, fetched when that language is
// first needed — the core (the shell, the request list and card, the outbox,
// errors) before the first render, the rest while idle once the first screen
// is up, and both when the user switches — and precached by the service worker
// so switching works offline. Only app modules are in these chunks; the
// server-only ones stay in catalog.ts.
import type {MessageKey} from '../catalog.ts';
import type {Message} from '../define.ts';
import type {Locale} from '../locales.ts';

export type AppCatalog = Readonly<Record<MessageKey, Message>>;
export type AppWords = Readonly<Partial<Record<MessageKey, Message>>>;
export type WordsPart = 'core' | 'more';

type Chunk = () => Promise<{messages: AppWords}>;
const chunks: Record<Locale, Record<WordsPart, Chunk>> = {
  ru: {core: () => import('./core-ru.ts'), more: () => import('./more-ru.ts')},
  kk: {core: () => import('./core-kk.ts'), more: () => import('./more-kk.ts')},
  en: {core: () => import('./core-en.ts'), more: () => import('./more-en.ts')},
};

/** One part of a language's words. */
export async function loadAppWords(locale: Locale, part: WordsPart): Promise<AppWords> {
  return (await chunks[locale][part]()).messages;
}

/** All of a language's words (both parts). */
export async function loadAppCatalog(locale: Locale): Promise<AppCatalog> {
  const [core, more] = await Promise.all([loadAppWords(locale, 'core'), loadAppWords(locale, 'more')]);
  return {...core, ...more} as AppCatalog;
}
