// Keys the server makes once and keeps in `server_key` (0301): the first
// process to need one creates it; every later start reads the same value.
import {randomBytes} from 'node:crypto';
import type pg from 'pg';

export async function serverKey(pool: pg.Pool, name: string, make: () => string): Promise<string> {
  const found = await pool.query<{value: string}>('select value from server_key where name = $1', [name]);
  if (found.rows[0]) return found.rows[0].value;
  await pool.query('insert into server_key (name, value) values ($1, $2) on conflict (name) do nothing', [name, make()]);
  const {rows} = await pool.query<{value: string}>('select value from server_key where name = $1', [name]);
  return rows[0]!.value;
}

/**
 * A random 32-byte secret kept under `name`, read once per process. For
 * signing what the server hands out and must recognise later (links, forms).
 */
export function serverSecret(name: string): (pool: pg.Pool) => Promise<string> {
  let secret: Promise<string> | undefined;
  return (pool) => {
    secret ??= serverKey(pool, name, () => randomBytes(32).toString('base64url')).catch((e) => {
      secret = undefined;
      throw e;
    });
    return secret;
  };
}
