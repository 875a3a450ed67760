// Tests only: a platform administrator and a console client signed in as them
// (admin sign-in itself is its own area's; here a row and a session suffice).
import crypto from 'node:crypto';
import type pg from 'pg';
import {Client} from '../../testing/http.ts';
import {CONSOLE_COOKIE, createPlatformSession} from '../session.ts';

export async function consoleClient(pool: pg.Pool): Promise<{console: Client; adminId: string}> {
  const adminId = crypto.randomUUID();
  await pool.query(`insert into platform_admin (id, email, name, password_hash, totp_secret) values ($1, $2, 'Админ', 'x', 'x')`, [
    adminId,
    `admin.${adminId}@example.kz`,
  ]);
  const {secret} = await createPlatformSession(pool, adminId, 'test');
  return {console: new Client(undefined, {cookie: `${CONSOLE_COOKIE}=${secret}`, 'accept-language': 'ru'}), adminId};
}

export const planKey = (tag: string) => `${tag}-${crypto.randomUUID().slice(0, 8)}`;
export const planName = (ru: string) => ({ru, kk: `${ru} (kk)`, en: `${ru} (en)`});
