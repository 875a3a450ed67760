// Adding a colleague to a company: by an accepted invite or with a temporary
// password set by an owner/admin. A person already registered (same email)
// joins with their own password; a new one gets an account.
import type pg from 'pg';
import {domainError} from '../../shared/errors.ts';
import {hashPassword, verifyPassword} from '../auth/password.ts';
import {newId} from '../auth/tokens.ts';
import {emailTaken} from './errors.ts';

export async function assertRoleExists(client: pg.PoolClient | pg.Pool, companyId: string, role: string): Promise<void> {
  const {rowCount} = await client.query('select 1 from role where company_id = $1 and key = $2', [companyId, role]);
  if (!rowCount) throw domainError('validation', {fields: [{field: 'role', code: 'v.invalid'}]});
}

export async function addMember(
  client: pg.PoolClient,
  input: {companyId: string; name: string; email: string; password: string; role: string; memberId?: string},
): Promise<{userId: string; memberId: string}> {
  await assertRoleExists(client, input.companyId, input.role);
  const {rows} = await client.query<{id: string; password_hash: string}>(
    'select id, password_hash from app_user where lower(email) = lower($1) for update',
    [input.email],
  );
  let userId = rows[0]?.id;
  if (rows[0]) {
    // An existing account joins only with its own password.
    if (!(await verifyPassword(input.password, rows[0].password_hash))) throw emailTaken();
    const {rowCount} = await client.query('select 1 from member where company_id = $1 and user_id = $2', [input.companyId, rows[0].id]);
    if (rowCount) throw emailTaken();
  } else {
    userId = newId();
    await client.query('insert into app_user (id, email, name, password_hash) values ($1, $2, $3, $4)', [
      userId,
      input.email,
      input.name,
      await hashPassword(input.password),
    ]);
  }
  const memberId = input.memberId ?? newId();
  await client.query('insert into member (id, company_id, user_id, name, email, role) values ($1, $2, $3, $4, $5, $6)', [
    memberId,
    input.companyId,
    userId,
    input.name,
    input.email,
    input.role,
  ]);
  return {userId: userId!, memberId};
}
