// Platform administrators: a kind of account of their own, never a company's
// member. Made from the command line (scripts/admin.ts) or once from the
// environment (bootstrap.ts); each has a password (scrypt, auth/password.ts)
// and a TOTP secret. Disabling one or replacing their secret ends their
// console sessions at once. Each change is in the platform audit log, in its
// own transaction (the command line has no administrator: admin_id is null).
import {randomBytes} from 'node:crypto';
import type pg from 'pg';
import {emailField} from '#shared/validation/schemas.ts';
import {hashPassword} from '../../auth/password.ts';
import {newId} from '../../auth/tokens.ts';
import {platformAudit} from '../audit.ts';
import {isTotpSecret, newTotpSecret} from './totp.ts';
import {platformTransaction} from '../tx.ts';

export type AdminSummary = {id: string; email: string; name: string; active: boolean; createdAt: number; lastSignInAt: number | null};

export class AdminError extends Error {}

/** A password to hand over once: 18 random bytes, 24 characters. */
export function generatePassword(): string {
  return randomBytes(18).toString('base64url');
}

/** Makes an administrator; the password and secret are generated unless given. Refuses an email already taken. */
export async function createAdmin(
  pool: pg.Pool,
  input: {email: string; name?: string; password?: string; totpSecret?: string; via: 'cli' | 'env' | 'test'},
): Promise<{id: string; email: string; password: string; totpSecret: string}> {
  const parsed = emailField.safeParse(input.email);
  if (!parsed.success) throw new AdminError(`"${input.email}" is not an email address.`);
  const email = parsed.data;
  const password = input.password ?? generatePassword();
  if (password.length < 10) throw new AdminError('The password must be at least 10 characters.');
  const totpSecret = (input.totpSecret ?? newTotpSecret()).toUpperCase().replace(/[\s=]/g, '');
  if (!isTotpSecret(totpSecret)) throw new AdminError('The TOTP secret must be base32 (A–Z, 2–7), at least 16 characters.');
  const passwordHash = await hashPassword(password);
  const id = newId();
  await platformTransaction(pool, async (client) => {
    const {rowCount} = await client.query('select 1 from platform_admin where lower(email) = lower($1)', [email]);
    if (rowCount) throw new AdminError(`A platform administrator with the email ${email} already exists.`);
    await client.query(`insert into platform_admin (id, email, name, password_hash, totp_secret) values ($1, $2, $3, $4, $5)`, [
      id,
      email,
      input.name?.trim().slice(0, 120) ?? '',
      passwordHash,
      totpSecret,
    ]);
    await platformAudit(client, null, {action: 'admin.create', target: id, detail: {email, via: input.via}});
  });
  return {id, email, password, totpSecret};
}

export async function listAdmins(db: pg.Pool): Promise<AdminSummary[]> {
  const {rows} = await db.query<{id: string; email: string; name: string; active: boolean; created_at: Date; last_sign_in_at: Date | null}>(
    'select id, email, name, active, created_at, last_sign_in_at from platform_admin order by created_at',
  );
  return rows.map((r) => ({
    id: r.id,
    email: r.email,
    name: r.name,
    active: r.active,
    createdAt: r.created_at.getTime(),
    lastSignInAt: r.last_sign_in_at?.getTime() ?? null,
  }));
}

async function endAdminSessions(client: pg.PoolClient, adminId: string): Promise<void> {
  await client.query('update platform_session set revoked_at = now() where admin_id = $1 and revoked_at is null', [adminId]);
}

/** Switches an administrator off: no sign-in, and their open console sessions end. False when no such email. */
export async function disableAdmin(pool: pg.Pool, email: string): Promise<boolean> {
  return platformTransaction(pool, async (client) => {
    const {rows} = await client.query<{id: string}>('update platform_admin set active = false where lower(email) = lower($1) returning id', [email]);
    const id = rows[0]?.id;
    if (!id) return false;
    await endAdminSessions(client, id);
    await platformAudit(client, null, {action: 'admin.disable', target: id, detail: {email, via: 'cli'}});
    return true;
  });
}

/** A new TOTP secret (a lost phone): the old one stops working, open sessions end. Null when no such email. */
export async function resetAdminTotp(pool: pg.Pool, email: string): Promise<string | null> {
  const secret = newTotpSecret();
  return platformTransaction(pool, async (client) => {
    const {rows} = await client.query<{id: string}>(
      'update platform_admin set totp_secret = $2, totp_last_step = 0 where lower(email) = lower($1) returning id',
      [email, secret],
    );
    const id = rows[0]?.id;
    if (!id) return null;
    await endAdminSessions(client, id);
    await platformAudit(client, null, {action: 'admin.reset-totp', target: id, detail: {email, via: 'cli'}});
    return secret;
  });
}
