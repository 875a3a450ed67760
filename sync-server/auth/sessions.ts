// Server-side sessions: a random secret in an httpOnly cookie (browsers) or a
// Bearer API key (integrations); the database holds only its hash, so any
// session can be revoked at once by deleting or marking its row.
import type pg from 'pg';
import type {MemberContext} from '#shared/auth/context.ts';
import {isPermission, type Permission} from '#shared/auth/permissions.ts';
import {effectivePermissions} from '#shared/company/module-access.ts';
import type {Module} from '#shared/company/modules.ts';
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
  /** The first of `roles`. */
  role: string;
  /** Every role the member holds. */
  roles: string[];
  /** The union of the roles' permissions, less those of switched-off modules. */
  permissions: Permission[];
  /** Granted by the roles but withheld by a switched-off module. */
  withheld: Permission[];
  modulesOff: Module[];
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
  const {rows} = await db.query<ResolvedSession & {permissions: unknown; roles: unknown; modules: unknown}>(
    `select s.id as "sessionId", s.kind, s.user_id as "userId", s.member_id as "memberId", s.company_id as "companyId",
            m.role, m.roles,
            -- The union of every role's permissions.
            coalesce((select jsonb_agg(distinct p.value) from role r cross join jsonb_array_elements_text(r.permissions) p
                       where r.company_id = s.company_id and m.roles ? r.key), '[]'::jsonb) as permissions,
            coalesce(cp.modules, '{}'::jsonb) as modules,
            m.name as "userName", u.email,
            u.locale as "userLocale", c.slug as "companySlug", c.name as "companyName", c.status as "companyStatus",
            u.password_temporary as "passwordTemporary"
       from session s
       join member m on m.id = s.member_id and m.active
       join app_user u on u.id = s.user_id
       join company c on c.id = s.company_id
       left join company_profile cp on cp.company_id = s.company_id
      where s.token_hash = $1 and s.revoked_at is null and (s.expires_at is null or s.expires_at > now())`,
    [hashSecret(secret)],
  );
  const row = rows[0];
  if (!row) return null;
  // last_seen_at helps the owner see which devices are signed in; once a minute is enough.
  void db.query(`update session set last_seen_at = now() where id = $1 and last_seen_at < now() - interval '1 minute'`, [row.sessionId]).catch(() => {});
  const granted = Array.isArray(row.permissions) ? row.permissions.filter(isPermission) : [];
  const roles = Array.isArray(row.roles) ? row.roles.filter((r): r is string => typeof r === 'string') : [row.role];
  const {modules, ...rest} = row;
  return {...rest, roles, ...effectivePermissions(granted, modules as Record<string, boolean>)};
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
    roles: s.roles,
    permissions: s.permissions,
    withheld: s.withheld,
    modulesOff: s.modulesOff,
    via,
  };
}
