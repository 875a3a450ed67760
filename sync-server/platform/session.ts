// Console sessions: a random secret in its own httpOnly cookie (never the
// company's `dot_session`, never a Bearer key), its hash in platform_session.
// Short-lived: a platform administrator holds every company's switches.
import {parse as parseCookie} from 'cookie';
import type {Request} from 'express';
import type pg from 'pg';
import type {PlatformContext} from '#shared/platform/context.ts';
import {hashSecret, newId, newSecret} from '../auth/tokens.ts';

export const CONSOLE_COOKIE = 'dot_console';
export const CONSOLE_SESSION_HOURS = 12;

export async function createPlatformSession(
  db: pg.Pool | pg.PoolClient,
  adminId: string,
  userAgent: string | undefined,
): Promise<{id: string; secret: string}> {
  const secret = newSecret();
  const id = newId();
  await db.query(
    `insert into platform_session (id, token_hash, admin_id, user_agent, expires_at)
     values ($1, $2, $3, $4, now() + make_interval(hours => $5))`,
    [id, hashSecret(secret), adminId, userAgent?.slice(0, 300) ?? null, CONSOLE_SESSION_HOURS],
  );
  return {id, secret};
}

/** The platform administrator behind the request's console cookie, or null. Bearer keys are never looked at. */
export async function platformContextFromRequest(pool: pg.Pool, req: Request): Promise<PlatformContext | null> {
  const secret = parseCookie(req.get('cookie') ?? '')[CONSOLE_COOKIE];
  if (!secret || secret.length > 200) return null;
  const {rows} = await pool.query<{session_id: string; admin_id: string; email: string}>(
    `select s.id as session_id, a.id as admin_id, a.email
       from platform_session s join platform_admin a on a.id = s.admin_id and a.active
      where s.token_hash = $1 and s.revoked_at is null and s.expires_at > now()`,
    [hashSecret(secret)],
  );
  const row = rows[0];
  if (!row) return null;
  void pool
    .query(`update platform_session set last_seen_at = now() where id = $1 and last_seen_at < now() - interval '1 minute'`, [row.session_id])
    .catch(() => {});
  return {kind: 'platform', adminID: row.admin_id, email: row.email, sessionID: row.session_id};
}
