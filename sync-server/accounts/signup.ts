// Registering a company: the company, its system roles, its owner, and a
// session, all in one transaction (nothing half-created on failure). An
// approved connection request (platform/connect) makes the same company with
// no member yet: createCompanyRows, then applyBusinessPreset.
import type pg from 'pg';
import type {MemberContext} from '#shared/auth/context.ts';
import {FOUNDER_ROLE, SYSTEM_ROLE_PERMISSIONS, SYSTEM_ROLES} from '#shared/auth/permissions.ts';
import {BUSINESS_PRESETS, type BusinessKind} from '#shared/company/business-kinds.ts';
import type {Locale} from '#shared/i18n/locales.ts';
import {mutators} from '#shared/mutators/index.ts';
import type {Executor} from '../zero/execute.ts';
import {RESERVED_SLUGS, slugify} from '#shared/slug.ts';
import {createSession} from '../auth/sessions.ts';
import {hashPassword} from '../auth/password.ts';
import {newId} from '../auth/tokens.ts';
import {auditedTransaction} from '../db/audit-tx.ts';
import {platformSetting} from '../platform/content/settings.ts';
import {emailTaken, isEmailUniqueViolation} from './errors.ts';

export type SignupInput = {companyName: string; name: string; email: string; password: string; locale?: Locale};

export async function uniqueSlug(client: pg.PoolClient, name: string): Promise<string> {
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

/** The company and its system roles (its profile and platform account are made by triggers); no member. */
export async function createCompanyRows(
  client: pg.PoolClient,
  input: {name: string; locale: Locale; slug?: string | undefined},
): Promise<{id: string; slug: string; name: string}> {
  const id = newId();
  const slug = input.slug ?? (await uniqueSlug(client, input.name));
  await client.query(`insert into company (id, slug, name, locale) values ($1, $2, $3, $4)`, [id, slug, input.name, input.locale]);
  await roleRowsFor(client, id);
  return {id, slug, name: input.name};
}

/**
 * The company's plan from its start, with the plan's trial; its modules (for the preset). A plan that is
 * gone or archived leaves the company on the one its account was made with ("free").
 */
export async function startOnPlan(client: pg.PoolClient, companyId: string, planKey: string): Promise<readonly string[] | null> {
  const {rows} = await client.query<{modules: string[]}>(
    `update company_account a set plan_key = p.key, updated_at = now(),
            trial_until = case when p.trial_days > 0 then now() + make_interval(days => p.trial_days) end
       from plan p where a.company_id = $1 and p.key = $2 and not p.archived returning p.modules`,
    [companyId, planKey],
  );
  return rows[0]?.modules ?? null;
}

/**
 * Every company starts with the small-business request type (S0), ready to be edited, and set up for its kind of
 * business (modules, the catalog's look, more request types). `ctx` acts with the founder's powers: the owner
 * who signed up, or (an approved connection request, no member yet) the founder's role itself.
 */
export async function applyBusinessPreset(
  executor: Executor,
  ctx: MemberContext,
  kind: BusinessKind,
  now: number,
  /** The modules the company's plan includes: the preset switches no other on. */
  allowed?: readonly string[],
): Promise<void> {
  const preset = BUSINESS_PRESETS[kind];
  const modules = Object.fromEntries(Object.entries(preset.modules).filter(([m, on]) => !on || !allowed || allowed.includes(m)));
  for (const template of preset.templates) await executor.run(mutators.requestConfig.installTemplate({template, idSeed: ctx.companyID, at: now}), ctx);
  await executor.run(mutators.company.setModules({modules}), ctx);
  await executor.run(mutators.company.setVisibility({catalogMode: preset.catalogMode}), ctx);
}

/** The founder's powers in a company that has no member yet (the preset of an approved connection request). */
export const founderContext = (companyId: string): MemberContext => ({
  kind: 'member',
  userID: '',
  memberID: '',
  companyID: companyId,
  role: FOUNDER_ROLE,
  roles: [FOUNDER_ROLE],
  permissions: SYSTEM_ROLE_PERMISSIONS[FOUNDER_ROLE],
  via: 'rest',
});

export async function signup(pool: pg.Pool, input: SignupInput, userAgent: string | undefined) {
  const passwordHash = await hashPassword(input.password);
  const memberId = newId();
  try {
    return await auditedTransaction(pool, {actorId: memberId, via: 'rest', action: 'auth.signup'}, async (client) => {
      const taken = await client.query('select 1 from app_user where lower(email) = lower($1)', [input.email]);
      if (taken.rowCount) throw emailTaken();
      const userId = newId();
      const locale = input.locale ?? 'ru';
      const {id: companyId, slug} = await createCompanyRows(client, {name: input.companyName, locale});
      await startOnPlan(client, companyId, await platformSetting(client, 'defaultPlan'));
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
