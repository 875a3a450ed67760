// A company's roles over REST: the ready templates (S1 §3), the company's own
// roles, adopting a template and editing a role. Writes go through the same
// mutators as the app (shared/mutators/roles.ts).
import {z} from 'zod';
import {PERMISSIONS} from '#shared/auth/permissions.ts';
import {isApplicationError} from '@rocicorp/zero/server';
import {ROLE_TEMPLATES} from '#shared/auth/templates.ts';
import {domainError} from '#shared/errors.ts';
import {queries} from '#shared/queries/index.ts';
import {adoptRoleArgs, updateRoleArgs} from '#shared/team/roles-validation.ts';
import {route, type RouteDef} from '../rest/route.ts';
import {rowSchema, toCamel} from '../rest/rows.ts';
import type {ZeroDb} from '../zero/db.ts';
import type {Executor} from '../zero/execute.ts';
import {mutators} from '#shared/mutators/index.ts';

const roleRow = rowSchema('role');
const names = z.object({ru: z.string(), kk: z.string(), en: z.string()});

export function roleRoutes(deps: {zdb: ZeroDb; executor: Executor}): RouteDef[] {
  const {zdb, executor} = deps;
  const roleByKey = async (ctx: Parameters<typeof queries.team.roles.fn>[0]['ctx'], key: string) => {
    const row = await zdb.run(queries.team.roles.fn({args: undefined, ctx}).where('key', key).one());
    if (!row) throw domainError('not_found', {messageKey: 'error.notAllowed'});
    return toCamel(row);
  };
  return [
    route({
      method: 'get',
      path: '/role-templates',
      tag: 'team',
      summary: 'Ready roles a company can adopt (S1 §3): key, names in ru/kk/en, default permissions',
      auth: 'member',
      permission: 'team.read',
      response: z.object({data: z.array(z.object({key: z.string(), name: names, permissions: z.array(z.enum(PERMISSIONS))}))}),
      async handler() {
        return {body: {data: ROLE_TEMPLATES.map((t) => ({key: t.key, name: t.name, permissions: [...t.permissions]}))}};
      },
    }),
    route({
      method: 'get',
      path: '/roles',
      tag: 'team',
      summary: "The company's roles and what each may do; a member's permissions are the union of their roles'",
      auth: 'member',
      permission: 'team.read',
      response: z.object({data: z.array(roleRow)}),
      async handler({ctx}) {
        return {body: {data: toCamel(await zdb.run(queries.team.roles.fn({args: undefined, ctx})))}};
      },
    }),
    route({
      method: 'post',
      path: '/roles',
      tag: 'team',
      summary: "Adopt a ready role template as the company's own role (201; adopting one the company has changes nothing)",
      auth: 'member',
      body: adoptRoleArgs.pick({template: true}).extend({id: adoptRoleArgs.shape.id.optional()}),
      status: 201,
      response: roleRow,
      async handler({body, ctx, req}) {
        const opId = req.get('idempotency-key');
        const id = body.id ?? crypto.randomUUID();
        try {
          await executor.run(mutators.role.adopt({id, template: body.template, at: Date.now(), ...(opId && {opId})}), ctx);
        } catch (e) {
          // Adopted at the same moment by another tap or tab: the role is there, which is all this asks.
          if (!(isApplicationError(e) && (e.details as {code?: string})?.code === 'conflict')) throw e;
        }
        return {status: 201, body: await roleByKey(ctx, body.template)};
      },
    }),
    route({
      method: 'patch',
      path: '/roles/:key',
      tag: 'team',
      summary: "Change a role's permissions (the whole list) or name. Owner-level power (team.owners) is changed only by whoever holds it",
      auth: 'member',
      params: z.object({key: z.string().max(40)}),
      body: updateRoleArgs.omit({key: true, opId: true}),
      response: roleRow,
      async handler({params, body, ctx, req}) {
        const opId = req.get('idempotency-key');
        await executor.run(mutators.role.update({key: params.key, ...body, ...(opId && {opId})}), ctx);
        return {body: await roleByKey(ctx, params.key)};
      },
    }),
  ];
}
