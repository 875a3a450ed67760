// t(key, params): one message in one language, with {placeholders} and plural
// forms chosen by Intl.PluralRules from params.count — from the catalogs this
// process holds. The server holds every language (translate.ts installs them);
// the device holds the language in use, loaded lazily (client/src/i18n) before
// anything renders in it. Shared code that runs on both sides (notices, outbox
// and blocker descriptions, validation issues) reads from here, never from the
// server's catalog, so the device does not download it.
import type {MessageKey} from './catalog.ts';
import type {Message} from './define.ts';
import {INTL_LOCALE, type Locale} from './locales.ts';

export type Params = Record<string, string | number>;
export type Translate = (key: MessageKey, params?: Params) => string;

const installed = new Map<Locale, Readonly<Record<string, Message>>>();

/** Makes a language's messages sayable in this process (replacing what it held for that language). */
export function installCatalog(locale: Locale, messages: Readonly<Record<string, Message>>): void {
  installed.set(locale, messages);
}

/** Adds messages to what this process holds for a language: the device loads its words in parts (bundles/app.ts). */
export function addCatalog(locale: Locale, messages: Readonly<Record<string, Message>>): void {
  installed.set(locale, {...installed.get(locale), ...messages});
}

let onMissing: ((locale: Locale, key: string) => void) | undefined;

/** Told of a key this process does not hold (the device then loads the rest of its words and speaks again). */
export function onMissingKey(handler: ((locale: Locale, key: string) => void) | undefined): void {
  onMissing = handler;
}

export function hasCatalog(locale: Locale): boolean {
  return installed.has(locale);
}

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
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

const lookup = (locale: Locale, key: string): Message | undefined => {
  const own = installed.get(locale);
  if (own && Object.hasOwn(own, key)) return own[key];
  const ru = installed.get('ru');
  return ru && Object.hasOwn(ru, key) ? ru[key] : undefined;
};

/** Any key this process holds (typed loosely: the server's translate.ts narrows it). */
export function translateKey(locale: Locale, key: string, params?: Params): string {
  const message = lookup(locale, key);
  if (message === undefined) {
    onMissing?.(locale, key);
    return `⟦${key}⟧`;
  }
  if (typeof message === 'string') return interpolate(message, params);
  const count = Number(params?.count ?? 0);
  const category = pluralCategory(locale, count);
  const form = message[category as keyof typeof message] ?? message.other;
  return interpolate(form, params);
}

export function translate(locale: Locale, key: MessageKey, params?: Params): string {
  return translateKey(locale, key, params);
}

export function createTranslator(locale: Locale): Translate {
  return (key, params) => translateKey(locale, key, params);
}

/** Whether this process can say the key (every language holds the same keys). */
export function isMessageKey(key: string): key is MessageKey {
  for (const messages of installed.values()) return Object.hasOwn(messages, key);
  return false;
}
