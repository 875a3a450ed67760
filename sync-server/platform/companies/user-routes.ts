// The console's people: find an account across companies, end its sessions,
// reset its sign-in. Both writes take the administrator's reason, kept in the
// platform audit log with the action.
import type express from 'express';
import type pg from 'pg';
import {z} from 'zod';
import {requiredText} from '#shared/validation/schemas.ts';
import type {EmailSender} from '../../notify/email.ts';
import {route} from '../../rest/route.ts';
import {endUserSessions, findUsers, resetUserSignIn, userRow} from './users.ts';

const reasonBody = z.object({reason: requiredText(500)});
const userParams = z.object({id: z.string().max(64)});

type Deps = {pool: pg.Pool; email: EmailSender | null; publicUrl: (req: express.Request) => string};

export function userRoutes({pool, email, publicUrl}: Deps) {
  return [
    route({
      method: 'get',
      path: '/platform/users',
      tag: 'platform',
      summary: 'People across companies by email or name (at least 2 characters), with their memberships and open sessions',
      auth: 'platform',
      query: z.object({q: z.string().trim().min(2, 'v.tooShort').max(200, 'v.tooLong')}),
      response: z.object({users: z.array(userRow)}),
      async handler({query}) {
        return {body: {users: await findUsers(pool, query.q)}};
      },
    }),
    route({
      method: 'post',
      path: '/platform/users/:id/end-sessions',
      tag: 'platform',
      summary: 'End every session and API key of an account, in every company (its open apps stop syncing at once)',
      auth: 'platform',
      params: userParams,
      body: reasonBody,
      response: z.object({ended: z.number()}),
      async handler({ctx, params, body}) {
        return {body: {ended: await endUserSessions(pool, ctx, params.id, body.reason)}};
      },
    }),
    route({
      method: 'post',
      path: '/platform/users/:id/reset',
      tag: 'platform',
      summary:
        "Reset an account's sign-in: every session ends and a one-time password-reset link is emailed " +
        '(sent: false when email is not configured or failed)',
      auth: 'platform',
      params: userParams,
      body: reasonBody,
      response: z.object({sent: z.boolean()}),
      async handler({ctx, params, body, req}) {
        const link = (token: string) => `${publicUrl(req)}/reset-password/${token}`;
        return {body: await resetUserSignIn(pool, ctx, params.id, body.reason, {email, link})};
      },
    }),
  ];
}
