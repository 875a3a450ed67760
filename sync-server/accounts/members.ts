// Adding a colleague to a company. A new person gets an account (with a
// temporary password an owner or admin hands over, or their own when they
// accept an invitation). A person who already has an account is never attached
// by anything but their own signed-in consent: they get an invitation, which
// they accept while signed in (joinCompany). No path here checks, or even reads,
// an existing account's password — adding a member by email+password used to be
// an oracle for guessing it, and silently moved the victim into the guesser's
// company.
import type pg from 'pg';
import {domainError} from '#shared/errors.ts';
import {assertWithinPlan, pgQuery} from '#shared/platform/limits.ts';
import {hashPassword} from '../auth/password.ts';
import {newId} from '../auth/tokens.ts';
import {emailTaken} from './errors.ts';

export async function assertRoleExists(client: pg.PoolClient | pg.Pool, companyId: string, role: string): Promise<void> {
  const {rowCount} = await client.query('select 1 from role where company_id = $1 and key = $2', [companyId, role]);
  if (!rowCount) throw domainError('validation', {fields: [{field: 'role', code: 'v.invalid'}]});
}

/** The role a newcomer gets when nobody picked one: the least-privileged system role (as team/rules.ts `defaultRole`). */
export async function defaultRoleKey(client: pg.PoolClient | pg.Pool, companyId: string): Promise<string> {
  const {rows} = await client.query<{key: string}>(
    'select key from role where company_id = $1 and is_system order by jsonb_array_length(permissions), created_at limit 1',
    [companyId],
  );
  if (!rows[0]) throw domainError('validation', {fields: [{field: 'role', code: 'v.required'}]});
  return rows[0].key;
}

/** Whether the company's role carries owner-level power (`team.owners`). */
export async function roleIsOwnerLevel(client: pg.PoolClient | pg.Pool, companyId: string, role: string): Promise<boolean> {
  const {rowCount} = await client.query(`select 1 from role where company_id = $1 and key = $2 and permissions ? 'team.owners'`, [companyId, role]);
  return !!rowCount;
}

/** Only someone holding `team.owners` gives an owner-level role. */
export async function assertMayGrant(client: pg.PoolClient | pg.Pool, companyId: string, role: string, granter: readonly string[]): Promise<void> {
  if (!granter.includes('team.owners') && (await roleIsOwnerLevel(client, companyId, role))) {
    throw domainError('not_found', {messageKey: 'team.ownerOnly'});
  }
}

/** The account registered under this email (any case), if any. */
export async function accountByEmail(client: pg.PoolClient | pg.Pool, email: string, lock = false): Promise<{id: string; email: string} | null> {
  const {rows} = await client.query<{id: string; email: string}>(`select id, email from app_user where lower(email) = lower($1) ${lock ? 'for update' : ''}`, [
    email,
  ]);
  return rows[0] ?? null;
}

/** The person is in this company already (active or switched off). */
export const alreadyMember = () => domainError('validation', {fields: [{field: 'email', code: 'team.alreadyMember'}]});

async function insertMember(
  client: pg.PoolClient,
  m: {memberId: string; companyId: string; userId: string; name: string; email: string; role: string},
): Promise<void> {
  const {rowCount} = await client.query('select 1 from member where company_id = $1 and user_id = $2', [m.companyId, m.userId]);
  if (rowCount) throw alreadyMember();
  // Every way in (added, invitation accepted, joined) takes a seat of the plan (issue 18).
  await assertWithinPlan(pgQuery(client), m.companyId, 'members');
  await client.query('insert into member (id, company_id, user_id, name, email, role) values ($1, $2, $3, $4, $5, $6)', [
    m.memberId,
    m.companyId,
    m.userId,
    m.name,
    m.email,
    m.role,
  ]);
}

/** A new account and its membership. Refuses (emailTaken) if the email has an account: that person must be invited. */
export async function addNewMember(
  client: pg.PoolClient,
  input: {companyId: string; name: string; email: string; password: string; role: string; memberId?: string},
): Promise<{userId: string; memberId: string}> {
  await assertRoleExists(client, input.companyId, input.role);
  if (await accountByEmail(client, input.email, true)) throw emailTaken();
  const userId = newId();
  await client.query('insert into app_user (id, email, name, password_hash) values ($1, $2, $3, $4)', [
    userId,
    input.email,
    input.name,
    await hashPassword(input.password),
  ]);
  const memberId = input.memberId ?? newId();
  await insertMember(client, {memberId, companyId: input.companyId, userId, name: input.name, email: input.email, role: input.role});
  return {userId, memberId};
}

/** The signed-in person joins a company (by an invitation they opened while signed in). */
export async function joinCompany(
  client: pg.PoolClient,
  input: {companyId: string; userId: string; name: string; email: string; role: string; memberId: string},
): Promise<void> {
  await assertRoleExists(client, input.companyId, input.role);
  await insertMember(client, input);
}
