// A company's roles as data: adopt a ready template (S1 §3), change what a role
// may do. Owner-level power (`team.owners`) is granted, withdrawn or edited only
// by someone who holds it, and nobody adds to a role a permission they lack.
import {assertCan} from '../auth/can.ts';
import {roleTemplate} from '../auth/templates.ts';
import {domainError} from '../errors.ts';
import {companyRows} from '../queries/scope.ts';
import {mayEditRole, mayGrant, wouldRemoveLastOwner} from '../team/rules.ts';
import {adoptRoleArgs, updateRoleArgs} from '../team/roles-validation.ts';
import {dotMutator} from './define.ts';

export const roleMutators = {
  /** Adds the template's role (its key, Russian name and permissions); a role with that key already there stays as it is. */
  adopt: dotMutator(adoptRoleArgs, async ({tx, args, ctx}) => {
    assertCan(ctx, 'team.manage');
    const template = roleTemplate(args.template);
    if (!template) throw domainError('validation', {fields: [{field: 'template', code: 'v.invalid'}]});
    if (template.permissions.some((p) => !mayGrant(ctx, p))) {
      throw domainError('not_found', {messageKey: 'team.ownerOnly'});
    }
    if (await tx.run(companyRows('role', ctx).where('key', template.key).one())) return;
    await tx.mutate.role.insert({
      id: args.id,
      company_id: ctx.companyID,
      key: template.key,
      name: template.name.ru,
      permissions: [...template.permissions],
      is_system: false,
      created_at: args.at,
    });
  }),

  update: dotMutator(updateRoleArgs, async ({tx, args, ctx}) => {
    assertCan(ctx, 'team.manage');
    const roles = await tx.run(companyRows('role', ctx));
    const role = roles.find((r) => r.key === args.key);
    if (!role) throw domainError('not_found', {messageKey: 'error.notAllowed'});
    const before = Array.isArray(role.permissions) ? role.permissions : [];
    const after = args.permissions ? [...new Set(args.permissions)] : before;
    const changed = [...after.filter((p) => !before.includes(p)), ...before.filter((p) => !after.includes(p))];
    if (!mayEditRole(ctx, before) || changed.some((p) => !mayGrant(ctx, p))) throw domainError('not_found', {messageKey: 'team.ownerOnly'});
    if (args.permissions) {
      const members = await tx.run(companyRows('member', ctx));
      const edited = roles.map((r) => (r.key === args.key ? {...r, permissions: after} : r));
      if (wouldRemoveLastOwner(members, edited, null, {})) throw domainError('forbidden_state', {messageKey: 'team.lastOwner'});
    }
    await tx.mutate.role.update({
      id: role.id,
      ...(args.name !== undefined && {name: args.name}),
      ...(args.permissions && {permissions: after}),
    });
  }),
};
