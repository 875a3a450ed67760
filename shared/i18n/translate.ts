// The server's door to words: every language, synchronously, app keys and the
// keys only the server-rendered pages say. Importing it installs the server's
// catalog (catalog.ts) into the runtime (runtime.ts) that shared code reads.
// The device never imports this file at run time: it loads one language's
// chunk instead (bundles/app.ts).
import {CATALOG, type ServerMessageKey} from './catalog.ts';
import {LOCALES, type Locale} from './locales.ts';
import {installCatalog, translateKey, type Params} from './runtime.ts';

for (const locale of LOCALES) installCatalog(locale, CATALOG[locale]);

export {isMessageKey, type Params, type Translate} from './runtime.ts';

/** A translator that also says the server-only keys; it can be passed wherever a `Translate` is asked for. */
export type ServerTranslate = (key: ServerMessageKey, params?: Params) => string;

export function translate(locale: Locale, key: ServerMessageKey, params?: Params): string {
  return translateKey(locale, key, params);
}

export function createTranslator(locale: Locale): ServerTranslate {
  return (key, params) => translateKey(locale, key, params);
}
