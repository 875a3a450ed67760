// Getting back into an account, and an owner's way to let a colleague back in.
//
// Password reset by email: a one-time link. Its token is 32 random bytes of
// which only the SHA-256 is stored; it works for an hour, once, and asking
// again voids the older links. The request is answered before any of this
// happens (routes/auth.ts), so the answer never depends on whether the email
// has an account. Using the link ends every browser session of the account.
//
// A temporary password set by an owner or admin, for when email is off: only
// for an account used by this company alone (an owner must never take over an
// account someone uses elsewhere), it ends the colleague's sessions, and the
// app asks for their own password at the next sign-in.
import type pg from 'pg';
import type {MemberContext} from '#shared/auth/context.ts';
import {domainError} from '#shared/errors.ts';
import {isLocale, type Locale} from '#shared/i18n/index.ts';
import {createTranslator} from '#shared/i18n/translate.ts';
import {hashPassword, verifyPassword} from '../auth/password.ts';
import {hashSecret, newId, newSecret} from '../auth/tokens.ts';
import {auditedTransaction} from '../db/audit-tx.ts';
import {log} from '../log.ts';
import type {EmailSender} from '../notify/email.ts';
import {openSession} from './login.ts';
import {totpEnabled} from './totp.ts';

export const RESET_TTL_MINUTES = 60;

export const resetLinkInvalid = () => domainError('not_found', {messageKey: 'auth.reset.invalid'});

type Db = pg.Pool | pg.PoolClient;

/** Every browser session of the account (API keys stay: the owner manages those), but `keep`. */
async function endBrowserSessions(db: Db, userId: string, keep?: string): Promise<void> {
  await db.query(`update session set revoked_at = now() where user_id = $1 and kind = 'browser' and revoked_at is null and id <> $2`, [userId, keep ?? '']);
}

async function voidResetLinks(db: Db, userId: string): Promise<void> {
  await db.query('update password_reset set revoked_at = now() where user_id = $1 and used_at is null and revoked_at is null', [userId]);
}

export type ResetOutcome = 'sent' | 'no-account' | 'email-off' | 'failed';

/**
 * Makes a one-time link for the account with this email and mails it. Called
 * after the request has been answered; what it finds is only logged.
 */
export async function sendPasswordReset(
  pool: pg.Pool,
  input: {email: string; locale?: Locale | undefined},
  deps: {email: EmailSender | null; link: (token: string) => string},
): Promise<ResetOutcome> {
  const {rows} = await pool.query<{id: string; email: string; name: string; locale: string}>(
    'select id, email, name, locale from app_user where lower(email) = lower($1)',
    [input.email],
  );
  const user = rows[0];
  if (!user) return 'no-account';
  if (!deps.email) {
    log.info('auth', 'a password reset link was not sent: email is not configured (DOT_SMTP_URL)');
    return 'email-off';
  }
  const token = newSecret();
  await auditedTransaction(pool, {actorId: null, via: 'rest', action: 'auth.passwordReset.request'}, async (client) => {
    await client.query('select 1 from app_user where id = $1 for update', [user.id]);
    await voidResetLinks(client, user.id);
    await client.query(`insert into password_reset (id, user_id, token_hash, expires_at) values ($1, $2, $3, now() + make_interval(mins => $4))`, [
      newId(),
      user.id,
      hashSecret(token),
      RESET_TTL_MINUTES,
    ]);
  });
  const locale: Locale = input.locale ?? (isLocale(user.locale) ? user.locale : 'ru');
  const t = createTranslator(locale);
  const sent = await deps.email({
    to: user.email,
    subject: t('auth.reset.mailSubject'),
    text: t('auth.reset.mailBody', {name: user.name, url: deps.link(token)}),
  });
  if (!sent.ok) {
    log.warn('auth', `a password reset link could not be sent: ${sent.error}`);
    return 'failed';
  }
  return 'sent';
}

/** The account an open link is for, or null (unknown, used, voided or expired). */
export async function openResetLink(db: Db, token: string): Promise<{userId: string; email: string} | null> {
  const {rows} = await db.query<{userId: string; email: string}>(
    `select u.id as "userId", u.email from password_reset r join app_user u on u.id = r.user_id
      where r.token_hash = $1 and r.used_at is null and r.revoked_at is null and r.expires_at > now()`,
    [hashSecret(token)],
  );
  return rows[0] ?? null;
}

/**
 * Uses a link once: the new password, every browser session of the account
 * ended, its other links voided; then a session here if the account still
 * belongs to an active company (else the caller sends the person to sign in).
 */
export async function completePasswordReset(
  pool: pg.Pool,
  input: {token: string; password: string},
  userAgent: string | undefined,
): Promise<{secret: string} | null> {
  if (!(await openResetLink(pool, input.token))) throw resetLinkInvalid();
  const passwordHash = await hashPassword(input.password);
  return auditedTransaction(pool, {actorId: null, via: 'rest', action: 'auth.passwordReset'}, async (client) => {
    const {rows} = await client.query<{user_id: string}>(
      `update password_reset set used_at = now()
        where token_hash = $1 and used_at is null and revoked_at is null and expires_at > now() returning user_id`,
      [hashSecret(input.token)],
    );
    const userId = rows[0]?.user_id;
    if (!userId) throw resetLinkInvalid();
    await client.query('update app_user set password_hash = $2, password_temporary = false where id = $1', [userId, passwordHash]);
    await voidResetLinks(client, userId);
    await endBrowserSessions(client, userId);
    // A reset link proves the mailbox, not the phone: with a second factor on, the person signs in with its code.
    if (await totpEnabled(client, userId)) return null;
    return openSession(client, userId, undefined, userAgent);
  });
}

/** Your own new password, given the current one; your other browser sessions end. False when the current one is wrong. */
export async function changeOwnPassword(
  pool: pg.Pool,
  session: {userId: string; sessionId: string; memberId: string},
  input: {currentPassword: string; password: string},
): Promise<boolean> {
  const {rows} = await pool.query<{password_hash: string}>('select password_hash from app_user where id = $1', [session.userId]);
  if (!rows[0] || !(await verifyPassword(input.currentPassword, rows[0].password_hash))) return false;
  const passwordHash = await hashPassword(input.password);
  await auditedTransaction(pool, {actorId: session.memberId, via: 'rest', action: 'auth.changePassword'}, async (client) => {
    await client.query('update app_user set password_hash = $2, password_temporary = false where id = $1', [session.userId, passwordHash]);
    await voidResetLinks(client, session.userId);
    await endBrowserSessions(client, session.userId, session.sessionId);
  });
  return true;
}

/** Another company also has this account (any membership, switched off or not). */
async function usedElsewhere(db: Db, userId: string, companyId: string): Promise<boolean> {
  const {rowCount} = await db.query('select 1 from member where user_id = $1 and company_id <> $2 limit 1', [userId, companyId]);
  return !!rowCount;
}

/** An owner or admin sets a colleague's temporary password; every browser session of theirs ends. */
export async function setTemporaryPassword(pool: pg.Pool, ctx: MemberContext, input: {memberId: string; password: string}): Promise<void> {
  const {rows} = await pool.query<{id: string; user_id: string | null; owner_level: boolean}>(
    `select m.id, m.user_id,
            exists (select 1 from role r where r.company_id = m.company_id and m.roles ? r.key and r.permissions ? 'team.owners') as owner_level
       from member m where m.id = $1 and m.company_id = $2`,
    [input.memberId, ctx.companyID],
  );
  const target = rows[0];
  if (!target) throw domainError('not_found', {messageKey: 'error.notAllowed'});
  if (target.id === ctx.memberID) throw domainError('forbidden_state', {messageKey: 'team.setPasswordSelf'});
  if (target.owner_level && !ctx.permissions.includes('team.owners')) throw domainError('not_found', {messageKey: 'team.ownerOnly'});
  const userId = target.user_id;
  if (!userId) throw domainError('forbidden_state', {messageKey: 'team.setPasswordNoLogin'});
  const otherCompany = () => domainError('forbidden_state', {messageKey: 'team.setPasswordOtherCompany'});
  if (await usedElsewhere(pool, userId, ctx.companyID)) throw otherCompany();
  const passwordHash = await hashPassword(input.password);
  await auditedTransaction(pool, {actorId: ctx.memberID, via: 'rest', action: 'member.setTemporaryPassword'}, async (client) => {
    await client.query('select 1 from app_user where id = $1 for update', [userId]);
    // Checked again inside the write, just before it.
    if (await usedElsewhere(client, userId, ctx.companyID)) throw otherCompany();
    await client.query('update app_user set password_hash = $2, password_temporary = true where id = $1', [userId, passwordHash]);
    await voidResetLinks(client, userId);
    await endBrowserSessions(client, userId);
  });
}
