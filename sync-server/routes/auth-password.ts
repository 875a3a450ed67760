// Passwords: "forgot password" links (ask, check, confirm) and changing your own.
import type pg from 'pg';
import {z} from 'zod';
import {changePasswordArgs, passwordResetArgs, passwordResetCheckArgs, passwordResetRequestArgs} from '#shared/auth/validation.ts';
import {domainError} from '#shared/errors.ts';
import {createTranslator} from '#shared/i18n/translate.ts';
import {changeOwnPassword, completePasswordReset, openResetLink, resetLinkInvalid, sendPasswordReset} from '../accounts/passwords.ts';
import {log} from '../log.ts';
import {HttpError} from '../rest/errors.ts';
import {route} from '../rest/route.ts';
import {describeSession, RESET_MAILS_PER_HOUR, sessionBody, setSessionCookie, type AuthEmail, type AuthKit} from './auth-session.ts';

export function passwordRoutes(pool: pg.Pool, kit: AuthKit, mail: AuthEmail) {
  const {resetLimit, resetsPerAddress, resetMailsPerEmail, guard, opened} = kit;
  return [
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
  ];
}
