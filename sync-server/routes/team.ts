import type pg from 'pg';
import {z} from 'zod';
import type {MemberContext} from '#shared/auth/context.ts';
import {addMemberArgs, createInviteArgs, setTemporaryPasswordArgs} from '#shared/auth/validation.ts';
import {domainError} from '#shared/errors.ts';
import {queries} from '#shared/queries/index.ts';
import {createInvite} from '../accounts/invites.ts';
import {accountByEmail, addNewMember, alreadyMember, assertMayGrant, defaultRoleKey} from '../accounts/members.ts';
import {setRolesArgs} from '#shared/team/roles-validation.ts';
import {roleRoutes} from './team-roles.ts';
import {setTemporaryPassword} from '../accounts/passwords.ts';
import {createSession} from '../auth/sessions.ts';
import {auditedTransaction} from '../db/audit-tx.ts';
import {route} from '../rest/route.ts';
import {rowSchema, toCamel} from '../rest/rows.ts';
import type {ZeroDb} from '../zero/db.ts';
import type {Executor} from '../zero/execute.ts';
import {mutators} from '#shared/mutators/index.ts';

const memberRow = rowSchema('member');
/** POST /members for someone who already has an account: an invitation, not a membership. */
const invitedBody = z.object({invited: z.literal(true), email: z.string(), url: z.string(), expiresAt: z.number()});

/**
 * Bringing people in is for whoever may manage the team; a refusal says so in
 * words (the generic "not found" would have read as a request's message).
 */
/** Managing members: refused in words that fit any screen, not the generic "request not found". */
function assertManages(ctx: MemberContext): void {
  if (!ctx.permissions.includes('team.manage')) throw domainError('not_found', {messageKey: 'error.notAllowed'});
}

async function assertMayBringIn(pool: pg.Pool, ctx: MemberContext, role: string): Promise<void> {
  if (!ctx.permissions.includes('team.manage')) throw domainError('not_found', {messageKey: 'team.manageOnly'});
  // Only someone with owner-level power brings in another owner-level person.
  await assertMayGrant(pool, ctx.companyID, role, ctx.permissions);
}

export function teamRoutes(deps: {pool: pg.Pool; zdb: ZeroDb; executor: Executor; publicUrl: (req: import('express').Request) => string}) {
  const {pool, zdb, executor} = deps;
  return [
    ...roleRoutes({zdb, executor}),
    route({
      method: 'get',
      path: '/members',
      tag: 'team',
      summary: "The company's members",
      auth: 'member',
      permission: 'team.read',
      response: z.object({data: z.array(memberRow)}),
      async handler({ctx}) {
        const rows = await zdb.run(queries.team.members.fn({args: undefined, ctx}));
        return {body: {data: toCamel(rows)}};
      },
    }),
    route({
      method: 'post',
      path: '/members',
      tag: 'team',
      summary:
        'Add a colleague with a temporary password (201, the member). Someone who already has a dot account is never attached: ' +
        'they get an invitation instead (202, its link), which they accept signed in; the password is then ignored',
      auth: 'member',
      body: addMemberArgs,
      status: 201,
      response: z.union([memberRow, invitedBody]),
      async handler({body: input, ctx, req}) {
        const body = {...input, role: input.role ?? (await defaultRoleKey(pool, ctx.companyID))};
        await assertMayBringIn(pool, ctx, body.role);
        const existing = await accountByEmail(pool, body.email);
        if (existing) {
          const {rowCount} = await pool.query('select 1 from member where company_id = $1 and user_id = $2', [ctx.companyID, existing.id]);
          if (rowCount) throw alreadyMember();
          const {token, expiresAt} = await createInvite(pool, {
            companyId: ctx.companyID,
            createdBy: ctx.memberID,
            creatorPermissions: ctx.permissions,
            role: body.role,
            email: existing.email,
          });
          return {status: 202, body: {invited: true, email: existing.email, url: `${deps.publicUrl(req)}/invite/${token}`, expiresAt}};
        }
        const {memberId} = await auditedTransaction(pool, {actorId: ctx.memberID, via: 'rest', action: 'member.add'}, (client) =>
          addNewMember(client, {...body, companyId: ctx.companyID}),
        );
        const row = await zdb.run(queries.team.members.fn({args: undefined, ctx}).where('id', memberId).one());
        return {status: 201, body: toCamel(row)};
      },
    }),
    route({
      method: 'patch',
      path: '/members/:id',
      tag: 'team',
      summary:
        "Change a member's roles (`roles`: every role they hold, the permissions being the union; `role`: that one only), " +
        'or switch them off (every session and API key of theirs ends at once, sync included) or on',
      auth: 'member',
      params: z.object({id: z.string()}),
      body: z.object({role: z.string().optional(), roles: setRolesArgs.shape.roles.optional(), active: z.boolean().optional()}),
      response: memberRow,
      async handler({params, body, ctx, req}) {
        assertManages(ctx);
        const opId = req.get('idempotency-key');
        if (body.roles !== undefined) {
          await executor.run(mutators.member.setRoles({memberId: params.id, roles: body.roles, ...(opId && {opId: `${opId}:roles`})}), ctx);
        } else if (body.role !== undefined) {
          await executor.run(mutators.member.setRole({memberId: params.id, role: body.role, ...(opId && {opId: `${opId}:role`})}), ctx);
        }
        if (body.active !== undefined) {
          // Switching off ends their sessions in the same transaction, whatever
          // path it comes by (migration 0307), and their live sync at once.
          await executor.run(mutators.member.setActive({memberId: params.id, active: body.active, ...(opId && {opId: `${opId}:active`})}), ctx);
        }
        const row = await zdb.run(queries.team.members.fn({args: undefined, ctx}).where('id', params.id).one());
        if (!row) throw domainError('not_found', {messageKey: 'error.notAllowed'});
        return {body: toCamel(row)};
      },
    }),
    route({
      method: 'post',
      path: '/members/:id/password',
      tag: 'team',
      summary:
        "Set a colleague's temporary password (when email cannot reach them): their browser sessions end, and they are asked " +
        'for their own password at the next sign-in. Refused for an account that is also used in another company',
      auth: 'member',
      params: z.object({id: z.string().max(64)}),
      body: setTemporaryPasswordArgs,
      status: 204,
      async handler({params, body, ctx}) {
        assertManages(ctx);
        await setTemporaryPassword(pool, ctx, {memberId: params.id, password: body.password});
        return {status: 204};
      },
    }),
    route({
      method: 'post',
      path: '/invites',
      tag: 'team',
      summary: 'Create an invitation link with a role (valid 7 days)',
      auth: 'member',
      body: createInviteArgs,
      status: 201,
      response: z.object({url: z.string(), expiresAt: z.number()}),
      async handler({body: input, ctx, req}) {
        const body = {...input, role: input.role ?? (await defaultRoleKey(pool, ctx.companyID))};
        await assertMayBringIn(pool, ctx, body.role);
        const {token, expiresAt} = await createInvite(pool, {
          companyId: ctx.companyID,
          createdBy: ctx.memberID,
          creatorPermissions: ctx.permissions,
          role: body.role,
          email: body.email,
        });
        return {status: 201, body: {url: `${deps.publicUrl(req)}/invite/${token}`, expiresAt}};
      },
    }),
    route({
      method: 'get',
      path: '/api-keys',
      tag: 'team',
      summary: 'API keys of the company (secrets are never shown again)',
      auth: 'member',
      permission: 'api.manage',
      response: z.object({data: z.array(z.object({id: z.string(), label: z.string().nullable(), createdAt: z.number(), lastSeenAt: z.number()}))}),
      async handler({ctx}) {
        const {rows} = await pool.query(
          `select id, label, extract(epoch from created_at) * 1000 as "createdAt", extract(epoch from last_seen_at) * 1000 as "lastSeenAt"
             from session where company_id = $1 and kind = 'api' and revoked_at is null order by created_at`,
          [ctx.companyID],
        );
        return {body: {data: rows.map((r) => ({...r, createdAt: Number(r.createdAt), lastSeenAt: Number(r.lastSeenAt)}))}};
      },
    }),
    route({
      method: 'post',
      path: '/api-keys',
      tag: 'team',
      summary: 'Create an API key acting as you; the secret is shown once',
      auth: 'member',
      permission: 'api.manage',
      body: z.object({label: z.string().trim().min(1, 'v.required').max(80, 'v.tooLong')}),
      status: 201,
      response: z.object({id: z.string(), key: z.string()}),
      async handler({body, session}) {
        const {id, secret} = await createSession(pool, {
          userId: session.userId,
          companyId: session.companyId,
          memberId: session.memberId,
          kind: 'api',
          label: body.label,
          ttlDays: null,
        });
        return {status: 201, body: {id, key: secret}};
      },
    }),
    route({
      method: 'delete',
      path: '/api-keys/:id',
      tag: 'team',
      summary: 'Revoke an API key',
      auth: 'member',
      permission: 'api.manage',
      params: z.object({id: z.string()}),
      status: 204,
      async handler({params, ctx}) {
        const {rowCount} = await pool.query(`update session set revoked_at = now() where id = $1 and company_id = $2 and kind = 'api' and revoked_at is null`, [
          params.id,
          ctx.companyID,
        ]);
        if (!rowCount) throw domainError('not_found');
        return {status: 204};
      },
    }),
  ];
}
