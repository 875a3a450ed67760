// People across companies, for the console: found by email or name, with
// their memberships and how many sessions they have open; and the two things
// an administrator may do to an account — end its sessions (a stolen phone) and
// reset its sign-in (end them and email a password-reset link, the same
// one-time link "forgot password" sends: accounts/passwords.ts).
import type pg from 'pg';
import {z} from 'zod';
import type {PlatformContext} from '#shared/platform/context.ts';
import {sendPasswordReset} from '../../accounts/passwords.ts';
import type {EmailSender} from '../../notify/email.ts';
import {HttpError} from '../../rest/errors.ts';
import {platformAudit} from '../audit.ts';
import {platformTransaction} from '../tx.ts';

export const userRow = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  createdAt: z.number(),
  sessions: z.number(),
  memberships: z.array(z.object({companyId: z.string(), companyName: z.string(), companySlug: z.string(), role: z.string(), active: z.boolean()})),
});
export type UserRow = z.infer<typeof userRow>;

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

export async function findUsers(db: pg.Pool, q: string, limit = 50): Promise<UserRow[]> {
  const like = `%${escapeLike(q.trim())}%`;
  const {rows} = await db.query<{id: string; email: string; name: string; created_at: Date; sessions: number; memberships: UserRow['memberships']}>(
    `select u.id, u.email, u.name, u.created_at,
            (select count(*) from session s where s.user_id = u.id and s.revoked_at is null
               and (s.expires_at is null or s.expires_at > now()))::int as sessions,
            coalesce((select jsonb_agg(jsonb_build_object('companyId', c.id, 'companyName', c.name, 'companySlug', c.slug,
                                                          'role', m.role, 'active', m.active) order by m.created_at)
                        from member m join company c on c.id = m.company_id where m.user_id = u.id), '[]'::jsonb) as memberships
       from app_user u
      where u.email ilike $1 or u.name ilike $1
         or exists (select 1 from member m where m.user_id = u.id and m.name ilike $1)
      order by lower(u.email)
      limit $2`,
    [like, limit],
  );
  return rows.map((r) => ({id: r.id, email: r.email, name: r.name, createdAt: r.created_at.getTime(), sessions: r.sessions, memberships: r.memberships}));
}

/** The companies an account belongs to: the audit record names the first (or none). */
async function userOf(db: pg.PoolClient, userId: string): Promise<{email: string; companyId: string | null}> {
  const {rows} = await db.query<{email: string; company_id: string | null}>(
    `select u.email, (select m.company_id from member m where m.user_id = u.id order by m.created_at limit 1) as company_id
       from app_user u where u.id = $1 for update of u`,
    [userId],
  );
  if (!rows[0]) throw new HttpError(404, 'not_found', 'platformAdmin.userNotFound');
  return {email: rows[0].email, companyId: rows[0].company_id};
}

/**
 * Ends every session of the account: browsers and API keys, in every company
 * (revoking one notifies live sync, so its open apps stop at once).
 */
export async function endUserSessions(pool: pg.Pool, ctx: PlatformContext, userId: string, reason: string, action = 'user.end-sessions'): Promise<number> {
  return platformTransaction(pool, async (client) => {
    const user = await userOf(client, userId);
    const {rowCount} = await client.query('update session set revoked_at = now() where user_id = $1 and revoked_at is null', [userId]);
    await platformAudit(client, ctx, {action, companyId: user.companyId, target: userId, reason, detail: {email: user.email, ended: rowCount ?? 0}});
    return rowCount ?? 0;
  });
}

/** Ends the account's sessions, then emails it a password-reset link. `sent` is false when email is off or failed. */
export async function resetUserSignIn(
  pool: pg.Pool,
  ctx: PlatformContext,
  userId: string,
  reason: string,
  deps: {email: EmailSender | null; link: (token: string) => string},
): Promise<{sent: boolean}> {
  await endUserSessions(pool, ctx, userId, reason, 'user.reset-sign-in');
  const {rows} = await pool.query<{email: string}>('select email from app_user where id = $1', [userId]);
  const outcome = rows[0] ? await sendPasswordReset(pool, {email: rows[0].email}, deps) : 'no-account';
  return {sent: outcome === 'sent'};
}
