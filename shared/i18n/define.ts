// Message catalogs are typed so that a key missing in kk or en is a compile
// error, and i18n.test.ts checks the values (non-empty, same placeholders,
// every plural category the language needs).
import type {Locale} from './locales.ts';

export type PluralMessage = {one: string; few?: string; many?: string; other: string};
export type Message = string | PluralMessage;

export function defineMessages<const K extends string>(catalog: Record<Locale, Record<K, Message>>) {
  return catalog;
}
