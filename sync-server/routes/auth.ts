import type express from 'express';
import type pg from 'pg';
import {z} from 'zod';
import {BUSINESS_PRESETS} from '../../shared/company/business-kinds.ts';
import {
  acceptInviteArgs,
  changePasswordArgs,
  loginArgs,
  passwordResetArgs,
  passwordResetCheckArgs,
  passwordResetRequestArgs,
  signupArgs,
  updateMeArgs,
} from '../../shared/auth/validation.ts';
import {domainError} from '../../shared/errors.ts';
import {memberContext, resolveSession, revokeSession, SESSION_COOKIE, SESSION_TTL_DAYS, type ResolvedSession} from '../auth/sessions.ts';
import type {Executor} from '../zero/execute.ts';
import type {Config} from '../config.ts';
import {acceptInvite, findOpenInvite, joinByInvite} from '../accounts/invites.ts';
import {login} from '../accounts/login.ts';
import {changeOwnPassword, completePasswordReset, openResetLink, resetLinkInvalid, sendPasswordReset} from '../accounts/passwords.ts';
import {signup} from '../accounts/signup.ts';
import {RateLimiter} from '../http/rate-limit.ts';
import {auditedTransaction} from '../db/audit-tx.ts';
import {HttpError} from '../rest/errors.ts';
import {route} from '../rest/route.ts';
import {log} from '../log.ts';
import type {EmailSender} from '../notify/email.ts';
import {createTranslator} from '../../shared/i18n/index.ts';

export function setSessionCookie(req: express.Request, res: express.Response, secret: string): void {
  res.cookie(SESSION_COOKIE, secret, {
    httpOnly: true,
    sameSite: 'lax',
    secure: req.secure,
    path: '/',
    maxAge: SESSION_TTL_DAYS * 24 * 3600 * 1000,
  });
}

/** What the app keeps on the device to start offline: who, where, may do what. */
export function describeSession(s: ResolvedSession) {
  return {
    user: {id: s.userId, name: s.userName, email: s.email, locale: s.userLocale, ...(s.passwordTemporary && {mustChangePassword: true})},
    member: {id: s.memberId, role: s.role, roles: s.roles},
    company: {id: s.companyId, slug: s.companySlug, name: s.companyName},
    permissions: s.permissions,
    withheld: s.withheld,
    modulesOff: s.modulesOff,
  };
}

const sessionBody = z.object({
  user: z.object({
    id: z.string(),
    name: z.string(),
    email: z.string(),
    locale: z.string(),
    /** Signed in with a temporary password an owner set: ask for their own (POST /auth/password). */
    mustChangePassword: z.boolean().optional(),
  }),
  /** `role` is the first of `roles`; the member may do what any of `roles` allows. */
  member: z.object({id: z.string(), role: z.string(), roles: z.array(z.string())}),
  company: z.object({id: z.string(), slug: z.string(), name: z.string()}),
  /** The union of the roles' permissions, less those of modules switched off. */
  permissions: z.array(z.string()),
  /** What the roles grant but a switched-off module withholds. */
  withheld: z.array(z.string()),
  /** Modules switched off in the company settings. */
  modulesOff: z.array(z.string()),
});

/** Failed sign-ins an address may make before it waits: spraying a few passwords over many emails stops here. */
export const LOGIN_FAILURE_WINDOW_MS = 15 * 60_000;
/** Reset links one email address may be sent per hour, whoever asks (no mail-bombing a person). */
export const RESET_MAILS_PER_HOUR = 5;

export type AuthEmail = {
  /** Outgoing email; null when DOT_SMTP_URL is unset (then no link is sent, and the answer is the same). */
  email: EmailSender | null;
  /** The configured public address, for the link in the email. */
  publicUrl: (req: express.Request) => string;
};

export function authRoutes(pool: pg.Pool, limits: Config['limits'], executor: Executor, now: () => number, mail: AuthEmail = {email: null, publicUrl: () => ''}) {
  const signupLimit = new RateLimiter(limits.signupsPerHour, 60 * 60_000);
  const loginLimit = new RateLimiter(limits.loginsPerMinute, 60_000);
  const failuresPerAddress = new RateLimiter(limits.loginFailuresPerAddress, LOGIN_FAILURE_WINDOW_MS);
  // "Forgot password" is limited like sign-in: per address and email, and per
  // address across emails; and each email is sent only so many links an hour.
  const resetLimit = new RateLimiter(limits.loginsPerMinute, 60_000);
  const resetsPerAddress = new RateLimiter(limits.loginFailuresPerAddress, LOGIN_FAILURE_WINDOW_MS);
  const resetMailsPerEmail = new RateLimiter(RESET_MAILS_PER_HOUR, 60 * 60_000);

  /** A wrong link or current password counts as a failed sign-in of this address (checked before anything else). */
  function guard(req: express.Request, email?: string) {
    const address = req.ip ?? '';
    if (failuresPerAddress.exhausted(address)) throw new HttpError(429, 'rate_limited', 'auth.error.tooManyFailures');
    if (email !== undefined && !loginLimit.take(`${address}|${email.toLowerCase()}`)) throw new HttpError(429, 'rate_limited', 'auth.error.rateLimited');
    return () => failuresPerAddress.take(address);
  }

  async function opened(secret: string) {
    const s = await resolveSession(pool, secret);
    if (!s) throw new HttpError(401, 'unauthorized', 'auth.error.sessionExpired');
    return describeSession(s);
  }

  return [
    route({
      method: 'post',
      path: '/auth/signup',
      tag: 'auth',
      summary: 'Register a company and its owner; sets the session cookie',
      auth: 'none',
      body: signupArgs,
      status: 201,
      response: sessionBody,
      async handler({body, req, res}) {
        if (!signupLimit.take(req.ip ?? '')) throw new HttpError(429, 'rate_limited', 'auth.error.rateLimited');
        const {session} = await signup(pool, body, req.get('user-agent'));
        setSessionCookie(req, res, session.secret);
        const me = await opened(session.secret);
        // Every company starts with the small-business request type (S0), ready to be edited, and
        // set up for its kind of business (modules, the catalog's look, more request types).
        const owner = await resolveSession(pool, session.secret);
        if (owner) {
          const ctx = memberContext(owner, 'rest');
          const preset = BUSINESS_PRESETS[body.kind];
          for (const template of preset.templates) await executor.run('requestConfig.installTemplate', {template, idSeed: me.company.id, at: now()}, ctx);
          await executor.run('company.setModules', {modules: preset.modules}, ctx);
          await executor.run('company.setVisibility', {catalogMode: preset.catalogMode}, ctx);
        }
        return {status: 201, body: me};
      },
    }),
    route({
      method: 'post',
      path: '/auth/login',
      tag: 'auth',
      summary: 'Sign in; sets the session cookie',
      auth: 'none',
      body: loginArgs,
      response: sessionBody,
      async handler({body, req, res}) {
        // Per address and email (guessing one account), and failures per address
        // across every email (password spraying): checked before any password is.
        const address = req.ip ?? '';
        if (failuresPerAddress.exhausted(address)) throw new HttpError(429, 'rate_limited', 'auth.error.tooManyFailures');
        if (!loginLimit.take(`${address}|${body.email.toLowerCase()}`)) throw new HttpError(429, 'rate_limited', 'auth.error.rateLimited');
        const result = await login(pool, body, req.get('user-agent'));
        if (!result) {
          failuresPerAddress.take(address);
          throw new HttpError(401, 'bad_credentials', 'auth.error.badCredentials');
        }
        setSessionCookie(req, res, result.secret);
        return {body: await opened(result.secret)};
      },
    }),
    route({
      method: 'post',
      path: '/auth/logout',
      tag: 'auth',
      summary: 'End this session (it stops working on every path at once)',
      auth: 'member',
      status: 204,
      async handler({session, res}) {
        await revokeSession(pool, session.sessionId);
        res.clearCookie(SESSION_COOKIE, {path: '/'});
        return {status: 204};
      },
    }),
    route({
      method: 'get',
      path: '/auth/me',
      tag: 'auth',
      summary: 'The signed-in user, their company, role and permissions',
      auth: 'member',
      response: sessionBody,
      async handler({session}) {
        return {body: describeSession(session)};
      },
    }),
    route({
      method: 'patch',
      path: '/auth/me',
      tag: 'auth',
      summary: 'Change your name or interface language',
      auth: 'member',
      body: updateMeArgs,
      response: sessionBody,
      async handler({body, session}) {
        await auditedTransaction(pool, {actorId: session.memberId, via: 'rest', action: 'auth.updateMe'}, async (client) => {
          if (body.locale) await client.query('update app_user set locale = $2 where id = $1', [session.userId, body.locale]);
          if (body.name) {
            await client.query('update app_user set name = $2 where id = $1', [session.userId, body.name]);
            await client.query('update member set name = $2 where id = $1', [session.memberId, body.name]);
          }
        });
        return {
          body: describeSession({...session, userLocale: body.locale ?? session.userLocale, userName: body.name ?? session.userName}),
        };
      },
    }),
    route({
      method: 'post',
      path: '/auth/password-reset',
      tag: 'auth',
      summary:
        'Forgot password: emails a one-time link (valid 1 hour) to set a new one. The answer is the same whether or not ' +
        'the email has an account (and whether email is configured); a new request voids the older links',
      auth: 'none',
      body: passwordResetRequestArgs,
      status: 202,
      response: z.object({message: z.string()}),
      async handler({body, req, locale}) {
        const address = req.ip ?? '';
        if (!resetsPerAddress.take(address) || !resetLimit.take(`${address}|${body.email}`)) {
          throw new HttpError(429, 'rate_limited', 'auth.error.rateLimited');
        }
        // Answered before anything depends on the account: the same body, at the same speed, either way.
        if (resetMailsPerEmail.take(body.email)) {
          const link = (token: string) => `${mail.publicUrl(req)}/reset-password/${token}`;
          setImmediate(() => {
            sendPasswordReset(pool, {email: body.email, locale: body.locale}, {email: mail.email, link}).catch((e: Error) =>
              log.error('auth', `password reset: ${e.message}`),
            );
          });
        } else {
          log.warn('auth', `password reset: more than ${RESET_MAILS_PER_HOUR} links asked for one address within an hour; not sent`);
        }
        return {status: 202, body: {message: createTranslator(body.locale ?? locale)('auth.forgot.sent')}};
      },
    }),
    route({
      method: 'post',
      path: '/auth/password-reset/check',
      tag: 'auth',
      summary: 'Whether a password reset link still works (unused, not replaced, not expired), and for which email',
      auth: 'none',
      body: passwordResetCheckArgs,
      response: z.object({email: z.string()}),
      async handler({body, req}) {
        const failed = guard(req);
        const open = await openResetLink(pool, body.token);
        if (!open) {
          failed();
          throw resetLinkInvalid();
        }
        return {body: {email: open.email}};
      },
    }),
    route({
      method: 'post',
      path: '/auth/password-reset/confirm',
      tag: 'auth',
      summary:
        "Sets a new password with a reset link's token (once). Every browser session of the account ends; " +
        'answers 200 signed in (sets the session cookie), or 204 when the account has no active company to open',
      auth: 'none',
      body: passwordResetArgs,
      response: sessionBody,
      async handler({body, req, res}) {
        const failed = guard(req);
        let signedIn: {secret: string} | null;
        try {
          signedIn = await completePasswordReset(pool, body, req.get('user-agent'));
        } catch (e) {
          failed();
          throw e;
        }
        if (!signedIn) return {status: 204};
        setSessionCookie(req, res, signedIn.secret);
        return {body: await opened(signedIn.secret)};
      },
    }),
    route({
      method: 'post',
      path: '/auth/password',
      tag: 'auth',
      summary: 'Change your own password (required after signing in with a temporary one); your other browser sessions end',
      auth: 'member',
      body: changePasswordArgs,
      response: sessionBody,
      async handler({body, req, session}) {
        const failed = guard(req, session.email);
        if (!(await changeOwnPassword(pool, session, body))) {
          failed();
          throw domainError('validation', {fields: [{field: 'currentPassword', code: 'auth.change.wrongCurrent'}]});
        }
        return {body: describeSession({...session, passwordTemporary: false})};
      },
    }),
    route({
      method: 'get',
      path: '/invites/:token',
      tag: 'team',
      summary: 'What an invitation link offers (company and role), before accepting it',
      auth: 'none',
      params: z.object({token: z.string().max(100)}),
      response: z.object({company: z.object({name: z.string()}), role: z.string(), email: z.string().nullable()}),
      async handler({params}) {
        const invite = await findOpenInvite(pool, params.token);
        if (!invite) throw domainError('not_found', {messageKey: 'auth.invite.invalid'});
        return {body: {company: {name: invite.companyName}, role: invite.role, email: invite.email}};
      },
    }),
    route({
      method: 'post',
      path: '/invites/:token/accept',
      tag: 'team',
      summary: 'Join a company by invitation with a new account (an existing account signs in and uses /join); sets the session cookie',
      auth: 'none',
      params: z.object({token: z.string().max(100)}),
      body: acceptInviteArgs,
      status: 201,
      response: sessionBody,
      async handler({params, body, req, res}) {
        if (!signupLimit.take(req.ip ?? '')) throw new HttpError(429, 'rate_limited', 'auth.error.rateLimited');
        const {secret} = await acceptInvite(pool, params.token, body, req.get('user-agent'));
        setSessionCookie(req, res, secret);
        return {status: 201, body: await opened(secret)};
      },
    }),
    route({
      method: 'post',
      path: '/invites/:token/join',
      tag: 'team',
      summary: 'Join a company by invitation as the signed-in person (someone who already has an account); switches the session to it',
      auth: 'member',
      params: z.object({token: z.string().max(100)}),
      status: 201,
      response: sessionBody,
      async handler({params, session, req, res}) {
        const {secret} = await joinByInvite(pool, params.token, {userId: session.userId, name: session.userName, email: session.email}, req.get('user-agent'));
        setSessionCookie(req, res, secret);
        return {status: 201, body: await opened(secret)};
      },
    }),
  ];
}
