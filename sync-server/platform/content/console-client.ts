// For tests: a platform administrator made directly in the database (the
// console's sign-in with its second factor is tested by its own area) and a
// REST client that sends their console cookie.
import type pg from 'pg';
import {newId} from '../../auth/tokens.ts';
import {Client} from '../../testing/http.ts';
import {CONSOLE_COOKIE, createPlatformSession} from '../session.ts';

export async function consoleClient(pool: pg.Pool, baseUrl: string, headers: Record<string, string> = {}): Promise<Client> {
  const id = newId();
  await pool.query(`insert into platform_admin (id, email, name, password_hash, totp_secret) values ($1, $2, 'Тест', 'x', 'x')`, [id, `admin.${id}@dot.local`]);
  const {secret} = await createPlatformSession(pool, id, 'test');
  return new Client(baseUrl, {...headers, cookie: `${CONSOLE_COOKIE}=${secret}`});
}
