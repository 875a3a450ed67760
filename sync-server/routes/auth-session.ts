// The session a sign-in opens (cookie, what the device keeps) and the limits every sign-in path shares.
import type express from 'express';
import type pg from 'pg';
import {z} from 'zod';
import {resolveSession, SESSION_COOKIE, SESSION_TTL_DAYS, type ResolvedSession} from '../auth/sessions.ts';
import type {Config} from '../config.ts';
import {RateLimiter} from '../http/rate-limit.ts';
import type {EmailSender} from '../notify/email.ts';
import {HttpError} from '../rest/errors.ts';

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

export const sessionBody = z.object({
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
/** Second-factor codes one account may try per 15 minutes (sign-in, confirming, turning off). */
export const TOTP_ATTEMPTS = 5;

export type AuthEmail = {
  /** Outgoing email; null when DOT_SMTP_URL is unset (then no link is sent, and the answer is the same). */
  email: EmailSender | null;
  /** The configured public address, for the link in the email. */
  publicUrl: (req: express.Request) => string;
};

/** The rate limits and helpers the sign-in, password and invitation routes share (one set per app). */
export function authKit(pool: pg.Pool, limits: Config['limits']) {
  const signupLimit = new RateLimiter(limits.signupsPerHour, 60 * 60_000);
  const loginLimit = new RateLimiter(limits.loginsPerMinute, 60_000);
  const failuresPerAddress = new RateLimiter(limits.loginFailuresPerAddress, LOGIN_FAILURE_WINDOW_MS);
  // "Forgot password" is limited like sign-in: per address and email, and per
  // address across emails; and each email is sent only so many links an hour.
  const resetLimit = new RateLimiter(limits.loginsPerMinute, 60_000);
  const resetsPerAddress = new RateLimiter(limits.loginFailuresPerAddress, LOGIN_FAILURE_WINDOW_MS);
  const resetMailsPerEmail = new RateLimiter(RESET_MAILS_PER_HOUR, 60 * 60_000);
  // Second-factor codes per account, whichever addresses they come from: 6 digits cannot be guessed in 5 per 15 min.
  const codeAttempts = new RateLimiter(TOTP_ATTEMPTS, LOGIN_FAILURE_WINDOW_MS);
  /** Counts one code attempt of this account; refuses once they are used up. */
  const codeAttempt = (userId: string) => {
    if (!codeAttempts.take(userId)) throw new HttpError(429, 'rate_limited', 'auth.totp.tooMany');
  };

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

  return {signupLimit, loginLimit, failuresPerAddress, resetLimit, resetsPerAddress, resetMailsPerEmail, guard, opened, codeAttempt};
}

export type AuthKit = ReturnType<typeof authKit>;
