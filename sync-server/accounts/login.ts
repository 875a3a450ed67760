import type pg from 'pg';
import {DUMMY_HASH, verifyPassword} from '../auth/password.ts';
import {createSession} from '../auth/sessions.ts';
import {auditedTransaction} from '../db/audit-tx.ts';
import {companyStopped, stoppedMembership} from '../platform/status/refusal.ts';
import {HttpError} from '../rest/errors.ts';
import {checkCode, totpEnabled} from './totp.ts';

type Membership = {memberId: string; companyId: string; slug: string};

/**
 * A session for this account in one of its companies (the one named by slug,
 * else the most recently joined); null when it has no active membership.
 */
export async function openSession(
  db: pg.Pool | pg.PoolClient,
  userId: string,
  companySlug: string | undefined,
  userAgent: string | undefined,
): Promise<{secret: string} | null> {
  const {rows: memberships} = await db.query<Membership>(
    `select m.id as "memberId", m.company_id as "companyId", c.slug
       from member m join company c on c.id = m.company_id
      where m.user_id = $1 and m.active and c.status = 'active'
      order by m.created_at desc`,
    [userId],
  );
  const membership = memberships.find((m) => m.slug === companySlug) ?? memberships[0];
  if (!membership) return null;
  const session = await createSession(db, {
    userId,
    companyId: membership.companyId,
    memberId: membership.memberId,
    userAgent,
  });
  return {secret: session.secret};
}

/**
 * Checks the password and opens a session in one of the user's companies.
 * Null for any failure, so the caller cannot tell a wrong password from an
 * unknown email. With the right password, a member whose company the platform
 * stopped is told why (throws CompanyStopped: 403 with the reason).
 */
export async function login(
  pool: pg.Pool,
  input: {email: string; password: string; companySlug?: string; code?: string},
  userAgent: string | undefined,
  second?: {nowMs: number; attempt: (userId: string) => void},
): Promise<{secret: string} | null> {
  const {rows} = await pool.query<{id: string; password_hash: string}>('select id, password_hash from app_user where lower(email) = lower($1)', [input.email]);
  const user = rows[0];
  const ok = await verifyPassword(input.password, user?.password_hash ?? DUMMY_HASH);
  if (!user || !ok) return null;
  const stopped = await stoppedMembership(pool, user.id, input.companySlug);
  if (stopped) throw await companyStopped(pool, stopped);
  // The second factor, when the person turned it on: the code is checked (and used up) in the same transaction
  // that opens the session, so a code cannot open two.
  if (await totpEnabled(pool, user.id)) {
    if (!input.code) throw new HttpError(401, 'totp_required', 'auth.totp.required');
    second?.attempt(user.id);
    return auditedTransaction(pool, {actorId: null, via: 'rest', action: 'auth.loginSecondFactor'}, async (client) => {
      if (!(await checkCode(client, pool, user.id, input.code!, second?.nowMs ?? Date.now()))) throw new HttpError(401, 'totp_wrong', 'auth.totp.wrong');
      return openSession(client, user.id, input.companySlug, userAgent);
    });
  }
  return openSession(pool, user.id, input.companySlug, userAgent);
}
