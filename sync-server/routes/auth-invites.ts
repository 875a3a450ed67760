// Invitation links: what one offers, joining with a new account, or as the signed-in person.
import type pg from 'pg';
import {z} from 'zod';
import {acceptInviteArgs} from '#shared/auth/validation.ts';
import {domainError} from '#shared/errors.ts';
import {acceptInvite, findOpenInvite, joinByInvite} from '../accounts/invites.ts';
import {HttpError} from '../rest/errors.ts';
import {route} from '../rest/route.ts';
import {sessionBody, setSessionCookie, type AuthKit} from './auth-session.ts';

export function inviteRoutes(pool: pg.Pool, kit: AuthKit) {
  const {signupLimit, opened} = kit;
  return [
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
