// Analytics (issue 17) on the device: is plain TypeScript over the replica's
// rows fast and light enough, or does PGlite (Postgres in WebAssembly, a lazy
// chunk on the analytics screen) earn its place?
// 1. 20,000 requests over 90 days with their stages, bookings, site counters,
//    conversations, clients, tasks, invoices and budget lines (plausible
//    ratios for a busy small business), computeDashboard over the whole 90
//    days, a month and a week: median and p99 of several runs.
// 2. The requests section's figures in PGlite from the same rows: start-up,
//    loading the rows, the queries (median of several runs), checked equal to
//    the TypeScript figures, and the size PGlite adds to the client (gzip of
//    its JS, wasm and file-system image) next to the size of compute/.
// PGlite is not a dependency of the app: install it anywhere and point at it,
//   npm i --prefix /tmp/pglite-bench @electric-sql/pglite@0.5.16
//   PGLITE=/tmp/pglite-bench/node_modules/@electric-sql/pglite npm run bench -- analytics-device
// Without it, part 2 says so and part 1 still runs.
import fs from 'node:fs';
import path from 'node:path';
import {gzipSync} from 'node:zlib';
// esbuild comes with tsx (a dependency): used here only to size compute/ as a minified chunk.
import {build} from 'esbuild';
import type {DashboardQuery, RequestsSection} from '#shared/analytics/types.ts';
import {computeDashboard} from '#shared/analytics/compute/index.ts';
import {previousPeriod} from '#shared/analytics/period.ts';
import {addDays, localToUtc} from '#shared/booking/zone.ts';
import {fmt, stats} from './browser.ts';
import {benchInput, TO, ZONE} from './analytics-device-data.ts';
import {pgliteRequests} from './analytics-device-pglite.ts';

const N = Number(process.env.ANALYTICS_BENCH_N ?? 20_000);
const RUNS = Number(process.env.ANALYTICS_BENCH_RUNS ?? 30);

const time = <T>(f: () => T): [T, number] => {
  const t = performance.now();
  const v = f();
  return [v, performance.now() - t];
};
const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;

const input = benchInput(N);
const now = localToUtc(TO, 23 * 60 + 59, ZONE);
const periods: Record<string, DashboardQuery> = {
  '90 days': {from: addDays(TO, -89), to: TO},
  month: {from: addDays(TO, -29), to: TO},
  week: {from: addDays(TO, -6), to: TO},
};
console.log(
  `rows: ${input.requests.length} requests, ${input.stages.length} stages, ${input.bookings.length} bookings, ${input.siteStats.length} site counters, ` +
    `${input.tasks.length} tasks, ${input.invoices.length} invoices, ${input.budget.length} budget lines`,
);

// 1. Plain TypeScript.
for (const [name, query] of Object.entries(periods)) {
  computeDashboard(input, query, now); // warm-up
  const samples = Array.from({length: RUNS}, () => time(() => computeDashboard(input, query, now))[1]);
  const s = stats(samples);
  const p99 = [...samples].sort((a, b) => a - b)[Math.min(samples.length - 1, Math.floor(0.99 * samples.length))]!;
  console.log(`computeDashboard, all sections, ${name}: median ${fmt(s.median)}, p99 ${fmt(p99)} (${s.n} runs)`);
}
// What the screen computes on opening a month: the month and the one before it (to compare with).
const month = periods.month!;
const before = {...month, ...previousPeriod(month)};
const screen = Array.from({length: RUNS}, () => time(() => [computeDashboard(input, month, now), computeDashboard(input, before, now)])[1]);
console.log(`the screen's month (the month and the month before): median ${fmt(stats(screen).median)}`);
const requestsOnly = {...input, grants: {...input.grants, sections: ['requests' as const]}};
const q90 = periods['90 days']!;
const tsSamples = Array.from({length: RUNS}, () => time(() => computeDashboard(requestsOnly, q90, now))[1]);
const tsRequests = computeDashboard(requestsOnly, q90, now).requests!;
console.log(`computeDashboard, requests section only, 90 days: median ${fmt(stats(tsSamples).median)}`);

const bundle = await build({
  entryPoints: [new URL('../shared/analytics/compute/index.ts', import.meta.url).pathname],
  bundle: true,
  minify: true,
  write: false,
  format: 'esm',
  external: ['zod'],
  logLevel: 'silent',
});
const computeGz = gzipSync(bundle.outputFiles[0]!.contents).length;
console.log(`compute/ bundled and minified (zod, already in the app, left out): ${kb(computeGz)} gzip`);

// 2. PGlite.
const dir = process.env.PGLITE ?? new URL('../node_modules/@electric-sql/pglite', import.meta.url).pathname;
if (!fs.existsSync(path.join(dir, 'package.json'))) {
  console.log(`PGlite: not installed at ${dir}; see the head of this file to measure it`);
} else {
  const dist = path.join(dir, 'dist');
  // The files a browser would fetch: the ESM entry and the chunks it imports, the wasm and the file-system image.
  const files = new Set<string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    for (const m of fs.readFileSync(path.join(dist, file), 'utf8').matchAll(/from\s*["']\.\/([\w.-]+\.js)["']/g)) visit(m[1]!);
  };
  visit('index.js');
  for (const f of ['pglite.wasm', 'pglite.data', 'initdb.wasm', 'initdb.js']) if (fs.existsSync(path.join(dist, f))) files.add(f);
  let raw = 0;
  let gz = 0;
  const parts: string[] = [];
  for (const f of files) {
    const bytes = fs.readFileSync(path.join(dist, f));
    const z = gzipSync(bytes).length;
    raw += bytes.length;
    gz += z;
    if (!f.startsWith('chunk-')) parts.push(`${f} ${kb(z)}`);
  }
  const version = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')).version as string;
  console.log(`PGlite ${version} client files: ${kb(raw)} raw, ${kb(gz)} gzip (${parts.join(', ')}; JS chunks included in the total)`);
  const r = await pgliteRequests(path.join(dist, 'index.js'), input, q90, now, Math.min(RUNS, 10));
  console.log(`PGlite start-up: ${fmt(r.startMs)}; loading ${input.requests.length} requests + ${input.stages.length} stages: ${fmt(r.loadMs)}`);
  console.log(`PGlite requests section queries, 90 days: median ${fmt(r.queryMs)} (${r.runs} runs); TypeScript: ${fmt(stats(tsSamples).median)}`);
  const same = JSON.stringify(r.section) === JSON.stringify(tsRequests satisfies RequestsSection);
  console.log(`PGlite's figures equal computeDashboard's: ${same ? 'yes' : 'NO'}`);
  if (!same) {
    for (const k of Object.keys(tsRequests) as (keyof RequestsSection)[])
      if (JSON.stringify(r.section[k]) !== JSON.stringify(tsRequests[k])) console.log(`  differs: ${k}`);
  }
}
