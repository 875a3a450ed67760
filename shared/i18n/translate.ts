// t(key, params): one message in one language, with {placeholders} and plural
// forms chosen by Intl.PluralRules from params.count.
import {CATALOG, type MessageKey} from './catalog.ts';
import {INTL_LOCALE, type Locale} from './locales.ts';

export type Params = Record<string, string | number>;
export type Translate = (key: MessageKey, params?: Params) => string;

const pluralRules = new Map<Locale, Intl.PluralRules>();
function pluralCategory(locale: Locale, count: number): Intl.LDMLPluralRule {
  let rules = pluralRules.get(locale);
  if (!rules) {
    rules = new Intl.PluralRules(INTL_LOCALE[locale]);
    pluralRules.set(locale, rules);
  }
  return rules.select(count);
}

function interpolate(template: string, params: Params | undefined): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

export function translate(locale: Locale, key: MessageKey, params?: Params): string {
  const message = CATALOG[locale][key] ?? CATALOG.ru[key];
  if (message === undefined) return `⟦${key}⟧`;
  if (typeof message === 'string') return interpolate(message, params);
  const count = Number(params?.count ?? 0);
  const category = pluralCategory(locale, count);
  const form = message[category as keyof typeof message] ?? message.other;
  return interpolate(form, params);
}

export function createTranslator(locale: Locale): Translate {
  return (key, params) => translate(locale, key, params);
}

export function isMessageKey(key: string): key is MessageKey {
  return key in CATALOG.ru;
}
