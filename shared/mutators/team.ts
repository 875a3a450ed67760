import {dotMutator} from './define.ts';
import {assertCan} from '../auth/can.ts';
import {domainError} from '../errors.ts';
import {companyRows} from '../queries/scope.ts';
import {wouldRemoveLastOwner} from '../team/rules.ts';
import {setActiveArgs, setRoleArgs} from '../team/validation.ts';

export const memberMutators = {
  setRole: dotMutator(setRoleArgs, async ({tx, args, ctx}) => {
    assertCan(ctx, 'team.manage');
    const members = await tx.run(companyRows('member', ctx));
    const target = members.find((m) => m.id === args.memberId);
    if (!target) throw domainError('not_found');
    const role = await tx.run(companyRows('role', ctx).where('key', args.role).one());
    if (!role) throw domainError('validation', {fields: [{field: 'role', code: 'v.invalid'}]});
    // Only an owner may make or unmake an owner.
    if ((args.role === 'owner' || target.role === 'owner') && ctx.role !== 'owner') throw domainError('not_found');
    if (wouldRemoveLastOwner(members, args.memberId, {role: args.role})) {
      throw domainError('forbidden_state', {messageKey: 'team.lastOwner'});
    }
    await tx.mutate.member.update({id: args.memberId, role: args.role});
  }),

  setActive: dotMutator(setActiveArgs, async ({tx, args, ctx}) => {
    assertCan(ctx, 'team.manage');
    const members = await tx.run(companyRows('member', ctx));
    const target = members.find((m) => m.id === args.memberId);
    if (!target) throw domainError('not_found');
    if (target.role === 'owner' && ctx.role !== 'owner') throw domainError('not_found');
    if (wouldRemoveLastOwner(members, args.memberId, {active: args.active})) {
      throw domainError('forbidden_state', {messageKey: 'team.lastOwner'});
    }
    await tx.mutate.member.update({id: args.memberId, active: args.active});
  }),
};
