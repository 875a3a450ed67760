// Sign-up, sign-in and the signed-in person (/auth/…); passwords and invitations are in auth-password.ts and
// auth-invites.ts, the session cookie and the shared rate limits in auth-session.ts.
import type pg from 'pg';
import {loginArgs, signupArgs, updateMeArgs} from '#shared/auth/validation.ts';
import {login} from '../accounts/login.ts';
import {applyBusinessPreset, signup} from '../accounts/signup.ts';
import {memberContext, resolveSession, revokeSession, SESSION_COOKIE} from '../auth/sessions.ts';
import type {Config} from '../config.ts';
import {auditedTransaction} from '../db/audit-tx.ts';
import {platformSetting} from '../platform/content/settings.ts';
import {HttpError} from '../rest/errors.ts';
import {route} from '../rest/route.ts';
import type {Executor} from '../zero/execute.ts';
import {inviteRoutes} from './auth-invites.ts';
import {securityRoutes} from './auth-security.ts';
import {passwordRoutes} from './auth-password.ts';
import {authKit, describeSession, sessionBody, setSessionCookie, type AuthEmail} from './auth-session.ts';

export function authRoutes(
  pool: pg.Pool,
  limits: Config['limits'],
  executor: Executor,
  now: () => number,
  mail: AuthEmail = {email: null, publicUrl: () => ''},
) {
  const kit = authKit(pool, limits);
  const {signupLimit, loginLimit, failuresPerAddress, opened} = kit;

  return [
    route({
      method: 'post',
      path: '/auth/signup',
      tag: 'auth',
      summary: 'Register a company and its owner; sets the session cookie. 403 `signup_closed` when sign-up is closed (the console): ask at /connect',
      auth: 'none',
      body: signupArgs,
      status: 201,
      response: sessionBody,
      async handler({body, req, res}) {
        // Closed in the console's settings: every company comes through the /connect queue.
        if (!(await platformSetting(pool, 'signupOpen'))) throw new HttpError(403, 'signup_closed', 'connect.signupClosed');
        if (!signupLimit.take(req.ip ?? '')) throw new HttpError(429, 'rate_limited', 'auth.error.rateLimited');
        const {session} = await signup(pool, body, req.get('user-agent'));
        setSessionCookie(req, res, session.secret);
        const me = await opened(session.secret);
        const owner = await resolveSession(pool, session.secret);
        if (owner) await applyBusinessPreset(executor, memberContext(owner, 'rest'), body.kind, now());
        return {status: 201, body: me};
      },
    }),
    route({
      method: 'post',
      path: '/auth/login',
      tag: 'auth',
      summary:
        'Sign in; sets the session cookie. With a second factor on: 401 `totp_required` until `code` is sent (a 6-digit code or a recovery code), 401 `totp_wrong` for a wrong one',
      auth: 'none',
      body: loginArgs,
      response: sessionBody,
      async handler({body, req, res}) {
        // Per address and email (guessing one account), and failures per address
        // across every email (password spraying): checked before any password is.
        const address = req.ip ?? '';
        if (failuresPerAddress.exhausted(address)) throw new HttpError(429, 'rate_limited', 'auth.error.tooManyFailures');
        if (!loginLimit.take(`${address}|${body.email.toLowerCase()}`)) throw new HttpError(429, 'rate_limited', 'auth.error.rateLimited');
        let result: {secret: string} | null;
        try {
          result = await login(pool, body, req.get('user-agent'), {nowMs: now(), attempt: kit.codeAttempt});
        } catch (e) {
          // A wrong second-factor code is a failed sign-in of this address too.
          if (e instanceof HttpError && e.code === 'totp_wrong') failuresPerAddress.take(address);
          throw e;
        }
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
      // Signing out of a company the platform stopped still works.
      whileStopped: true,
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
    ...passwordRoutes(pool, kit, mail),
    ...inviteRoutes(pool, kit),
    ...securityRoutes(pool, kit, now),
  ];
}
