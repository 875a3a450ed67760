// npm run bench [-- name…]: runs the named benchmarks (default: all) and prints their figures.
// Each runs in its own process, so one benchmark's stack never skews the next.
import {spawnSync} from 'node:child_process';

const all = [
  'startup',
  'sync-latency',
  'bundle',
  'outbox',
  'slots',
  'booking-throughput',
  'crm',
  'sla',
  'requests-10k',
  'fuzz',
  'messengers',
  'tasks',
  'finance',
  'analytics-server',
  'analytics-device',
  'cluster',
  'faults',
  'backup',
];

const names = process.argv.slice(2).length ? process.argv.slice(2) : all;
for (const name of names) {
  if (!all.includes(name)) {
    console.error(`unknown benchmark "${name}"; known: ${all.join(', ')}`);
    process.exit(1);
  }
  console.log(`\n== ${name}`);
  const r = spawnSync(process.execPath, ['--import', 'tsx', new URL(`./${name}.ts`, import.meta.url).pathname], {stdio: 'inherit'});
  if (r.status !== 0) process.exit(r.status ?? 1);
}
