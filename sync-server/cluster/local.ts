// The production topology on one machine, for the proof (bench/cluster.ts):
// PostgreSQL, one replication-manager, two view-syncers, two API processes
// pointed at one view-syncer each, and the round-robin proxy in front. Every
// listener is on loopback. Without litestream on this machine, each view-syncer
// starts from a copy of the replication-manager's replica (made right after its
// initial sync) and catches up from the change log it keeps in PostgreSQL;
// production restores from the litestream backup instead (scaling.md).
import {spawn, type ChildProcess} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type pg from 'pg';
import {createPool} from '../db/pool.ts';
import {migrate} from '../db/migrate.ts';
import {startDatabase, type Database} from '../supervisor/postgres.ts';
import {freePort, isPortFree} from '../supervisor/ports.ts';
import {newApiKey} from '../supervisor/zero-cache.ts';
import {ROOT, startStack, waitFor, type TestStack} from '../testing/stack.ts';
import {startRoundRobinProxy, type RoundRobinProxy} from './proxy.ts';

export type ZeroNode = {name: string; port: number; child: ChildProcess; output: () => string; stop(): Promise<void>};

export type LocalCluster = {
  proxyUrl: string;
  proxy: RoundRobinProxy;
  apis: TestStack[];
  replicationManager: ZeroNode;
  viewSyncers: ZeroNode[];
  pool: pg.Pool;
  /** Seconds each stage took to come up. */
  timings: Record<string, number>;
  stop(): Promise<void>;
};

async function freePortPair(): Promise<number> {
  for (let i = 0; i < 50; i++) {
    const p = await freePort();
    if (p < 65000 && (await isPortFree(p + 1))) return p;
  }
  throw new Error('no free port pair');
}

async function startZeroNode(name: string, env: NodeJS.ProcessEnv): Promise<ZeroNode> {
  const port = Number(env.DOT_ZERO_PORT);
  let out = '';
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'sync-server/cluster/zero-node.ts')], {
    cwd: ROOT,
    env: {...process.env, DOT_LOG_LEVEL: process.env.DOT_LOG_LEVEL ?? 'warn', ...env},
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (d) => (out += d));
  child.stderr?.on('data', (d) => (out += d));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (child.exitCode === null) {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
      await exited;
      clearTimeout(timer);
    }
  };
  try {
    await Promise.race([
      waitFor(`http://127.0.0.1:${port}/`, 120_000),
      exited.then(() => {
        throw new Error(`${name} exited while starting`);
      }),
    ]);
  } catch (e) {
    await stop();
    throw new Error(`${(e as Error).message}\n--- ${name} ---\n${out}`);
  }
  return {name, port, child, output: () => out, stop};
}

export async function startLocalCluster(opts: {env?: NodeJS.ProcessEnv} = {}): Promise<LocalCluster> {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'dot-cluster-'));
  fs.chmodSync(root, 0o777);
  const timings: Record<string, number> = {};
  const stage = async <T>(name: string, run: () => Promise<T>): Promise<T> => {
    const t = performance.now();
    const r = await run();
    timings[name] = Math.round(performance.now() - t) / 1000;
    return r;
  };
  const started: {stop(): Promise<unknown>}[] = [];
  const stopAll = async () => {
    for (const s of started.reverse()) await s.stop().catch(() => {});
    fs.rmSync(root, {recursive: true, force: true});
  };
  try {
    const pgDir = path.join(root, 'pg');
    fs.mkdirSync(pgDir);
    fs.chmodSync(pgDir, 0o777);
    const pgPort = await freePort();
    const db: Database = await stage('postgres', () => startDatabase({dataDir: pgDir, pgPort}));
    started.push(db);
    const pool = createPool(db.url, 4);
    started.push({stop: () => pool.end()});
    await stage('migrations', () => migrate(pool));

    const apiKey = newApiKey();
    const proxyPort = await freePort();
    const proxyUrl = `http://127.0.0.1:${proxyPort}`;
    // zero-cache reaches the API through the load balancer, as in production.
    const common = {DATABASE_URL: db.url, DOT_ZERO_API_KEY: apiKey, DOT_ZERO_API_URL: proxyUrl};
    const rmPort = await freePortPair();
    const rmDir = path.join(root, 'replication-manager');
    const rm = await stage('replication-manager', () =>
      startZeroNode('replication-manager', {...common, DOT_ZERO_ROLE: 'replication-manager', DOT_ZERO_PORT: String(rmPort), DOT_DATA_DIR: rmDir}),
    );
    started.push(rm);
    const vsPorts = [await freePortPair(), await freePortPair()];
    const viewSyncers = await stage('view-syncers', () =>
      Promise.all(
        vsPorts.map((port, i) =>
          startZeroNode(`view-syncer ${i + 1}`, {
            ...common,
            DOT_ZERO_ROLE: 'view-syncer',
            DOT_ZERO_PORT: String(port),
            DOT_DATA_DIR: path.join(root, `view-syncer-${i + 1}`),
            DOT_ZERO_CHANGE_STREAMER_URI: `http://127.0.0.1:${rmPort + 1}`,
            DOT_ZERO_SEED_REPLICA: path.join(rmDir, 'zero', 'replica.db'),
          }),
        ),
      ),
    );
    started.push(...viewSyncers);
    // API n talks to view-syncer n, so the n-th device's sync socket (proxy turn n) lands on view-syncer n.
    const apis = await stage('api processes', () =>
      Promise.all(
        vsPorts.map((port) =>
          startStack({
            env: {
              ...common,
              DOT_SYNC: 'external',
              DOT_SYNC_URL: `http://127.0.0.1:${port}`,
              DOT_PUBLIC_URL: proxyUrl,
              DOT_JOBS_TICK_MS: '500',
              ...opts.env,
            },
          }),
        ),
      ),
    );
    started.push(...apis);
    const proxy = await startRoundRobinProxy(
      apis.map((a) => ({host: '127.0.0.1', port: a.port})),
      proxyPort,
    );
    started.push({stop: () => proxy.close()});
    return {proxyUrl, proxy, apis, replicationManager: rm, viewSyncers, pool, timings, stop: stopAll};
  } catch (e) {
    await stopAll();
    throw e;
  }
}
