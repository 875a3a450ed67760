// A person's own security (Settings → Security): the devices signed in as them, ending one or every other, and the
// second factor (TOTP). Only browser sessions are listed: API keys belong to the company's integrations (team.ts).
// Ending a session marks it revoked; the database announces it and its live sync closes at once (auth/live-sync.ts).
import type pg from 'pg';
import {z} from 'zod';
import {domainError} from '#shared/errors.ts';
import {checkCode, disableTotp, enableTotp, startTotpSetup, totpStatus} from '../accounts/totp.ts';
import {auditedTransaction} from '../db/audit-tx.ts';
import {HttpError} from '../rest/errors.ts';
import {route} from '../rest/route.ts';
import type {AuthKit} from './auth-session.ts';

const sessionItem = z.object({
  id: z.string(),
  userAgent: z.string().nullable(),
  createdAt: z.number(),
  lastSeenAt: z.number(),
  /** The session this request came with. */
  current: z.boolean(),
});
const codeArgs = z.object({code: z.string().min(1, 'v.required').max(20, 'v.tooLong')});
const totpState = z.object({enabled: z.boolean(), recoveryLeft: z.number()});

export function securityRoutes(pool: pg.Pool, kit: AuthKit, now: () => number) {
  /** Runs a code check for this account under the per-account limit; a wrong code is a 400 naming the field `code`. */
  async function withCode<T>(userId: string, memberId: string, action: string, code: string, pending: boolean, then: (c: pg.PoolClient) => Promise<T>) {
    kit.codeAttempt(userId);
    return auditedTransaction(pool, {actorId: memberId, via: 'rest', action}, async (client) => {
      if (!(await checkCode(client, pool, userId, code, now(), pending))) throw domainError('validation', {fields: [{field: 'code', code: 'auth.totp.wrong'}]});
      return then(client);
    });
  }

  return [
    route({
      method: 'get',
      path: '/auth/sessions',
      tag: 'auth',
      summary: 'The devices signed in as you (browser sessions, newest first); `current` marks this one',
      auth: 'member',
      whileStopped: true,
      response: z.object({data: z.array(sessionItem)}),
      async handler({session}) {
        const {rows} = await pool.query<{id: string; user_agent: string | null; created_at: Date; last_seen_at: Date}>(
          `select id, user_agent, created_at, last_seen_at from session
            where user_id = $1 and kind = 'browser' and revoked_at is null and (expires_at is null or expires_at > now())
            order by last_seen_at desc limit 100`,
          [session.userId],
        );
        const data = rows.map((r) => ({
          id: r.id,
          userAgent: r.user_agent,
          createdAt: r.created_at.getTime(),
          lastSeenAt: r.last_seen_at.getTime(),
          current: r.id === session.sessionId,
        }));
        return {body: {data}};
      },
    }),
    route({
      method: 'delete',
      path: '/auth/sessions/:id',
      tag: 'auth',
      summary: 'Sign out one of your devices (its sync stops at once)',
      auth: 'member',
      whileStopped: true,
      params: z.object({id: z.string().max(60)}),
      status: 204,
      async handler({params, session}) {
        const {rowCount} = await pool.query(
          `update session set revoked_at = now() where id = $1 and user_id = $2 and kind = 'browser' and revoked_at is null`,
          [params.id, session.userId],
        );
        if (!rowCount) throw new HttpError(404, 'not_found', 'auth.sessions.notFound');
        return {status: 204};
      },
    }),
    route({
      method: 'post',
      path: '/auth/sessions/sign-out-others',
      tag: 'auth',
      summary: 'Sign out everywhere else: every other browser session of yours ends; this one stays',
      auth: 'member',
      whileStopped: true,
      response: z.object({ended: z.number()}),
      async handler({session}) {
        const {rowCount} = await pool.query(
          `update session set revoked_at = now() where user_id = $1 and kind = 'browser' and revoked_at is null and id <> $2`,
          [session.userId, session.sessionId],
        );
        return {body: {ended: rowCount ?? 0}};
      },
    }),
    route({
      method: 'get',
      path: '/auth/totp',
      tag: 'auth',
      summary: 'Whether your second factor (TOTP) is on, and how many recovery codes are left',
      auth: 'member',
      response: totpState,
      async handler({session}) {
        return {body: await totpStatus(pool, session.userId)};
      },
    }),
    route({
      method: 'post',
      path: '/auth/totp/setup',
      tag: 'auth',
      summary: 'Start turning the second factor on: a new secret, its otpauth:// address and a QR code (SVG); confirm with a code',
      auth: 'member',
      response: z.object({secret: z.string(), url: z.string(), qrSvg: z.string()}),
      async handler({session}) {
        const setup = await startTotpSetup(pool, session.userId, session.email);
        if (!setup) throw new HttpError(409, 'conflict', 'auth.totp.alreadyOn');
        return {body: setup};
      },
    }),
    route({
      method: 'post',
      path: '/auth/totp/confirm',
      tag: 'auth',
      summary: 'Turn the second factor on with the first code the app shows; answers the recovery codes (shown once)',
      auth: 'member',
      body: codeArgs,
      response: z.object({recoveryCodes: z.array(z.string())}),
      async handler({body, session}) {
        const recoveryCodes = await withCode(session.userId, session.memberId, 'auth.totpOn', body.code, true, (c) => enableTotp(c, session.userId));
        return {body: {recoveryCodes}};
      },
    }),
    route({
      method: 'post',
      path: '/auth/totp/disable',
      tag: 'auth',
      summary: 'Turn the second factor off: needs a current code or a recovery code',
      auth: 'member',
      body: codeArgs,
      status: 204,
      async handler({body, session}) {
        await withCode(session.userId, session.memberId, 'auth.totpOff', body.code, false, (c) => disableTotp(c, session.userId));
        return {status: 204};
      },
    }),
  ];
}
