// One zero-cache node of a cluster (docs/operations/scaling.md): the
// replication-manager, or a view-syncer pointed at it. The same supervisor
// `npm start` uses (restarts after a crash, workers ended on stop), without the
// API. Usage: DOT_ZERO_ROLE=view-syncer … node --import tsx sync-server/cluster/zero-node.ts
import fs from 'node:fs';
import path from 'node:path';
import {log} from '../log.ts';
import {endOrphanedZeroCache, startZeroCache, type ZeroRole} from '../supervisor/zero-cache.ts';

export type ZeroNodeSettings = {
  role: ZeroRole;
  upstreamUrl: string;
  dataDir: string;
  zeroPort: number;
  changeStreamerUri: string | undefined;
  /** Where zero-cache calls named queries and mutators: the API's load balancer. */
  apiBase: string;
  apiKey: string;
  bindAll: boolean;
  /** A view-syncer's first replica, copied from this file when it has none (one machine, no litestream). */
  seedReplica: string | undefined;
};

const ROLES: readonly ZeroRole[] = ['all', 'replication-manager', 'view-syncer'];

/** Reads the node's settings; every mistake is named, nothing starts half-configured. */
export function zeroNodeFromEnv(env: NodeJS.ProcessEnv): ZeroNodeSettings {
  const need = (name: string) => {
    const v = env[name];
    if (!v) throw new Error(`${name} is required for a zero-cache node (docs/operations/scaling.md).`);
    return v;
  };
  const role = (env.DOT_ZERO_ROLE ?? 'view-syncer') as ZeroRole;
  if (!ROLES.includes(role)) throw new Error(`DOT_ZERO_ROLE=${role} must be one of ${ROLES.join(', ')}.`);
  const apiKey = need('DOT_ZERO_API_KEY');
  // zero-cache passes settings to its workers as --flag value: a leading "-" breaks them.
  if (!/^[A-Za-z0-9_]{16,}$/.test(apiKey)) throw new Error('DOT_ZERO_API_KEY must be at least 16 letters, digits or "_" (e.g. openssl rand -hex 24).');
  return {
    role,
    upstreamUrl: need('DATABASE_URL'),
    dataDir: path.resolve(env.DOT_DATA_DIR ?? '.data'),
    zeroPort: Number(env.DOT_ZERO_PORT ?? 4848),
    changeStreamerUri: role === 'view-syncer' ? need('DOT_ZERO_CHANGE_STREAMER_URI') : undefined,
    apiBase: need('DOT_ZERO_API_URL').replace(/\/+$/, ''),
    apiKey,
    bindAll: env.DOT_ZERO_BIND === 'all',
    seedReplica: env.DOT_ZERO_SEED_REPLICA || undefined,
  };
}

/** Copies a replica (and its WAL) so a view-syncer starts where the replication-manager's initial sync ended. */
export function seedReplica(from: string, dataDir: string): boolean {
  const to = path.join(dataDir, 'zero', 'replica.db');
  if (fs.existsSync(to) || !fs.existsSync(from)) return false;
  fs.mkdirSync(path.dirname(to), {recursive: true});
  for (const suffix of ['', '-wal', '-shm', '-wal2']) {
    if (fs.existsSync(from + suffix)) fs.copyFileSync(from + suffix, to + suffix);
  }
  return true;
}

async function main(): Promise<void> {
  const s = zeroNodeFromEnv(process.env);
  // Workers of a node that was killed outright still hold the ports (supervisor/zero-cache.ts says why).
  if ((await endOrphanedZeroCache(s.dataDir)) > 0) log.warn('sync', 'ended sync processes left behind by an earlier run');
  if (s.seedReplica && seedReplica(s.seedReplica, s.dataDir)) log.info('sync', `replica seeded from ${s.seedReplica}`);
  const zero = startZeroCache({
    upstreamUrl: s.upstreamUrl,
    dataDir: s.dataDir,
    zeroPort: s.zeroPort,
    apiBase: s.apiBase,
    apiKey: s.apiKey,
    logLevel: process.env.DOT_LOG_LEVEL === 'debug' ? 'info' : 'warn',
    role: s.role,
    changeStreamerUri: s.changeStreamerUri,
    bindAll: s.bindAll,
  });
  const stop = () => void zero.stop().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  const t0 = performance.now();
  await zero.ready;
  log.info('sync', `${s.role} ready on port ${s.zeroPort} after ${((performance.now() - t0) / 1000).toFixed(1)} s`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((e: Error) => {
    process.stderr.write(`zero-node: ${e.message}\n`);
    process.exit(1);
  });
}
