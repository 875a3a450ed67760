#!/usr/bin/env node
// Rewrites relative imports that cross top-level folders into the package.json "imports" aliases:
//   client/src/auth/login.tsx: '../../../shared/auth/validation.ts' → '#shared/auth/validation.ts'
// An import inside its own top-level folder stays relative (e.g. sync-server → sync-server). Only import and
// export declarations and import() calls are touched (not new URL(…, import.meta.url), which needs a path).
//
//   node scripts/use-aliases.mjs                 rewrite the whole tree
//   node scripts/use-aliases.mjs FILE|DIR…       rewrite only these
//   node scripts/use-aliases.mjs --check [FILE…] list what would change; exit 1 if anything would
import fs from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '..');
const TREE = ['client', 'shared', 'sync-server', 'schema', 'e2e', 'bench', 'scripts'];
const SKIP = new Set(['node_modules', 'dist', '.tmp', 'test-results']);

/** '#shared/*' → './shared/*' as [prefix of the alias, folder it stands for], longest folder first. */
function aliases() {
  const imports = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).imports ?? {};
  return Object.entries(imports)
    .filter(([k, v]) => k.endsWith('/*') && typeof v === 'string' && v.endsWith('/*'))
    .map(([k, v]) => ({alias: k.slice(0, -1), dir: path.normalize(v.slice(2, -2))}))
    .sort((a, b) => b.dir.length - a.dir.length);
}

function sourceFiles(rel) {
  const abs = path.join(ROOT, rel);
  if (!fs.existsSync(abs)) return [];
  if (fs.statSync(abs).isFile()) return /\.(ts|tsx|mts|js|mjs)$/.test(rel) ? [rel] : [];
  return fs
    .readdirSync(abs, {withFileTypes: true})
    .filter((e) => !SKIP.has(e.name))
    .flatMap((e) => sourceFiles(path.join(rel, e.name)));
}

const topOf = (rel) => (rel.includes(path.sep) ? rel.split(path.sep)[0] : '');

// `from '…'` (import/export declarations, also multi-line ones), bare `import '…'`, and `import('…')`.
const SPECIFIER = /(\bfrom\s*|^\s*import\s*|\bimport\(\s*)(['"])(\.{1,2}\/[^'"]*)\2/gm;

/** The file's text with its cross-folder relative imports aliased, and what changed. */
export function rewrite(rel, text, table = aliases()) {
  const changes = [];
  const next = text.replace(SPECIFIER, (whole, lead, quote, spec) => {
    const target = path.normalize(path.join(path.dirname(rel), spec));
    if (target.startsWith('..')) return whole;
    if (topOf(target) === topOf(rel)) return whole;
    const hit = table.find((a) => target === a.dir || target.startsWith(a.dir + path.sep));
    if (!hit) return whole;
    const aliased =
      hit.alias +
      target
        .slice(hit.dir.length + 1)
        .split(path.sep)
        .join('/');
    changes.push(`${spec} → ${aliased}`);
    return `${lead}${quote}${aliased}${quote}`;
  });
  return {text: next, changes};
}

function main(argv) {
  const check = argv.includes('--check');
  const targets = argv.filter((a) => a !== '--check');
  const files = (
    targets.length ? targets.map((t) => path.relative(ROOT, path.resolve(t))) : [...TREE, ...fs.readdirSync(ROOT).filter((f) => /\.(ts|mjs)$/.test(f))]
  ).flatMap(sourceFiles);
  const table = aliases();
  let changed = 0;
  let imports = 0;
  for (const rel of files) {
    const abs = path.join(ROOT, rel);
    const before = fs.readFileSync(abs, 'utf8');
    const {text, changes} = rewrite(rel, before, table);
    if (!changes.length) continue;
    changed++;
    imports += changes.length;
    if (check) console.log(`${rel}: ${changes.length} import${changes.length === 1 ? '' : 's'}`);
    else fs.writeFileSync(abs, text);
  }
  console.log(`${check ? 'would rewrite' : 'rewrote'} ${imports} imports in ${changed} of ${files.length} files`);
  if (check && changed) process.exitCode = 1;
}

if (import.meta.filename === path.resolve(process.argv[1] ?? '')) main(process.argv.slice(2));
