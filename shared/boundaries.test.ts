// The import direction of the codebase, enforced: shared/ is pure domain code
// (no React, DB, network, clock-free by convention), schema/ depends on nothing
// of ours, and client/ and sync-server/ never import each other.
import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '..');

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(path.join(ROOT, dir), {withFileTypes: true})) {
    const rel = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name === 'node_modules' || entry.name === 'dist') continue;
      out.push(...sourceFiles(rel));
    } else if (/\.(ts|tsx)$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name)) {
      out.push(rel);
    }
  }
  return out;
}

function importsOf(file: string): string[] {
  const text = fs.readFileSync(path.join(ROOT, file), 'utf8');
  return [...text.matchAll(/(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g)].map((m) => m[1] ?? m[2]!);
}

/** package.json "imports": '#shared/' → 'shared/' (an aliased import is ours, like a relative one). */
// A conditional entry ({browser, default}) is checked by its default target.
const ALIASES = Object.entries(JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).imports as Record<string, string | {default: string}>).map(
  ([alias, target]) => [alias.replace(/\*$/, ''), (typeof target === 'string' ? target : target.default).replace(/^\.\//, '').replace(/\*$/, '')] as const,
);

const isOurs = (spec: string) => spec.startsWith('.') || spec.startsWith('#');

function resolvesInto(file: string, spec: string, dir: string): boolean {
  const alias = ALIASES.find(([prefix]) => spec.startsWith(prefix));
  if (!alias && !spec.startsWith('.')) return false;
  const target = alias ? path.normalize(alias[1] + spec.slice(alias[0].length)) : path.normalize(path.join(path.dirname(file), spec));
  return target === dir || target.startsWith(dir + path.sep);
}

function violations(dir: string, rule: (file: string, spec: string) => boolean): string[] {
  return sourceFiles(dir).flatMap((file) =>
    importsOf(file)
      .filter((spec) => rule(file, spec))
      .map((spec) => `${file} → ${spec}`),
  );
}

describe('module boundaries', () => {
  it('shared/ imports only schema/, itself, Zero’s client core and small pure libraries', () => {
    const allowedPackages = new Set(['@rocicorp/zero', 'zod']);
    expect(
      violations('shared', (file, spec) =>
        isOurs(spec)
          ? !resolvesInto(file, spec, 'shared') && !resolvesInto(file, spec, 'schema')
          : !allowedPackages.has(spec) && !spec.startsWith('zod/') && !(file.endsWith('.test.ts') && spec === 'vitest'),
      ),
    ).toEqual([]);
  });

  it('shared/ reads no clock or environment: time and settings are passed in', () => {
    const offenders = sourceFiles('shared').filter((f) => /\bDate\.now\(|new Date\(\)|process\.env/.test(fs.readFileSync(path.join(ROOT, f), 'utf8')));
    expect(offenders).toEqual([]);
  });

  it('schema/ depends on nothing of ours', () => {
    expect(violations('schema', (file, spec) => isOurs(spec) && !resolvesInto(file, spec, 'schema'))).toEqual([]);
  });

  it('client/ and sync-server/ never import each other', () => {
    expect(violations('client', (file, spec) => resolvesInto(file, spec, 'sync-server'))).toEqual([]);
    expect(violations('sync-server', (file, spec) => resolvesInto(file, spec, 'client'))).toEqual([]);
  });

  it('the client never imports Zero’s server side, pg or Express', () => {
    expect(violations('client', (_f, spec) => /^(pg|express|@rocicorp\/zero\/server)/.test(spec))).toEqual([]);
  });
});
