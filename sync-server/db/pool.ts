import pg from 'pg';

// timestamptz and int8 come back as JS numbers (epoch ms / integers), the same
// shapes Zero gives the device, so REST and sync return identical rows.
pg.types.setTypeParser(pg.types.builtins.INT8, (v) => Number(v));

export function createPool(url: string, max = 10): pg.Pool {
  const pool = new pg.Pool({connectionString: url, max, idleTimeoutMillis: 30_000});
  // An idle connection dropped by the server (restart, shutdown) is not a crash:
  // the pool opens a new one on the next query.
  pool.on('error', () => {});
  return pool;
}
