// `npm start` until healthy: the first run (empty data directory: initdb,
// migrations, zero-cache initial sync) and a second run on the same data.
// Reports when the public pages/REST answer (database up) and when sync is ready.
import {spawn} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {freePort} from '#server/supervisor/ports.ts';
import {ROOT} from '#server/testing/stack.ts';

async function until(url: string, ok: (r: Response) => boolean): Promise<void> {
  for (;;) {
    try {
      if (ok(await fetch(url))) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 50));
  }
}

async function oneStart(dataDir: string) {
  const port = await freePort();
  const t0 = performance.now();
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'sync-server/main.ts')], {
    cwd: ROOT,
    env: {
      ...process.env,
      PORT: String(port),
      DOT_PG_PORT: String(await freePort()),
      DOT_ZERO_PORT: String(await freePort()),
      DOT_DATA_DIR: dataDir,
      DOT_LOG_LEVEL: 'warn',
    },
    stdio: 'ignore',
  });
  await until(`http://127.0.0.1:${port}/healthz`, (r) => r.ok);
  const pages = performance.now() - t0;
  await until(`http://127.0.0.1:${port}/healthz?ready=sync`, (r) => r.ok);
  const sync = performance.now() - t0;
  const exited = new Promise((r) => child.once('exit', r));
  const s0 = performance.now();
  child.kill('SIGINT');
  await exited;
  return {pages, sync, stop: performance.now() - s0};
}

export async function startup() {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'dot-bench-start-'));
  fs.chmodSync(dataDir, 0o755);
  try {
    const first = await oneStart(dataDir);
    const second = await oneStart(dataDir);
    return {first, second};
  } finally {
    fs.rmSync(dataDir, {recursive: true, force: true});
  }
}

if (import.meta.main) {
  const r = await startup();
  const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  console.log(`first start:  pages/REST answer after ${s(r.first.pages)}, sync ready after ${s(r.first.sync)}, Ctrl-C stop ${s(r.first.stop)}`);
  console.log(`second start: pages/REST answer after ${s(r.second.pages)}, sync ready after ${s(r.second.sync)}, Ctrl-C stop ${s(r.second.stop)}`);
}
