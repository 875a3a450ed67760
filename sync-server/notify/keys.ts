// Keys the server makes once and keeps in `server_key` (0301): the first
// process to need one creates it; every later start reads the same value.
import {createHmac, randomBytes, timingSafeEqual} from 'node:crypto';
import type pg from 'pg';

export async function serverKey(pool: pg.Pool, name: string, make: () => string): Promise<string> {
  const found = await pool.query<{value: string}>('select value from server_key where name = $1', [name]);
  if (found.rows[0]) return found.rows[0].value;
  await pool.query('insert into server_key (name, value) values ($1, $2) on conflict (name) do nothing', [name, make()]);
  const {rows} = await pool.query<{value: string}>('select value from server_key where name = $1', [name]);
  return rows[0]!.value;
}

/**
 * Short signatures (HMAC-SHA256, 22 base64url characters) with a random
 * 32-byte secret kept under `name` and read once per process: for what the
 * server hands out and must recognise later (a client's booking links, public
 * form ids) without a table of tokens.
 */
export function serverSigner(name: string) {
  let secret: Promise<string> | undefined;
  const secretOf = (pool: pg.Pool) => {
    secret ??= serverKey(pool, name, () => randomBytes(32).toString('base64url')).catch((e) => {
      secret = undefined;
      throw e;
    });
    return secret;
  };
  const sign = async (pool: pg.Pool, text: string): Promise<string> =>
    createHmac('sha256', await secretOf(pool))
      .update(text)
      .digest('base64url')
      .slice(0, 22);
  return {
    sign,
    /** Whether `mac` is our signature of `text` (in constant time). */
    async verify(pool: pg.Pool, text: string, mac: unknown): Promise<boolean> {
      if (typeof mac !== 'string' || mac.length !== 22) return false;
      const expected = Buffer.from(await sign(pool, text));
      const given = Buffer.from(mac);
      return given.length === expected.length && timingSafeEqual(given, expected);
    },
  };
}
