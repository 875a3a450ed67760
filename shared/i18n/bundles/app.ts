// The device's words: one chunk per language, fetched when that language is
// first needed (before the first render, and when the user switches), and
// precached by the service worker so switching works offline. Only app modules
// are in these chunks; the server-only ones stay in catalog.ts.
import type {MessageKey} from '../catalog.ts';
import type {Message} from '../define.ts';
import type {Locale} from '../locales.ts';

export type AppCatalog = Readonly<Record<MessageKey, Message>>;

const chunks: Record<Locale, () => Promise<{messages: AppCatalog}>> = {
  ru: () => import('./app-ru.ts'),
  kk: () => import('./app-kk.ts'),
  en: () => import('./app-en.ts'),
};

export async function loadAppCatalog(locale: Locale): Promise<AppCatalog> {
  return (await chunks[locale]()).messages;
}
