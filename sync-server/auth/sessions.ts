// Server-side sessions: a random secret in an httpOnly cookie (browsers) or a
// Bearer API key (integrations); the database holds only its hash, so any
// session can be revoked at once by deleting or marking its row.
import type pg from 'pg';
import type {MemberContext} from '../../shared/auth/context.ts';
import {isPermission, type Permission} from '../../shared/auth/permissions.ts';
import {hashSecret, newId, newSecret} from './tokens.ts';

export const SESSION_COOKIE = 'dot_session';
export const SESSION_TTL_DAYS = 60;
export const API_KEY_PREFIX = 'dot_';

export type SessionKind = 'browser' | 'api';

export type ResolvedSession = {
  sessionId: string;
  kind: SessionKind;
  userId: string;
  memberId: string;
  companyId: string;
  role: string;
  permissions: Permission[];
  userName: string;
  email: string;
  userLocale: string;
  companySlug: string;
  companyName: string;
  companyStatus: string;
  /** Signed in with a password an owner set: the app asks for their own. */
  passwordTemporary: boolean;
};

export async function createSession(
  db: pg.Pool | pg.PoolClient,
  s: {userId: string; companyId: string; memberId: string; kind?: SessionKind; label?: string; userAgent?: string; ttlDays?: number | null},
): Promise<{id: string; secret: string}> {
  const kind = s.kind ?? 'browser';
  const secret = newSecret(kind === 'api' ? API_KEY_PREFIX : '');
  const id = newId();
  const ttl = s.ttlDays === undefined ? SESSION_TTL_DAYS : s.ttlDays;
  await db.query(
    `insert into session (id, token_hash, kind, label, user_id, company_id, member_id, user_agent, expires_at)
     values ($1, $2, $3, $4, $5, $6, $7, $8, case when $9::int is null then null else now() + make_interval(days => $9::int) end)`,
    [id, hashSecret(secret), kind, s.label ?? null, s.userId, s.companyId, s.memberId, s.userAgent?.slice(0, 300) ?? null, ttl],
  );
  return {id, secret};
}

export async function resolveSession(db: pg.Pool, secret: string | undefined): Promise<ResolvedSession | null> {
  if (!secret || secret.length > 200) return null;
  const {rows} = await db.query<ResolvedSession & {permissions: unknown}>(
    `select s.id as "sessionId", s.kind, s.user_id as "userId", s.member_id as "memberId", s.company_id as "companyId",
            m.role, coalesce(r.permissions, '[]'::jsonb) as permissions, m.name as "userName", u.email,
            u.locale as "userLocale", c.slug as "companySlug", c.name as "companyName", c.status as "companyStatus",
            u.password_temporary as "passwordTemporary"
       from session s
       join member m on m.id = s.member_id and m.active
       join app_user u on u.id = s.user_id
       join company c on c.id = s.company_id
       left join role r on r.company_id = s.company_id and r.key = m.role
      where s.token_hash = $1 and s.revoked_at is null and (s.expires_at is null or s.expires_at > now())`,
    [hashSecret(secret)],
  );
  const row = rows[0];
  if (!row) return null;
  // last_seen_at helps the owner see which devices are signed in; once a minute is enough.
  void db
    .query(`update session set last_seen_at = now() where id = $1 and last_seen_at < now() - interval '1 minute'`, [row.sessionId])
    .catch(() => {});
  const permissions = Array.isArray(row.permissions) ? row.permissions.filter(isPermission) : [];
  return {...row, permissions};
}

export async function revokeSession(db: pg.Pool, sessionId: string): Promise<void> {
  await db.query('update session set revoked_at = now() where id = $1 and revoked_at is null', [sessionId]);
}

export function memberContext(s: ResolvedSession, via: MemberContext['via']): MemberContext {
  return {
    kind: 'member',
    userID: s.userId,
    memberID: s.memberId,
    companyID: s.companyId,
    role: s.role,
    permissions: s.permissions,
    via,
  };
}
