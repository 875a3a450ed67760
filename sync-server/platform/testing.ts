// For pg tests: a platform administrator made directly in the database and a
// console "device" signed in as them (only the console's cookie). The sign-in
// itself, with its second factor, is tested by admins/sign-in.pg.test.ts.
import crypto from 'node:crypto';
import type pg from 'pg';
import {newId} from '../auth/tokens.ts';
import {Client, uniqueEmail} from '../testing/http.ts';
import {CONSOLE_COOKIE, createPlatformSession} from './session.ts';

export async function consoleClient(
  pool: pg.Pool,
  opts: {baseUrl?: string; headers?: Record<string, string>} = {},
): Promise<{client: Client; adminId: string}> {
  const adminId = newId();
  await pool.query(`insert into platform_admin (id, email, name, password_hash, totp_secret) values ($1, $2, 'Поддержка', 'x', 'x')`, [
    adminId,
    uniqueEmail('admin'),
  ]);
  const {secret} = await createPlatformSession(pool, adminId, 'test');
  return {client: new Client(opts.baseUrl, {...opts.headers, cookie: `${CONSOLE_COOKIE}=${secret}`}), adminId};
}

/** A plan key of its own for one test, and a name in the three languages. */
export const planKey = (tag: string) => `${tag}-${crypto.randomUUID().slice(0, 8)}`;
export const planName = (ru: string) => ({ru, kk: `${ru} (kk)`, en: `${ru} (en)`});
