// Invitation links: a random token (only its hash stored), a role, 7 days.
import type pg from 'pg';
import {domainError} from '../../shared/errors.ts';
import {hashSecret, newId, newSecret} from '../auth/tokens.ts';
import {createSession} from '../auth/sessions.ts';
import {auditedTransaction} from '../db/audit-tx.ts';
import {addMember, assertRoleExists} from './members.ts';

export const INVITE_DAYS = 7;

export async function createInvite(
  pool: pg.Pool,
  input: {companyId: string; createdBy: string; creatorRole: string; role: string; email: string},
): Promise<{token: string; expiresAt: number}> {
  await assertRoleExists(pool, input.companyId, input.role);
  // Only an owner can bring in another owner.
  if (input.role === 'owner' && input.creatorRole !== 'owner') throw domainError('not_found');
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

export async function acceptInvite(
  pool: pg.Pool,
  token: string,
  input: {name: string; email: string; password: string},
  userAgent: string | undefined,
): Promise<{secret: string}> {
  const memberId = newId();
  return auditedTransaction(pool, {actorId: memberId, via: 'rest', action: 'invite.accept'}, async (client) => {
    const invite = await findOpenInvite(client, token, true);
    if (!invite) throw domainError('not_found', {messageKey: 'auth.invite.invalid'});
    const {userId} = await addMember(client, {...input, companyId: invite.companyId, role: invite.role, memberId});
    await client.query('update invite set accepted_at = now(), accepted_by = $2 where id = $1', [invite.id, memberId]);
    const session = await createSession(client, {userId, companyId: invite.companyId, memberId, userAgent});
    return {secret: session.secret};
  });
}
