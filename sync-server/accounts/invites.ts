// Invitation links: a random token (only its hash stored), a role, 7 days.
// A new person accepts by making an account; a person who has one accepts
// while signed in (joinByInvite). An invitation made for an email address can
// be used only by that address.
import type pg from 'pg';
import {domainError} from '#shared/errors.ts';
import {assertWithinPlan, pgQuery} from '#shared/platform/limits.ts';
import {hashSecret, newId, newSecret} from '../auth/tokens.ts';
import {createSession} from '../auth/sessions.ts';
import {auditedTransaction} from '../db/audit-tx.ts';
import {accountByEmail, addNewMember, assertMayGrant, assertRoleExists, joinCompany} from './members.ts';

export const INVITE_DAYS = 7;

/** `createdBy` is null for the platform's own invitation (an approved connection request: no member yet). */
export async function createInvite(
  pool: pg.Pool | pg.PoolClient,
  input: {companyId: string; createdBy: string | null; creatorPermissions: readonly string[]; role: string; email: string},
): Promise<{token: string; expiresAt: number}> {
  await assertRoleExists(pool, input.companyId, input.role);
  // Only someone with owner-level power brings in another owner-level person.
  await assertMayGrant(pool, input.companyId, input.role, input.creatorPermissions);
  // No seat left on the plan: said now, not when the colleague opens the link (accepting checks again).
  await assertWithinPlan(pgQuery(pool), input.companyId, 'members');
  const token = newSecret();
  const {rows} = await pool.query<{expires_at: Date}>(
    `insert into invite (id, company_id, token_hash, email, role, created_by, expires_at)
     values ($1, $2, $3, $4, $5, $6, now() + make_interval(days => $7)) returning expires_at`,
    [newId(), input.companyId, hashSecret(token), input.email || null, input.role, input.createdBy, INVITE_DAYS],
  );
  return {token, expiresAt: rows[0]!.expires_at.getTime()};
}

type OpenInvite = {id: string; companyId: string; companyName: string; role: string; email: string | null};

export async function findOpenInvite(db: pg.Pool | pg.PoolClient, token: string, lock = false): Promise<OpenInvite | null> {
  const {rows} = await db.query<OpenInvite>(
    `select i.id, i.company_id as "companyId", c.name as "companyName", i.role, i.email
       from invite i join company c on c.id = i.company_id
      where i.token_hash = $1 and i.accepted_at is null and i.revoked_at is null and i.expires_at > now()
        and c.status = 'active' ${lock ? 'for update of i' : ''}`,
    [hashSecret(token)],
  );
  return rows[0] ?? null;
}

/** The invitation names an address, and this is not it. */
const otherAddress = (email: string) => domainError('validation', {fields: [{field: 'email', code: 'auth.invite.otherEmail', params: {email}}]});
const sameAddress = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/** Uses an open invitation once: the membership `join` makes, marked accepted, and a session in the inviting company. */
async function redeem(
  pool: pg.Pool,
  token: string,
  how: {action: string; email: string; userAgent: string | undefined},
  join: (client: pg.PoolClient, invite: OpenInvite, memberId: string) => Promise<string>,
): Promise<{secret: string}> {
  const memberId = newId();
  return auditedTransaction(pool, {actorId: memberId, via: 'rest', action: how.action}, async (client) => {
    const invite = await findOpenInvite(client, token, true);
    if (!invite) throw domainError('not_found', {messageKey: 'auth.invite.invalid'});
    if (invite.email && !sameAddress(invite.email, how.email)) throw otherAddress(invite.email);
    const userId = await join(client, invite, memberId);
    await client.query('update invite set accepted_at = now(), accepted_by = $2 where id = $1', [invite.id, memberId]);
    const session = await createSession(client, {userId, companyId: invite.companyId, memberId, userAgent: how.userAgent});
    return {secret: session.secret};
  });
}

/** A new person accepts: their account and membership, and a session in the inviting company. */
export function acceptInvite(
  pool: pg.Pool,
  token: string,
  input: {name: string; email: string; password: string},
  userAgent: string | undefined,
): Promise<{secret: string}> {
  return redeem(pool, token, {action: 'invite.accept', email: input.email, userAgent}, async (client, invite, memberId) => {
    // Someone with an account signs in and joins: their password is never asked for here.
    if (await accountByEmail(client, input.email)) throw domainError('validation', {fields: [{field: 'email', code: 'auth.invite.signInFirst'}]});
    return (await addNewMember(client, {...input, companyId: invite.companyId, role: invite.role, memberId})).userId;
  });
}

/** The signed-in person accepts: a membership for their own account, and a session in the inviting company. */
export function joinByInvite(
  pool: pg.Pool,
  token: string,
  user: {userId: string; name: string; email: string},
  userAgent: string | undefined,
): Promise<{secret: string}> {
  return redeem(pool, token, {action: 'invite.join', email: user.email, userAgent}, async (client, invite, memberId) => {
    await joinCompany(client, {companyId: invite.companyId, userId: user.userId, name: user.name, email: user.email, role: invite.role, memberId});
    return user.userId;
  });
}
