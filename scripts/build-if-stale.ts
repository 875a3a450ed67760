// `npm start` builds the PWA only when its sources changed since the last build,
// so a second start is not slowed by a rebuild.
import {spawnSync} from 'node:child_process';
import {createHash} from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '..');
const STAMP = path.join(ROOT, 'client/dist/.source-hash');
const INPUTS = ['client/src', 'client/index.html', 'client/vite.config.ts', 'shared', 'schema', 'public', 'package-lock.json'];

function files(p: string): string[] {
  const abs = path.join(ROOT, p);
  if (!fs.existsSync(abs)) return [];
  if (fs.statSync(abs).isFile()) return [p];
  return fs
    .readdirSync(abs, {withFileTypes: true})
    .flatMap((e) => (e.name === 'node_modules' || e.name === 'dist' ? [] : files(path.join(p, e.name))))
    .sort();
}

const hash = createHash('sha256');
for (const f of INPUTS.flatMap(files)) {
  if (/\.test\.tsx?$/.test(f)) continue;
  hash.update(f).update(fs.readFileSync(path.join(ROOT, f)));
}
const digest = hash.digest('hex');

if (fs.existsSync(STAMP) && fs.readFileSync(STAMP, 'utf8') === digest) {
  process.exit(0);
}
console.log('[build] building the app (sources changed)…');
const r = spawnSync(process.execPath, [path.join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--config', 'client/vite.config.ts', '--logLevel', 'warn'], {
  cwd: ROOT,
  stdio: 'inherit',
});
if (r.status !== 0) process.exit(r.status ?? 1);
fs.writeFileSync(STAMP, digest);
