// What a signed-in first open downloads before the request list is usable is
// the static import graph of main.tsx and the workspace (everything else is a
// dynamic import(), fetched later). Checked here, cheaply and without a
// build, so the heavy parts stay off it: zod (~26 KB gzip), the write bodies
// (shared/mutators, the module manifests that carry them) and the outbox's
// Dexie. bench/first-open.ts measures the bytes themselves.
import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../../..');
// As the browser build resolves them: a conditional entry by its "browser" target.
const ALIASES = Object.entries(
  JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).imports as Record<string, string | {browser?: string; default: string}>,
).map(
  ([alias, target]) =>
    [alias.replace(/\*$/, ''), (typeof target === 'string' ? target : (target.browser ?? target.default)).replace(/^\.\//, '').replace(/\*$/, '')] as const,
);

/** The runtime imports of a file: no `import type`, no all-type braces, no dynamic import(). */
function staticImports(file: string): string[] {
  const text = fs.readFileSync(path.join(ROOT, file), 'utf8');
  const out: string[] = [];
  for (const m of text.matchAll(/(?:^|\n)\s*(import|export)\s+(type\s)?([^'";()]*?)\s*(?:from\s+)?['"]([^'"]+)['"]/g)) {
    const [, , typeOnly, what, spec] = m;
    if (typeOnly) continue;
    const braces = /^\{([^}]*)\}$/.exec(what!.trim());
    if (braces && braces[1]!.split(',').every((s) => !s.trim() || /^type\s/.test(s.trim()))) continue;
    out.push(spec!);
  }
  return out;
}

function resolve(from: string, spec: string): string {
  const alias = ALIASES.find(([prefix]) => spec.startsWith(prefix));
  if (alias) return path.normalize(alias[1] + spec.slice(alias[0].length));
  if (spec.startsWith('.')) return path.normalize(path.join(path.dirname(from), spec));
  return `npm:${spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]}`;
}

/** Every file and package reached, each with the chain of imports that reaches it first. */
export function firstScreenGraph(roots: readonly string[]): Map<string, string[]> {
  const reached = new Map<string, string[]>(roots.map((r) => [r, [r]]));
  const queue = [...roots];
  while (queue.length) {
    const file = queue.shift()!;
    for (const spec of staticImports(file)) {
      const target = resolve(file, spec);
      if (reached.has(target) || target.endsWith('.css') || target.startsWith('virtual:')) continue;
      reached.set(target, [...reached.get(file)!, target]);
      if (!target.startsWith('npm:') && /\.tsx?$/.test(target)) queue.push(target);
    }
  }
  return reached;
}

const ROOTS = ['client/src/main.tsx', 'client/src/app/workspace.tsx', 'client/src/requests/requests-screen.tsx'];

function offenders(forbidden: (target: string) => boolean): string[] {
  return [...firstScreenGraph(ROOTS)].filter(([target]) => forbidden(target)).map(([, chain]) => chain.join(' → '));
}

// The request screen's own domain rules still parse with zod (the workflow of a
// type, saved views and filters, the new-request form): these, and only these,
// may bring it. Each is a place to cut next (see the bench's chunk list).
const ZOD_ALLOWED = new Set([
  'shared/workflow/types.ts',
  'shared/workflow/fields.ts',
  'shared/requests/filter.ts',
  'shared/requests/view.ts',
  'shared/requests/sort.ts',
  'shared/requests/validation.ts',
  'shared/validation/schemas.ts',
]);

describe('the first screen’s imports', () => {
  it('bring zod only through the request screen’s domain rules (never the reads, the shell or no-eval)', () => {
    const graph = firstScreenGraph(ROOTS);
    const viaZod = [...graph.keys()].filter((f) => !f.startsWith('npm:') && /\.tsx?$/.test(f) && staticImports(f).includes('zod'));
    expect(viaZod.filter((f) => !ZOD_ALLOWED.has(f)).map((f) => graph.get(f)!.join(' → '))).toEqual([]);
  });

  it('leave the write bodies and the module manifests out (client/src/sync/mutators.ts loads them at idle)', () => {
    expect(offenders((t) => t.startsWith('shared/mutators/') || t === 'shared/module/list.ts')).toEqual([]);
  });

  it('load the words of one language only (no server catalog)', () => {
    expect(offenders((t) => t === 'shared/i18n/translate.ts' || t === 'shared/i18n/catalog.ts')).toEqual([]);
  });

  // The outbox's Dexie (~31 KB gzip) is branch perf-c's to move off the first screen (loaded on the first write);
  // until then only the outbox itself may bring it.
  it('bring the outbox’s Dexie only through the outbox', () => {
    const graph = firstScreenGraph(ROOTS);
    const viaDexie = [...graph.keys()].filter((f) => !f.startsWith('npm:') && /\.tsx?$/.test(f) && staticImports(f).includes('dexie'));
    expect(viaDexie.filter((f) => !f.startsWith('client/src/write/')).map((f) => graph.get(f)!.join(' → '))).toEqual([]);
  });
});
