// zero-cache as a child process: it follows PostgreSQL by logical replication
// and keeps every device's replica in step. It calls back into our Express
// service for named queries and mutators, authenticating with a per-start key.
import {spawn, type ChildProcess} from 'node:child_process';
import {randomBytes} from 'node:crypto';
import fs from 'node:fs';
import {createRequire} from 'node:module';
import path from 'node:path';
import readline from 'node:readline';
import {log} from '../log.ts';

export type ZeroCacheOptions = {
  upstreamUrl: string;
  dataDir: string;
  zeroPort: number;
  /** Where zero-cache reaches our API (loopback). */
  apiBase: string;
  apiKey: string;
  logLevel: string;
  /**
   * Zero's documented shapes (docs/operations/scaling.md): everything in one
   * (the default), the replication-manager alone (follows PostgreSQL, serves
   * the change stream on zeroPort + 1, no devices), or a view-syncer that
   * serves devices from the replication-manager at changeStreamerUri.
   */
  role?: ZeroRole;
  changeStreamerUri?: string;
  /** Listen on every interface (containers on a private network). Off: loopback only, the security rule for one machine. */
  bindAll?: boolean;
};

export type ZeroRole = 'all' | 'replication-manager' | 'view-syncer';

/** The settings that differ per role. */
export function roleEnv(role: ZeroRole, changeStreamerUri: string | undefined): NodeJS.ProcessEnv {
  if (role === 'replication-manager') return {ZERO_NUM_SYNC_WORKERS: '0'};
  if (role === 'view-syncer') {
    if (!changeStreamerUri) throw new Error('a view-syncer needs the replication-manager address (changeStreamerUri)');
    return {ZERO_CHANGE_STREAMER_URI: changeStreamerUri, ZERO_NUM_SYNC_WORKERS: process.env.ZERO_NUM_SYNC_WORKERS ?? '1'};
  }
  return {ZERO_NUM_SYNC_WORKERS: process.env.ZERO_NUM_SYNC_WORKERS ?? '1'};
}

export type ZeroCacheState = 'starting' | 'ready' | 'restarting' | 'stopped';

export type ZeroCacheStatus = {
  state: ZeroCacheState;
  /** Times the supervisor brought it back after it died on its own. */
  restarts: number;
  /** How it last died, if it did. */
  lastExit?: {code: number | null; signal: string | null; at: string};
};

export type ZeroCache = {
  /** The first start: resolves once zero-cache answers, rejects if it never does within 120 s. */
  ready: Promise<void>;
  readonly state: ZeroCacheState;
  readonly status: ZeroCacheStatus;
  readonly pid: number | undefined;
  /** Resolves when zero-cache answers again (after a restart, say); rejects after timeoutMs. */
  whenReady(timeoutMs?: number): Promise<void>;
  stop(): Promise<void>;
};

// Known noise: logged once on a fresh replica, on every shutdown, and for every
// write the server refuses (the device is told; nothing is wrong with sync).
const HARMLESS = [/Unable to create full ReplicationStatusEvent/, /CONNECTION_CLOSED/, /returned a mutation error/];

/** Wait before bringing zero-cache back: 1 s, 2 s, 4 s … 30 s; a run that stayed up a minute starts the count again. */
export function restartDelayMs(failuresInARow: number): number {
  return Math.min(30_000, 1000 * 2 ** Math.max(0, failuresInARow - 1));
}
const STABLE_MS = 60_000;

/**
 * zero-cache hands its settings to its workers as `--flag value` pairs built
 * from ZERO_* variables, so a value that begins with "-" reads as another flag
 * and the worker dies on "Expected string … Got true". base64url and Zero's
 * own nanoid task ids begin with "-" once in 64; hex never does.
 */
export function zeroSafeId(bytes: number): string {
  return randomBytes(bytes).toString('hex');
}

export function newApiKey(): string {
  return zeroSafeId(24);
}

/** Keeps zero-cache and its workers on loopback (see the file for why). */
const PRELOAD = path.join(import.meta.dirname, 'loopback-preload.cjs');
/** Ends zero-cache and its workers when the process that started them is gone (see the file for why). */
const DIE_WITH_PARENT = path.join(import.meta.dirname, 'die-with-parent.cjs');

function cliPath(): string {
  // The package exports only its entry points; the CLI sits beside the main one.
  const main = createRequire(import.meta.url).resolve('@rocicorp/zero');
  return path.join(path.dirname(main), 'cli.js');
}

export function startZeroCache(opts: ZeroCacheOptions): ZeroCache {
  const replicaDir = path.join(opts.dataDir, 'zero');
  fs.mkdirSync(replicaDir, {recursive: true});
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ZERO_UPSTREAM_DB: opts.upstreamUrl,
    ZERO_REPLICA_FILE: path.join(replicaDir, 'replica.db'),
    ZERO_PORT: String(opts.zeroPort),
    ZERO_CHANGE_STREAMER_PORT: String(opts.zeroPort + 1),
    ZERO_APP_PUBLICATIONS: 'dot_sync',
    ZERO_MUTATE_URL: `${opts.apiBase}/api/zero/mutate`,
    ZERO_QUERY_URL: `${opts.apiBase}/api/zero/query`,
    ZERO_MUTATE_API_KEY: opts.apiKey,
    ZERO_QUERY_API_KEY: opts.apiKey,
    // The session cookie arrives on the WebSocket (same origin) and is passed
    // on to our endpoints: the sync connection is authenticated by the session.
    ZERO_MUTATE_FORWARD_COOKIES: 'true',
    ZERO_QUERY_FORWARD_COOKIES: 'true',
    // Only named mutators may write; raw CRUD from a device would skip every rule.
    ZERO_ENABLE_CRUD_MUTATIONS: 'false',
    ZERO_ENABLE_TELEMETRY: 'false',
    ...roleEnv(opts.role ?? 'all', opts.changeStreamerUri),
    ZERO_ADMIN_PASSWORD: process.env.ZERO_ADMIN_PASSWORD ?? zeroSafeId(12),
    // Left unset, zero-cache picks a nanoid that can begin with "-" (see zeroSafeId).
    ZERO_TASK_ID: process.env.ZERO_TASK_ID ?? `dot-${zeroSafeId(8)}`,
    ZERO_LOG_LEVEL: opts.logLevel,
    ZERO_CHANGE_STREAMER_STARTUP_DELAY_MS: process.env.ZERO_CHANGE_STREAMER_STARTUP_DELAY_MS ?? '0',
  };
  let state: ZeroCacheState = 'starting';
  let stopping = false;
  let restarts = 0;
  let failuresInARow = 0;
  let lastExit: ZeroCacheStatus['lastExit'];
  let child: ChildProcess | undefined;
  let exited: Promise<void> = Promise.resolve();
  let restartTimer: NodeJS.Timeout | undefined;
  let waiters: {resolve(): void; reject(e: Error): void}[] = [];

  const becameReady = () => {
    state = 'ready';
    for (const w of waiters) w.resolve();
    waiters = [];
  };

  /** Polls zero-cache's "/" until it answers OK, for this run of the child only. */
  const pollReady = async (run: ChildProcess) => {
    while (!stopping && child === run && run.exitCode === null && run.signalCode === null) {
      try {
        const res = await fetch(`http://127.0.0.1:${opts.zeroPort}/`);
        if (res.ok && (await res.text()).trim() === 'OK') {
          if (child === run && !stopping) becameReady();
          return;
        }
      } catch {
        // not listening yet
      }
      await new Promise((r) => setTimeout(r, 200));
    }
  };

  const spawnChild = () => {
    const preload = [...(opts.bindAll ? [] : ['--require', PRELOAD]), '--require', DIE_WITH_PARENT];
    const run = spawn(process.execPath, [...preload, cliPath()], {env, stdio: ['ignore', 'pipe', 'pipe']});
    child = run;
    const startedAt = Date.now();
    fs.writeFileSync(path.join(replicaDir, 'zero-cache.pid'), String(run.pid ?? ''));
    for (const stream of [run.stdout, run.stderr]) {
      if (!stream) continue;
      readline.createInterface({input: stream}).on('line', (line) => {
        if (stopping || HARMLESS.some((re) => re.test(line))) return;
        const isProblem = /\b(error|warn)/i.test(line);
        if (isProblem) log.warn('sync', line);
        else log.debug('sync', line);
      });
    }
    exited = new Promise<void>((resolve) =>
      run.once('exit', (code, signal) => {
        resolve();
        if (stopping || child !== run) return;
        // Died on its own (a crash, a kill, a malformed packet): devices keep
        // working from their replicas and reconnect by themselves once it is back.
        lastExit = {code, signal, at: new Date().toISOString()};
        failuresInARow = Date.now() - startedAt >= STABLE_MS ? 1 : failuresInARow + 1;
        const delay = restartDelayMs(failuresInARow);
        state = 'restarting';
        log.error(
          'sync',
          `zero-cache exited unexpectedly (${signal ?? `code ${code}`}); restarting in ${delay / 1000} s. Devices keep their data and reconnect by themselves.`,
        );
        restartTimer = setTimeout(() => {
          restartTimer = undefined;
          if (stopping) return;
          // Its workers run in their own sessions and may still hold the ports.
          void endOrphanedZeroCache(opts.dataDir).then(() => {
            if (stopping) return;
            restarts += 1;
            spawnChild();
          });
        }, delay);
      }),
    );
    void pollReady(run);
  };

  const whenReady = (timeoutMs = 120_000) =>
    state === 'ready'
      ? Promise.resolve()
      : new Promise<void>((resolve, reject) => {
          const waiter = {
            resolve: () => {
              clearTimeout(timer);
              resolve();
            },
            reject: (e: Error) => {
              clearTimeout(timer);
              reject(e);
            },
          };
          const timer = setTimeout(() => {
            waiters = waiters.filter((w) => w !== waiter);
            reject(new Error(`zero-cache did not become ready within ${timeoutMs / 1000} s`));
          }, timeoutMs);
          waiters.push(waiter);
        });

  spawnChild();
  const ready = whenReady(120_000);
  ready.catch(() => {});

  return {
    ready,
    whenReady,
    get state() {
      return state;
    },
    get status() {
      return {state, restarts, ...(lastExit && {lastExit})};
    },
    get pid() {
      return child?.pid;
    },
    async stop() {
      stopping = true;
      if (restartTimer) clearTimeout(restartTimer);
      const run = child;
      if (run && run.exitCode === null && run.signalCode === null) {
        run.kill('SIGTERM');
        const timer = setTimeout(() => run.kill('SIGKILL'), 10_000);
        await exited;
        clearTimeout(timer);
      }
      // Its workers run in their own sessions and may outlive the main process
      // for a moment: stopped means all of them are gone (and the ports free).
      await endOrphanedZeroCache(opts.dataDir);
      state = 'stopped';
      for (const w of waiters) w.reject(new Error('zero-cache stopped'));
      waiters = [];
    },
  };
}

/**
 * zero-cache runs its workers as separate sessions (setsid), so if the
 * supervisor is killed outright they outlive it and hold the sync ports. They
 * carry our replica path in their environment, which identifies them exactly:
 * the next start ends them instead of failing on a busy port.
 */
export async function endOrphanedZeroCache(dataDir: string): Promise<number> {
  const marker = `ZERO_REPLICA_FILE=${path.join(dataDir, 'zero', 'replica.db')}`;
  const pids: number[] = [];
  for (const entry of fs.readdirSync('/proc')) {
    const pid = Number(entry);
    if (!pid || pid === process.pid) continue;
    try {
      const environ = fs.readFileSync(`/proc/${pid}/environ`, 'utf8').split('\0');
      if (environ.includes(marker)) pids.push(pid);
    } catch {
      // gone, or not ours to read
    }
  }
  const signal = (sig: NodeJS.Signals) => {
    for (const pid of pids) {
      try {
        process.kill(pid, sig);
      } catch {
        // already exited
      }
    }
  };
  signal('SIGTERM');
  const deadline = Date.now() + 5000;
  while (Date.now() < deadline && pids.some((p) => fs.existsSync(`/proc/${p}`))) await new Promise((r) => setTimeout(r, 100));
  signal('SIGKILL');
  return pids.length;
}
