// Signing in to the console: the password (scrypt, compared against a dummy
// hash when the email is unknown, so timing says nothing), then the TOTP code,
// which is spent in the same transaction that opens the session and writes the
// audit record: a code works once, even when two requests race with it.
import type pg from 'pg';
import type {PlatformContext} from '#shared/platform/context.ts';
import {DUMMY_HASH, verifyPassword} from '../../auth/password.ts';
import {platformAudit} from '../audit.ts';
import {createPlatformSession} from '../session.ts';
import {verifyTotp} from './totp.ts';

export type AdminIdentity = {id: string; email: string; name: string};

type Row = AdminIdentity & {password_hash: string; totp_secret: string; totp_last_step: string; active: boolean};

/** The administrator and a new session's secret, or null for any failure (which one is never told). */
export async function signInAdmin(
  pool: pg.Pool,
  input: {email: string; password: string; code: string},
  meta: {userAgent: string | undefined; address: string; nowMs: number},
): Promise<{admin: AdminIdentity; secret: string} | null> {
  const {rows} = await pool.query<Row>(
    'select id, email, name, password_hash, totp_secret, totp_last_step, active from platform_admin where lower(email) = lower($1)',
    [input.email],
  );
  const row = rows[0];
  const passwordOk = await verifyPassword(input.password, row?.password_hash ?? DUMMY_HASH);
  if (!row || !passwordOk || !row.active) return null;
  const step = verifyTotp(row.totp_secret, input.code.replace(/\s/g, ''), meta.nowMs, Number(row.totp_last_step));
  if (step === null) return null;
  const client = await pool.connect();
  try {
    await client.query('begin');
    // Spent only if no other sign-in spent this step (or a later one) meanwhile.
    const spent = await client.query(
      'update platform_admin set totp_last_step = $2, last_sign_in_at = now() where id = $1 and active and totp_last_step < $2',
      [row.id, step],
    );
    if (!spent.rowCount) {
      await client.query('rollback');
      return null;
    }
    const session = await createPlatformSession(client, row.id, meta.userAgent);
    const ctx: PlatformContext = {kind: 'platform', adminID: row.id, email: row.email, sessionID: session.id};
    await platformAudit(client, ctx, {action: 'admin.sign-in', target: row.id, detail: {address: meta.address}});
    await client.query('commit');
    return {admin: {id: row.id, email: row.email, name: row.name}, secret: session.secret};
  } catch (e) {
    await client.query('rollback').catch(() => {});
    throw e;
  } finally {
    client.release();
  }
}
