// A person's own second factor (TOTP, the same RFC 6238 code as the console's, platform/admins/totp.ts): set up with
// a QR code and confirmed with a first code, asked for at sign-in after a right password, turned off only with a
// code. Ten recovery codes for a lost phone, stored hashed, each good once.
import {randomBytes} from 'node:crypto';
import type pg from 'pg';
import QRCode from 'qrcode';
import {hashSecret} from '../auth/tokens.ts';
import {open, seal, sealingKey} from '../db/sealed.ts';
import {newTotpSecret, otpauthUrl, verifyTotp} from '../platform/admins/totp.ts';

const keyOf = sealingKey('user-totp');
export const RECOVERY_CODES = 10;

type Row = {secret_sealed: string; enabled_at: Date | null; last_step: string; recovery_hashes: string[]};

async function rowOf(db: pg.Pool | pg.PoolClient, userId: string, lock = false): Promise<Row | undefined> {
  const {rows} = await db.query<Row>(
    `select secret_sealed, enabled_at, last_step, recovery_hashes from user_totp where user_id = $1${lock ? ' for update' : ''}`,
    [userId],
  );
  return rows[0];
}

export async function totpStatus(db: pg.Pool | pg.PoolClient, userId: string): Promise<{enabled: boolean; recoveryLeft: number}> {
  const row = await rowOf(db, userId);
  return {enabled: !!row?.enabled_at, recoveryLeft: row?.enabled_at ? row.recovery_hashes.length : 0};
}

export async function totpEnabled(db: pg.Pool | pg.PoolClient, userId: string): Promise<boolean> {
  return (await totpStatus(db, userId)).enabled;
}

/** A new secret waiting for its first code (replaces an unconfirmed one); null when the factor is already on. */
export async function startTotpSetup(pool: pg.Pool, userId: string, email: string): Promise<{secret: string; url: string; qrSvg: string} | null> {
  const secret = newTotpSecret();
  const sealed = seal(await keyOf(pool), secret);
  const {rowCount} = await pool.query(
    `insert into user_totp (user_id, secret_sealed) values ($1, $2)
     on conflict (user_id) do update set secret_sealed = excluded.secret_sealed, last_step = 0, recovery_hashes = '{}', updated_at = now()
       where user_totp.enabled_at is null`,
    [userId, sealed],
  );
  if (!rowCount) return null;
  const url = otpauthUrl(secret, email);
  return {secret, url, qrSvg: await QRCode.toString(url, {type: 'svg', margin: 1, errorCorrectionLevel: 'M'})};
}

/** Codes people can type from paper: 10 letters/digits in two groups, no look-alikes. */
function recoveryCode(): string {
  const alphabet = 'abcdefghjkmnpqrstuvwxyz23456789';
  const bytes = randomBytes(10);
  const chars = [...bytes].map((b) => alphabet[b % alphabet.length]).join('');
  return `${chars.slice(0, 5)}-${chars.slice(5)}`;
}
const normalRecovery = (code: string) => code.toLowerCase().replace(/[\s-]/g, '');

/**
 * Checks a code against the account's factor, inside the caller's transaction: a TOTP code (once per step) or a
 * recovery code (used up). `pending` checks an unconfirmed secret (setup's confirmation).
 */
export async function checkCode(client: pg.PoolClient, pool: pg.Pool, userId: string, code: string, nowMs: number, pending = false): Promise<boolean> {
  const row = await rowOf(client, userId, true);
  if (!row || !!row.enabled_at === pending) return false;
  const clean = code.replace(/\s/g, '');
  const secret = open(await keyOf(pool), row.secret_sealed);
  const step = verifyTotp(secret, clean, nowMs, Number(row.last_step));
  if (step !== null) {
    await client.query('update user_totp set last_step = $2, updated_at = now() where user_id = $1', [userId, step]);
    return true;
  }
  if (pending) return false;
  const hash = hashSecret(normalRecovery(clean));
  if (!row.recovery_hashes.includes(hash)) return false;
  await client.query('update user_totp set recovery_hashes = array_remove(recovery_hashes, $2), updated_at = now() where user_id = $1', [userId, hash]);
  return true;
}

/** Turns the factor on; the recovery codes, shown once. */
export async function enableTotp(client: pg.PoolClient, userId: string): Promise<string[]> {
  const codes = Array.from({length: RECOVERY_CODES}, recoveryCode);
  await client.query('update user_totp set enabled_at = now(), recovery_hashes = $2, updated_at = now() where user_id = $1', [
    userId,
    codes.map((c) => hashSecret(normalRecovery(c))),
  ]);
  return codes;
}

export async function disableTotp(client: pg.PoolClient, userId: string): Promise<void> {
  await client.query('delete from user_totp where user_id = $1', [userId]);
}
