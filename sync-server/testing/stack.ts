// A private, real dot stack for a test run: the same supervisor `npm start`
// runs (embedded PostgreSQL, migrations, zero-cache, Express), on free ports
// and a throw-away data directory.
import {spawn, type ChildProcess} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {freePort, isPortFree} from '../supervisor/ports.ts';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export type TestStack = {
  baseUrl: string;
  port: number;
  /** zero-cache's own port (loopback); it also takes the next one. */
  zeroPort: number;
  pgUrl: string;
  dataDir: string;
  child: ChildProcess;
  output: () => string;
  stop(): Promise<void>;
};

/** Two adjacent free ports (zero-cache takes PORT and PORT+1). */
async function freePortPair(): Promise<number> {
  for (let i = 0; i < 50; i++) {
    const p = await freePort();
    if (p < 65000 && (await isPortFree(p + 1))) return p;
  }
  throw new Error('no free port pair');
}

export async function waitFor(url: string, timeoutMs: number, isUp: (r: Response) => boolean = (r) => r.ok): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = '';
  while (Date.now() < deadline) {
    try {
      const r = await fetch(url);
      if (isUp(r)) return;
      last = `${r.status}`;
    } catch (e) {
      last = (e as Error).message;
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} not ready after ${timeoutMs} ms (${last})`);
}

export async function startStack(opts: {env?: NodeJS.ProcessEnv; sync?: boolean; dataDir?: string; host?: string} = {}): Promise<TestStack> {
  const port = await freePort();
  const pgPort = await freePort();
  const zeroPort = await freePortPair();
  const dataDir = opts.dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'dot-test-'));
  fs.chmodSync(dataDir, 0o755);
  let out = '';
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'sync-server/main.ts')], {
    cwd: ROOT,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: opts.host ?? '127.0.0.1',
      DOT_PG_PORT: String(pgPort),
      DOT_ZERO_PORT: String(zeroPort),
      DOT_DATA_DIR: dataDir,
      DOT_TEST_MODE: '1',
      DOT_LOG_LEVEL: process.env.DOT_LOG_LEVEL ?? 'warn',
      DOT_SYNC: opts.sync === false ? 'off' : 'on',
      // Every test signs up its own companies from one address.
      DOT_LIMIT_SIGNUPS_PER_HOUR: '100000',
      DOT_LIMIT_LOGINS_PER_MINUTE: '100000',
      // A fresh install past tonight's slot takes its backup (and the verify) at once: in tests that is a
      // backup per stack and a run no test asked for. Tests of backups turn it on.
      DOT_BACKUP: 'off',
      ...opts.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (d) => (out += d));
  child.stderr?.on('data', (d) => (out += d));
  const baseUrl = `http://127.0.0.1:${port}`;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  try {
    await Promise.race([
      waitFor(`${baseUrl}/healthz${opts.sync === false ? '' : '?ready=sync'}`, 120_000),
      exited.then(() => {
        throw new Error('the stack exited while starting');
      }),
    ]);
  } catch (e) {
    child.kill('SIGKILL');
    throw new Error(`${(e as Error).message}\n--- stack output ---\n${out}`);
  }
  return {
    baseUrl,
    port,
    zeroPort,
    pgUrl: `postgres://postgres:dot-local@127.0.0.1:${pgPort}/postgres`,
    dataDir,
    child,
    output: () => out,
    async stop() {
      if (child.exitCode === null) {
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
        await exited;
        clearTimeout(timer);
      }
      if (!opts.dataDir) fs.rmSync(dataDir, {recursive: true, force: true});
    },
  };
}
