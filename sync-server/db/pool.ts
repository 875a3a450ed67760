import pg from 'pg';

// timestamptz and int8 come back as JS numbers (epoch ms / integers), the same
// shapes Zero gives the device, so REST and sync return identical rows.
pg.types.setTypeParser(pg.types.builtins.INT8, (v) => Number(v));

export function createPool(url: string, max = 10): pg.Pool {
  const pool = new pg.Pool({connectionString: url, max, idleTimeoutMillis: 30_000});
  // An idle connection dropped by the server (restart, shutdown) is not a crash:
  // the pool opens a new one on the next query.
  pool.on('error', () => {});
  // A connection checked out (a transaction between two queries) has no listener of the pool's: when PostgreSQL
  // dies, its "terminating connection" would be an unhandled 'error' and take the whole process down. Its holder
  // still sees the failure (the next query rejects) and the pool discards it on release.
  pool.on('connect', (client) => client.on('error', () => {}));
  return pool;
}
