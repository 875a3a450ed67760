// The console's words are not in the app's catalog (i18n.test.ts checks that
// one), so they are checked here the same way: every language has every key,
// none empty, the same placeholders, every plural form the language needs —
// and the app's chunks never carry them.
import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {loadAppCatalog} from '#shared/i18n/bundles/app.ts';
import {INTL_LOCALE, LOCALES} from '#shared/i18n/locales.ts';
import {en} from '#shared/i18n/messages/console/en.ts';
import {kk} from '#shared/i18n/messages/console/kk.ts';
import {ru} from '#shared/i18n/messages/console/ru.ts';

const catalogs = {ru, kk, en} as Record<string, Record<string, unknown>>;
const forms = (m: unknown) => (typeof m === 'string' ? [m] : Object.values(m as Record<string, string>));
const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('the console’s words', () => {
  it('says every key in Russian, Kazakh and English, with the same placeholders and the plural forms each needs', () => {
    for (const locale of LOCALES) {
      const needed = new Intl.PluralRules(INTL_LOCALE[locale]).resolvedOptions().pluralCategories.filter((c) => c !== 'zero' && c !== 'two');
      for (const [key, ruMessage] of Object.entries(ru)) {
        const message = catalogs[locale]![key];
        for (const form of forms(message)) {
          expect(form.trim(), `${locale}:${key}`).not.toBe('');
          expect(placeholders(form), `${locale}:${key}`).toEqual(placeholders(forms(ruMessage)[0]!));
        }
        if (typeof message !== 'string') for (const c of needed) expect(message, `${locale}:${key} lacks ${c}`).toHaveProperty(c);
      }
    }
  });

  it('names only keys it has, and stays out of the app’s chunks', async () => {
    const app = await loadAppCatalog('ru');
    expect(Object.keys(ru).filter((k) => Object.hasOwn(app, k))).toEqual([]);
    const dir = import.meta.dirname;
    const used = new Set<string>();
    for (const file of fs.readdirSync(dir).filter((f) => /\.tsx?$/.test(f) && !f.endsWith('.test.ts'))) {
      const text = fs.readFileSync(path.join(dir, file), 'utf8');
      for (const m of text.matchAll(/\btr\(\s*'([a-zA-Z][\w-]*(?:\.[\w-]+)+)'/g)) used.add(m[1]!);
    }
    expect(used.size).toBeGreaterThan(100);
    expect([...used].filter((k) => !Object.hasOwn(ru, k) && !Object.hasOwn(app, k))).toEqual([]);
  });
});
