// The device's words: one lazily loaded chunk per language holding the app's
// keys and none of the server-only ones, every key the screens say, and no
// run-time import from the app into the server's all-language catalog.
import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {loadAppCatalog, loadAppWords} from '#shared/i18n/bundles/app.ts';
import {SERVER_ONLY_KEYS} from '#shared/i18n/catalog.ts';
import {LOCALES} from '#shared/i18n/locales.ts';
import {ru as outbox} from '#shared/i18n/messages/outbox/ru.ts';
import {ru as views} from '#shared/i18n/messages/request-views/ru.ts';
import {ru as requests} from '#shared/i18n/messages/requests/ru.ts';

const ROOT = path.resolve(import.meta.dirname, '../../..');

function files(dir: string): string[] {
  return fs.readdirSync(path.join(ROOT, dir), {withFileTypes: true}).flatMap((e) => {
    const rel = path.join(dir, e.name);
    if (e.isDirectory()) return files(rel);
    return /\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) ? [rel] : [];
  });
}

/** Imports that stay in the built code: everything but `import type` / `export type`. */
function runtimeImports(file: string): string[] {
  const text = fs.readFileSync(path.join(ROOT, file), 'utf8');
  return [
    ...text.matchAll(
      /(?:^|\n)\s*(?:import|export)(?!\s+type\s)\s[^'"]*?from\s+['"]([^'"]+)['"]|(?:^|\n)\s*import\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)(?!\.)/g,
    ),
  ]
    .map((m) => m[1] ?? m[2] ?? m[3]!)
    .filter((spec) => spec.startsWith('.'))
    .map((spec) => path.normalize(path.join(path.dirname(file), spec)));
}

describe('the device’s words', () => {
  it('loads one language at a time, with the app’s keys and no server-only key', async () => {
    const keys = LOCALES.map(() => [] as string[]);
    for (const [i, locale] of LOCALES.entries()) {
      const catalog = await loadAppCatalog(locale);
      keys[i] = Object.keys(catalog).sort();
      expect(
        keys[i]!.filter((k) => SERVER_ONLY_KEYS.has(k)),
        locale,
      ).toEqual([]);
    }
    expect(keys[0]!.length).toBeGreaterThan(1000);
    expect(keys[1]).toEqual(keys[0]);
    expect(keys[2]).toEqual(keys[0]);
  });

  it('says every section’s name and the request list from the core part, the same keys in every language', async () => {
    const all = Object.keys(await loadAppCatalog('ru'));
    const core = await loadAppWords('ru', 'core');
    const first = [...all.filter((k) => /^(nav\.|docs\.nav$)/.test(k)), ...Object.keys(requests), ...Object.keys(views), ...Object.keys(outbox)];
    expect(first.length).toBeGreaterThan(100);
    expect(first.filter((k) => !Object.hasOwn(core, k))).toEqual([]);
    for (const locale of LOCALES) expect(Object.keys(await loadAppWords(locale, 'core')).sort(), locale).toEqual(Object.keys(core).sort());
    expect(Object.keys(core).length).toBeLessThan(all.length / 2);
  });

  it('has every key the screens name literally', async () => {
    const app = await loadAppCatalog('ru');
    const used = new Set<string>();
    for (const file of files('client/src')) {
      const text = fs.readFileSync(path.join(ROOT, file), 'utf8');
      for (const m of text.matchAll(/\bt\(\s*'([a-zA-Z][\w-]*(?:\.[\w-]+)+)'/g)) used.add(m[1]!);
    }
    expect(used.size).toBeGreaterThan(300);
    expect([...used].filter((k) => !Object.hasOwn(app, k))).toEqual([]);
  });

  it('never reaches the server’s all-language catalog at run time from the app', () => {
    const forbidden = new Set(['shared/i18n/translate.ts', 'shared/i18n/catalog.ts']);
    const seen = new Set<string>();
    const paths: string[] = [];
    const walk = (file: string, trail: string[]) => {
      if (seen.has(file)) return;
      seen.add(file);
      if (forbidden.has(file)) paths.push([...trail, file].join(' → '));
      else if (fs.existsSync(path.join(ROOT, file))) for (const next of runtimeImports(file)) walk(next, [...trail, file]);
    };
    walk('client/src/main.tsx', []);
    expect(seen.size).toBeGreaterThan(100);
    expect(paths).toEqual([]);
  });
});
