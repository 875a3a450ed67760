// The console's sign-in, sign-out and "who am I". Sign-in is the one console
// route without a console session: rate-limited per address and email, and
// failed attempts per address and per email wait 15 minutes past a limit (a
// 6-digit code must not be guessable by trying). Every failure is one answer.
import type express from 'express';
import type pg from 'pg';
import {z} from 'zod';
import {emailField} from '#shared/validation/schemas.ts';
import type {Config} from '../../config.ts';
import {RateLimiter} from '../../http/rate-limit.ts';
import {HttpError} from '../../rest/errors.ts';
import {route} from '../../rest/route.ts';
import {LOGIN_FAILURE_WINDOW_MS} from '../../routes/auth-session.ts';
import {platformAudit} from '../audit.ts';
import {CONSOLE_COOKIE, CONSOLE_SESSION_HOURS} from '../session.ts';
import {signInAdmin} from './sign-in.ts';
import {platformTransaction} from '../tx.ts';

export const adminBody = z.object({admin: z.object({id: z.string(), email: z.string(), name: z.string()})});

const loginBody = z.object({
  email: emailField,
  password: z.string().min(1, 'v.required').max(200, 'v.tooLong'),
  // Not checked for shape here: a malformed code is just another failed sign-in.
  code: z.string().max(20, 'v.tooLong'),
});

type Deps = {pool: pg.Pool; limits: Config['limits']; publicUrl: (req: express.Request) => string};

export function consoleAuthRoutes({pool, limits, publicUrl}: Deps) {
  const attempts = new RateLimiter(limits.loginsPerMinute, 60_000);
  const failuresPerAddress = new RateLimiter(limits.loginFailuresPerAddress, LOGIN_FAILURE_WINDOW_MS);
  const failuresPerEmail = new RateLimiter(limits.loginFailuresPerAddress, LOGIN_FAILURE_WINDOW_MS);
  const cookieOptions = (req: express.Request) => ({
    httpOnly: true,
    sameSite: 'strict' as const,
    secure: publicUrl(req).startsWith('https:'),
    path: '/',
  });

  return [
    route({
      method: 'post',
      path: '/platform/auth/login',
      tag: 'platform',
      summary:
        "Platform administrator's sign-in with a TOTP code (each code works once); sets the console cookie. " +
        'Any failure is the same 401; rate-limited per address and email',
      auth: 'none',
      body: loginBody,
      response: adminBody,
      async handler({body, req, res}) {
        const address = req.ip ?? '';
        const email = body.email.toLowerCase();
        if (failuresPerAddress.exhausted(address) || failuresPerEmail.exhausted(email)) {
          throw new HttpError(429, 'rate_limited', 'platformAdmin.tooManyFailures');
        }
        if (!attempts.take(`${address}|${email}`)) throw new HttpError(429, 'rate_limited', 'auth.error.rateLimited');
        // Wall time, not the test clock: the code comes from a phone that knows only the real time.
        const signedIn = await signInAdmin(pool, body, {userAgent: req.get('user-agent'), address, nowMs: Date.now()});
        if (!signedIn) {
          failuresPerAddress.take(address);
          failuresPerEmail.take(email);
          throw new HttpError(401, 'bad_credentials', 'platformAdmin.signInFailed');
        }
        res.cookie(CONSOLE_COOKIE, signedIn.secret, {...cookieOptions(req), maxAge: CONSOLE_SESSION_HOURS * 3600_000});
        return {body: {admin: signedIn.admin}};
      },
    }),
    route({
      method: 'post',
      path: '/platform/auth/logout',
      tag: 'platform',
      summary: 'End this console session (it stops working at once)',
      auth: 'platform',
      status: 204,
      async handler({ctx, req, res}) {
        await platformTransaction(pool, async (client) => {
          await client.query('update platform_session set revoked_at = now() where id = $1 and revoked_at is null', [ctx.sessionID]);
          await platformAudit(client, ctx, {action: 'admin.sign-out', target: ctx.adminID});
        });
        res.clearCookie(CONSOLE_COOKIE, cookieOptions(req));
        return {status: 204};
      },
    }),
    route({
      method: 'get',
      path: '/platform/auth/me',
      tag: 'platform',
      summary: 'The signed-in platform administrator',
      auth: 'platform',
      response: adminBody,
      async handler({ctx}) {
        const {rows} = await pool.query<{id: string; email: string; name: string}>('select id, email, name from platform_admin where id = $1', [ctx.adminID]);
        if (!rows[0]) throw new HttpError(401, 'unauthorized', 'auth.error.sessionExpired');
        return {body: {admin: rows[0]}};
      },
    }),
  ];
}
