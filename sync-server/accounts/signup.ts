// Registering a company: the company, its system roles, its owner, and a
// session, all in one transaction (nothing half-created on failure).
import type pg from 'pg';
import {FOUNDER_ROLE, SYSTEM_ROLE_PERMISSIONS, SYSTEM_ROLES} from '#shared/auth/permissions.ts';
import type {Locale} from '#shared/i18n/locales.ts';
import {RESERVED_SLUGS, slugify} from '#shared/slug.ts';
import {createSession} from '../auth/sessions.ts';
import {hashPassword} from '../auth/password.ts';
import {newId} from '../auth/tokens.ts';
import {auditedTransaction} from '../db/audit-tx.ts';
import {emailTaken, isEmailUniqueViolation} from './errors.ts';

export type SignupInput = {companyName: string; name: string; email: string; password: string; locale?: Locale};

async function uniqueSlug(client: pg.PoolClient, name: string): Promise<string> {
  // Two companies of one name signing up at once would both find the same slug free; the
  // second insert would then fail. Sign-ups choose their slugs one at a time (until commit).
  await client.query(`select pg_advisory_xact_lock(hashtext('dot.company.slug'))`);
  const base = slugify(name);
  for (let n = 1; n < 1000; n++) {
    const candidate = n === 1 ? base : `${base}-${n}`;
    if (RESERVED_SLUGS.has(candidate)) continue;
    // A slug a company ever had stays its own (old links redirect), so it is taken too.
    const {rowCount} = await client.query('select 1 from company where slug = $1 union all select 1 from company_slug where id = $1', [candidate]);
    if (!rowCount) return candidate;
  }
  return `${base}-${newId().slice(-6)}`;
}

export async function roleRowsFor(client: pg.PoolClient, companyId: string): Promise<void> {
  for (const key of SYSTEM_ROLES) {
    await client.query(`insert into role (id, company_id, key, name, permissions, is_system) values ($1, $2, $3, $4, $5, true)`, [
      newId(),
      companyId,
      key,
      key,
      JSON.stringify(SYSTEM_ROLE_PERMISSIONS[key]),
    ]);
  }
}

export async function signup(pool: pg.Pool, input: SignupInput, userAgent: string | undefined) {
  const passwordHash = await hashPassword(input.password);
  const memberId = newId();
  try {
    return await auditedTransaction(pool, {actorId: memberId, via: 'rest', action: 'auth.signup'}, async (client) => {
      const taken = await client.query('select 1 from app_user where lower(email) = lower($1)', [input.email]);
      if (taken.rowCount) throw emailTaken();
      const companyId = newId();
      const userId = newId();
      const slug = await uniqueSlug(client, input.companyName);
      const locale = input.locale ?? 'ru';
      await client.query(`insert into company (id, slug, name, locale) values ($1, $2, $3, $4)`, [companyId, slug, input.companyName, locale]);
      await roleRowsFor(client, companyId);
      await client.query(`insert into app_user (id, email, name, password_hash, locale) values ($1, $2, $3, $4, $5)`, [
        userId,
        input.email,
        input.name,
        passwordHash,
        locale,
      ]);
      // The founder's role: the system role with every owner-level power (permissions.ts).
      await client.query(`insert into member (id, company_id, user_id, name, email, role, roles) values ($1, $2, $3, $4, $5, $6, $7)`, [
        memberId,
        companyId,
        userId,
        input.name,
        input.email,
        FOUNDER_ROLE,
        JSON.stringify([FOUNDER_ROLE]),
      ]);
      const session = await createSession(client, {userId, companyId, memberId, userAgent});
      return {session, company: {id: companyId, slug, name: input.companyName}};
    });
  } catch (e) {
    if (isEmailUniqueViolation(e)) throw emailTaken();
    throw e;
  }
}
