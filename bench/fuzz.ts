// The fuzz run of sync-server/testing/fuzz at length, on its own stack and a
// fresh seed each time (DOT_FUZZ_SEED to replay one, DOT_FUZZ_CASES per route):
// prints the requests sent, the answers by status and every failure found.
import {startStack} from '#server/testing/stack.ts';
import {fuzz} from '#server/testing/fuzz/run.ts';

const stack = await startStack({env: {DOT_LIMIT_PUBLIC_SUBMITS: '100000'}});
try {
  const report = await fuzz({
    base: stack.baseUrl,
    pgUrl: stack.pgUrl,
    perTarget: Number(process.env.DOT_FUZZ_CASES ?? 150),
    seed: Number(process.env.DOT_FUZZ_SEED ?? Date.now()),
  });
  const count = (pick: (s: number) => boolean) => Object.entries(report.byStatus).reduce((n, [s, c]) => n + (pick(Number(s)) ? c : 0), 0);
  console.log(`seed ${report.seed}: ${report.requests} requests in ${(report.ms / 1000).toFixed(1)} s (${Math.round(report.requests / (report.ms / 1000))}/s)`);
  console.log(`  2xx/3xx ${count((s) => s < 400)}, 4xx ${count((s) => s >= 400 && s < 500)}, 5xx ${count((s) => s >= 500)}`);
  console.log(`  by status: ${JSON.stringify(report.byStatus)}`);
  console.log(`  failures: ${report.failures.length}`);
  for (const f of report.failures.slice(0, 50)) console.log(`  - ${f}`);
  if (report.failures.length) process.exitCode = 1;
} finally {
  await stack.stop();
}
