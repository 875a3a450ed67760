import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {messages as appEn} from './bundles/app-en.ts';
import {messages as appKk} from './bundles/app-kk.ts';
import {messages as appRu} from './bundles/app-ru.ts';
import {CATALOG, SERVER_ONLY_KEYS} from './catalog.ts';
import type {Catalog} from './define.ts';
import {en as bookingEn} from './messages/booking/en.ts';
import {kk as bookingKk} from './messages/booking/kk.ts';
import type {ru as bookingRu} from './messages/booking/ru.ts';
import {formatDate, formatMoney} from './format.ts';
import {INTL_LOCALE, LOCALES, localeFromAcceptLanguage} from './locales.ts';
import {translate} from './translate.ts';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const forms = (m: unknown) => (typeof m === 'string' ? [m] : Object.values(m as Record<string, string>));

describe('message catalogs', () => {
  const keys = Object.keys(CATALOG.ru);

  it('has every key in every language, none empty', () => {
    for (const locale of LOCALES) {
      const missing = keys.filter((k) => !(k in CATALOG[locale]));
      expect(missing, `missing in ${locale}`).toEqual([]);
      const extra = Object.keys(CATALOG[locale]).filter((k) => !(k in CATALOG.ru));
      expect(extra, `unknown keys in ${locale}`).toEqual([]);
      for (const k of keys) {
        for (const form of forms(CATALOG[locale][k as keyof typeof CATALOG.ru])) {
          expect(form.trim(), `${locale}:${k}`).not.toBe('');
        }
      }
    }
  });

  it('uses the same placeholders in every language', () => {
    for (const k of keys) {
      const ruForms = forms(CATALOG.ru[k as keyof typeof CATALOG.ru]);
      const expected = placeholders(ruForms[0]!);
      for (const locale of LOCALES) {
        for (const form of forms(CATALOG[locale][k as keyof typeof CATALOG.ru])) {
          expect(placeholders(form), `${locale}:${k}`).toEqual(expected);
        }
      }
    }
  });

  it('gives every plural message each category the language needs', () => {
    for (const locale of LOCALES) {
      const needed = new Intl.PluralRules(INTL_LOCALE[locale]).resolvedOptions().pluralCategories.filter((c) => c !== 'zero' && c !== 'two');
      for (const [k, m] of Object.entries(CATALOG[locale])) {
        if (typeof m === 'string') continue;
        for (const c of needed) expect(m, `${locale}:${k} lacks ${c}`).toHaveProperty(c);
      }
    }
  });

  it('does not leave Russian in the Kazakh or English catalog by accident', () => {
    // Kazakh shares Cyrillic with Russian, so look for letters Kazakh does not use in
    // Russian-only words: whole messages identical to Russian are the tell.
    const same = Object.keys(CATALOG.ru).filter((k) => {
      const ru = JSON.stringify(CATALOG.ru[k as keyof typeof CATALOG.ru]);
      return ru === JSON.stringify(CATALOG.kk[k as keyof typeof CATALOG.ru]) && /[а-яё]{4,}/i.test(ru);
    });
    // A few words are the same in both languages (Команда, Клиент, Телефон, Компания, API…).
    const allowed = new Set([
      'nav.team',
      'team.title',
      'requests.client',
      'requests.phone',
      'pub.request.phone',
      'settings.company',
      'history.apiActor',
      'role.admin',
      'files.addPhoto',
      'nav.catalog',
      'catalog.title',
      'site.logo',
      'fileKind.photo',
      'fileKind.other',
    ]);
    expect(same.filter((k) => !allowed.has(k))).toEqual([]);
    const cyrillicInEnglish = Object.entries(CATALOG.en).filter(([, m]) => /[\u0400-\u04FF]/.test(JSON.stringify(m)));
    expect(cyrillicInEnglish.map(([k]) => k)).toEqual([]);
  });
});

describe('catalogs per module and per language', () => {
  const dir = path.join(import.meta.dirname, 'messages');
  const modules = fs
    .readdirSync(dir, {withFileTypes: true})
    .filter((e) => e.isDirectory())
    .map((e) => e.name);
  const load = async (module: string, locale: string) =>
    Object.values((await import(`./messages/${module}/${locale}.ts`)) as Record<string, Record<string, unknown>>)[0]!;

  it('gives every module a Russian source and Kazakh and English with exactly its keys', async () => {
    expect(modules.length).toBeGreaterThan(10);
    for (const module of modules) {
      expect(fs.readdirSync(path.join(dir, module)).sort(), module).toEqual(['en.ts', 'kk.ts', 'ru.ts']);
      const ru = Object.keys(await load(module, 'ru')).sort();
      for (const locale of ['kk', 'en']) expect(Object.keys(await load(module, locale)).sort(), `${module}/${locale}`).toEqual(ru);
    }
  });

  it('splits the server catalog into the app’s chunks and the server-only modules, each key once', () => {
    const app = Object.keys(appRu);
    expect(Object.keys(appKk).sort()).toEqual([...app].sort());
    expect(Object.keys(appEn).sort()).toEqual([...app].sort());
    expect(app.filter((k) => SERVER_ONLY_KEYS.has(k))).toEqual([]);
    expect(SERVER_ONLY_KEYS.size).toBeGreaterThan(50);
    expect([...app, ...SERVER_ONLY_KEYS].sort()).toEqual(Object.keys(CATALOG.ru).sort());
  });

  it('types Kazakh and English against Russian: a missing or an extra key does not compile', () => {
    const {'booking.title': _dropped, ...withoutOne} = bookingKk;
    // @ts-expect-error — a Kazakh catalog lacking one of Russian's keys
    const missing: Catalog<typeof bookingRu> = withoutOne;
    // @ts-expect-error — an English catalog with a key Russian does not have
    const extra = {...bookingEn, 'booking.notInRussian': 'x'} satisfies Catalog<typeof bookingRu>;
    expect(Object.keys(missing).length + 2).toBe(Object.keys(extra).length);
  });
});

describe('translate', () => {
  it('chooses Russian plural forms', () => {
    expect(translate('ru', 'requests.count', {count: 1})).toBe('1 заявка');
    expect(translate('ru', 'requests.count', {count: 3})).toBe('3 заявки');
    expect(translate('ru', 'requests.count', {count: 5})).toBe('5 заявок');
    expect(translate('ru', 'requests.count', {count: 21})).toBe('21 заявка');
    expect(translate('kk', 'requests.count', {count: 5})).toBe('5 өтінім');
    expect(translate('en', 'requests.count', {count: 1})).toBe('1 request');
    expect(translate('en', 'requests.count', {count: 2})).toBe('2 requests');
  });

  it('fills placeholders', () => {
    expect(translate('ru', 'requests.number', {number: 12})).toBe('Заявка №12');
    expect(translate('kk', 'requests.number', {number: 12})).toBe('№12 өтінім');
  });
});

describe('formatting for Kazakhstan', () => {
  it('prints tenge from tiyn with the ₸ sign', () => {
    expect(formatMoney(123_400, 'KZT', 'ru')).toBe('1\u00a0234\u00a0₸');
    expect(formatMoney(123_450, 'KZT', 'kk')).toBe('1\u00a0234,50\u00a0₸');
    expect(formatMoney(123_400, 'KZT', 'en')).toBe('₸1,234');
  });

  it('shows UTC times in UTC+5 (Kazakhstan since March 2024)', () => {
    const noonUtc = Date.UTC(2026, 5, 1, 12, 0);
    expect(formatDate(noonUtc, 'Asia/Almaty', 'ru', 'time')).toBe('17:00');
    expect(formatDate(noonUtc, 'Asia/Qostanay', 'ru', 'time')).toBe('17:00');
  });

  it('picks a supported language from Accept-Language', () => {
    expect(localeFromAcceptLanguage('kk-KZ,kk;q=0.9,ru;q=0.8')).toBe('kk');
    expect(localeFromAcceptLanguage('de-DE,en;q=0.5')).toBe('en');
    expect(localeFromAcceptLanguage('de-DE')).toBeUndefined();
  });
});
