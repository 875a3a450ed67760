// For pg tests: a platform administrator and a console "device" signed in as
// them (the console's cookie), made directly in the database — the sign-in
// itself is another part of issue 18.
import type pg from 'pg';
import {newId} from '../../auth/tokens.ts';
import {Client, uniqueEmail} from '../../testing/http.ts';
import {CONSOLE_COOKIE, createPlatformSession} from '../session.ts';

export async function consoleClient(pool: pg.Pool): Promise<{client: Client; adminId: string}> {
  const adminId = newId();
  await pool.query(`insert into platform_admin (id, email, name, password_hash, totp_secret) values ($1, $2, 'Поддержка', 'x', 'x')`, [
    adminId,
    uniqueEmail('admin'),
  ]);
  const {secret} = await createPlatformSession(pool, adminId, 'test');
  const client = new Client();
  client.cookie = `${CONSOLE_COOKIE}=${secret}`;
  return {client, adminId};
}
