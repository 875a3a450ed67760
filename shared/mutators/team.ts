import {dotMutator} from './define.ts';
import {assertCan} from '../auth/can.ts';
import {domainError} from '../errors.ts';
import {companyRows} from '../queries/scope.ts';
import {executorRole, isOwnerLevel, mayTouchOwnerLevel, ownerLevelKeys, wouldRemoveLastOwner} from '../team/rules.ts';
import {setRolesArgs} from '../team/roles-validation.ts';
import {setMemberRoles} from './member-roles.ts';
import {assertWithinPlan} from '../platform/limits.ts';
import {sqlOf} from './tx.ts';
import {fullName} from '../team/executors-sheet.ts';
import {importExecutorsArgs, setActiveArgs, setRoleArgs, updateProfileArgs} from '../team/validation.ts';

export const memberMutators = {
  /** One role instead of all the member holds (the older single-role call). */
  setRole: dotMutator(setRoleArgs, async ({tx, args, ctx}) => {
    await setMemberRoles(tx, ctx, {memberId: args.memberId, roles: [args.role]});
  }),

  /** Every role the member holds; what they may do is the union. */
  setRoles: dotMutator(setRolesArgs, async ({tx, args, ctx}) => {
    await setMemberRoles(tx, ctx, args);
  }),

  setActive: dotMutator(setActiveArgs, async ({tx, args, ctx}) => {
    assertCan(ctx, 'team.manage');
    const members = await tx.run(companyRows('member', ctx));
    const target = members.find((m) => m.id === args.memberId);
    if (!target) throw domainError('not_found', {messageKey: 'error.notAllowed'});
    const roles = await tx.run(companyRows('role', ctx));
    if (isOwnerLevel(target, roles) && !mayTouchOwnerLevel(ctx)) throw domainError('not_found', {messageKey: 'team.ownerOnly'});
    // Switching yourself off would sign you out for good; another manager does it.
    if (!args.active && args.memberId === ctx.memberID) throw domainError('forbidden_state', {messageKey: 'team.notYourself'});
    if (wouldRemoveLastOwner(members, roles, args.memberId, {active: args.active})) {
      throw domainError('forbidden_state', {messageKey: 'team.lastOwner'});
    }
    // Switched on again, they take a seat of the plan (issue 18).
    if (args.active && !target.active && tx.location === 'server') await assertWithinPlan(sqlOf(tx), ctx.companyID, 'members');
    await tx.mutate.member.update({id: args.memberId, active: args.active});
  }),

  /** Executors who do not sign in (yet), from a spreadsheet: one transaction, all or nothing. */
  importExecutors: dotMutator(importExecutorsArgs, async ({tx, args, ctx}) => {
    assertCan(ctx, 'team.manage');
    const roles = await tx.run(companyRows('role', ctx));
    const role = args.role === undefined ? executorRole(roles) : roles.find((r) => r.key === args.role);
    // People who do not sign in never hold an owner-level role.
    if (!role || ownerLevelKeys([role]).size) throw domainError('validation', {fields: [{field: 'role', code: 'v.invalid'}]});
    const fresh = [];
    for (const r of args.rows) if (!(await tx.run(companyRows('member', ctx).where('id', r.id).one()))) fresh.push(r);
    // Each of them takes a seat of the plan (issue 18): all of them fit, or none is added.
    if (tx.location === 'server') await assertWithinPlan(sqlOf(tx), ctx.companyID, 'members', fresh.length);
    for (const r of fresh) {
      await tx.mutate.member.insert({
        id: r.id,
        company_id: ctx.companyID,
        user_id: null,
        name: fullName(r),
        email: '',
        role: role.key,
        roles: [role.key],
        active: true,
        created_at: args.at,
        last_name: r.lastName,
        first_name: r.firstName,
        middle_name: r.middleName,
        position: r.position,
        phone: r.phone,
        skills: [],
      });
    }
  }),

  updateProfile: dotMutator(updateProfileArgs, async ({tx, args, ctx}) => {
    assertCan(ctx, 'team.manage');
    const m = await tx.run(companyRows('member', ctx).where('id', args.memberId).one());
    if (!m) throw domainError('not_found');
    await tx.mutate.member.update({
      id: args.memberId,
      ...(args.position !== undefined && {position: args.position}),
      ...(args.phone !== undefined && {phone: args.phone}),
      ...(args.skills !== undefined && {skills: args.skills}),
    });
  }),
};
