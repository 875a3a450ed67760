// Deciding a connection request (issue 18). Approving makes the company the
// way sign-up does (accounts/signup.ts: company, roles; profile and platform
// account by trigger) but with no member: the person who asked gets an
// invitation to the founder's role, bound to their email, and becomes the
// owner by accepting it. Declining records why and tells them. A request is
// decided once: a second decision is a 409 that says what happened first.
import type pg from 'pg';
import {FOUNDER_ROLE, SYSTEM_ROLE_PERMISSIONS} from '#shared/auth/permissions.ts';
import {BUSINESS_KINDS, type BusinessKind} from '#shared/company/business-kinds.ts';
import {domainError} from '#shared/errors.ts';
import {isLocale, type Locale} from '#shared/i18n/locales.ts';
import {createTranslator} from '#shared/i18n/translate.ts';
import type {PlatformContext} from '#shared/platform/context.ts';
import {RESERVED_SLUGS} from '#shared/slug.ts';
import {createInvite, INVITE_DAYS} from '../../accounts/invites.ts';
import {applyBusinessPreset, createCompanyRows, founderContext, startOnPlan} from '../../accounts/signup.ts';
import {auditedTransaction} from '../../db/audit-tx.ts';
import {log} from '../../log.ts';
import {HttpError} from '../../rest/errors.ts';
import type {Config} from '../../config.ts';
import type {Executor} from '../../zero/execute.ts';
import {platformAudit} from '../audit.ts';
import {sendPlatformMail} from '../content/mail.ts';
import {platformSetting} from '../content/settings.ts';

type Deps = {pool: pg.Pool; config: Config; executor: Executor; now: () => number};

type RequestRow = {id: string; business_name: string; person_name: string; email: string; business_kind: string | null; locale: string; status: string};

/** Locks the request; refuses one already decided. */
async function openRequest(client: pg.PoolClient, id: string): Promise<RequestRow> {
  const {rows} = await client.query<RequestRow>(
    'select id, business_name, person_name, email, business_kind, locale, status from connection_request where id = $1 for update',
    [id],
  );
  const row = rows[0];
  if (!row) throw domainError('not_found');
  if (row.status === 'approved') throw new HttpError(409, 'already_decided', 'connect.alreadyApproved');
  if (row.status === 'declined') throw new HttpError(409, 'already_decided', 'connect.alreadyDeclined');
  return row;
}

const invalid = (field: string, code: 'v.invalid' | 'v.slugTaken') => domainError('validation', {fields: [{field, code}]});

async function checkedSlug(client: pg.PoolClient, slug: string | undefined): Promise<string | undefined> {
  if (slug === undefined) return undefined;
  // The same lock sign-up takes while it chooses a slug (accounts/signup.ts uniqueSlug).
  await client.query(`select pg_advisory_xact_lock(hashtext('dot.company.slug'))`);
  const {rowCount} = await client.query('select 1 from company where slug = $1 union all select 1 from company_slug where id = $1', [slug]);
  if (rowCount || RESERVED_SLUGS.has(slug)) throw invalid('slug', 'v.slugTaken');
  return slug;
}

export type ApproveInput = {planKey?: string | undefined; companyName?: string | undefined; slug?: string | undefined};

export async function approveRequest(
  deps: Deps,
  ctx: PlatformContext,
  id: string,
  input: ApproveInput,
  inviteLink: (token: string) => string,
): Promise<{companyId: string; inviteSent: boolean; inviteUrl: string | null}> {
  const made = await auditedTransaction(deps.pool, {actorId: null, via: 'platform', action: 'connect.approve'}, async (client) => {
    const request = await openRequest(client, id);
    const planKey = input.planKey ?? (await platformSetting(client, 'defaultPlan'));
    const locale: Locale = isLocale(request.locale) ? request.locale : 'ru';
    const slug = await checkedSlug(client, input.slug);
    const company = await createCompanyRows(client, {name: input.companyName ?? request.business_name, locale, slug});
    const modules = await startOnPlan(client, company.id, planKey);
    if (!modules) throw invalid('planKey', 'v.invalid');
    const invite = await createInvite(client, {
      companyId: company.id,
      createdBy: null,
      creatorPermissions: SYSTEM_ROLE_PERMISSIONS[FOUNDER_ROLE],
      role: FOUNDER_ROLE,
      email: request.email,
    });
    await client.query(`update connection_request set status = 'approved', company_id = $2, decided_by = $3, decided_at = now() where id = $1`, [
      id,
      company.id,
      ctx.adminID,
    ]);
    await platformAudit(client, ctx, {action: 'connect.approve', companyId: company.id, target: id, detail: {planKey, slug: company.slug}});
    return {request, company, locale, token: invite.token, modules};
  });
  // Set up for its kind of business, as sign-up does (after its transaction, as there): a module the plan does not
  // include is left off. A failure here leaves a working company with the defaults, so it is logged, not refused.
  const kind: BusinessKind = (BUSINESS_KINDS as readonly string[]).includes(made.request.business_kind ?? '')
    ? (made.request.business_kind as BusinessKind)
    : 'other';
  try {
    await applyBusinessPreset(deps.executor, founderContext(made.company.id), kind, deps.now(), made.modules);
  } catch (e) {
    log.warn('platform', `connection request ${id}: the business preset was not applied: ${(e as Error).message}`);
  }
  const link = inviteLink(made.token);
  const t = createTranslator(made.locale);
  const sent = await sendPlatformMail(deps, {
    to: made.request.email,
    subject: t('connect.invite.subject', {company: made.company.name}),
    text: t('connect.invite.body', {name: made.request.person_name, company: made.company.name, days: INVITE_DAYS, link}),
  });
  if (!sent.ok) log.warn('platform', `connection request ${id}: the invitation was not emailed (${sent.error}); the console shows its link`);
  return {companyId: made.company.id, inviteSent: sent.ok, inviteUrl: sent.ok ? null : link};
}

export async function declineRequest(deps: Deps, ctx: PlatformContext, id: string, reason: string): Promise<{emailed: boolean}> {
  const request = await auditedTransaction(deps.pool, {actorId: null, via: 'platform', action: 'connect.decline'}, async (client) => {
    const row = await openRequest(client, id);
    await client.query(`update connection_request set status = 'declined', reason = $2, decided_by = $3, decided_at = now() where id = $1`, [
      id,
      reason,
      ctx.adminID,
    ]);
    await platformAudit(client, ctx, {action: 'connect.decline', target: id, reason});
    return row;
  });
  const t = createTranslator(isLocale(request.locale) ? request.locale : 'ru');
  const sent = await sendPlatformMail(deps, {
    to: request.email,
    subject: t('connect.decline.subject'),
    text: t('connect.decline.body', {name: request.person_name, company: request.business_name, reason}),
  });
  if (!sent.ok) log.warn('platform', `connection request ${id}: the decline was not emailed (${sent.error})`);
  return {emailed: sent.ok};
}
