// npm run bench [-- name…]: runs the named benchmarks (default: all) and prints their figures.
// Each runs in its own process, so one benchmark's stack never skews the next.
// A benchmark states its figures as JSON lines (report.ts); they are echoed as
// they come and summed up in one table at the end.
import {spawn} from 'node:child_process';
import {createInterface} from 'node:readline';
import {parseFigure, table, type Figure} from './report.ts';

const all = [
  'startup',
  'sync-latency',
  'first-open',
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
  'public-load',
  'growth',
];

function run(name: string, figures: Figure[]): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', new URL(`./${name}.ts`, import.meta.url).pathname], {stdio: ['ignore', 'pipe', 'inherit']});
    createInterface({input: child.stdout}).on('line', (line) => {
      const f = parseFigure(line);
      if (f) figures.push(f);
      console.log(line);
    });
    child.on('close', (code) => resolve(code ?? 1));
  });
}

// The figures of issue 20 (first open, sync, public pages under load, growth), in one run.
const groups: Record<string, string[]> = {perf: ['first-open', 'sync-latency', 'public-load', 'growth']};

const asked = process.argv.slice(2);
const names = asked.length ? asked.flatMap((n) => groups[n] ?? [n]) : all;
const figures: Figure[] = [];
let failed = 0;
for (const name of names) {
  if (!all.includes(name)) {
    console.error(`unknown benchmark "${name}"; known: ${all.join(', ')}`);
    process.exit(1);
  }
  console.log(`\n== ${name}`);
  const code = await run(name, figures);
  if (code !== 0) {
    failed = code;
    break;
  }
}
if (figures.length) console.log(`\n${table(figures)}`);
process.exit(failed);
