// Giving a member their roles, and a company's roles themselves: the rules in
// one place for the mutators (team.ts, roles.ts) and so for REST.
import type {Transaction} from '@rocicorp/zero';
import {assertCan} from '../auth/can.ts';
import type {AuthContext} from '../auth/context.ts';
import {domainError} from '../errors.ts';
import {companyRows} from '../queries/scope.ts';
import {memberRoles, mayTouchOwnerLevel, ownerLevelKeys, wouldRemoveLastOwner} from '../team/rules.ts';

export async function setMemberRoles(tx: Transaction, ctx: AuthContext | undefined, args: {memberId: string; roles: readonly string[]}): Promise<void> {
  assertCan(ctx, 'team.manage');
  const members = await tx.run(companyRows('member', ctx));
  const target = members.find((m) => m.id === args.memberId);
  if (!target) throw domainError('not_found', {messageKey: 'error.notAllowed'});
  const roles = await tx.run(companyRows('role', ctx));
  const wanted = [...new Set(args.roles)];
  if (!wanted.length || wanted.some((k) => !roles.some((r) => r.key === k))) {
    throw domainError('validation', {fields: [{field: 'roles', code: 'v.invalid'}]});
  }
  // Only someone with owner-level power makes or unmakes an owner-level member.
  const owners = ownerLevelKeys(roles);
  const touchesOwner = [...memberRoles(target), ...wanted].some((k) => owners.has(k));
  if (touchesOwner && !mayTouchOwnerLevel(ctx)) throw domainError('not_found', {messageKey: 'team.ownerOnly'});
  // People who do not sign in never hold an owner-level role.
  if (target.user_id === null && wanted.some((k) => owners.has(k))) throw domainError('validation', {fields: [{field: 'roles', code: 'v.invalid'}]});
  if (wouldRemoveLastOwner(members, roles, args.memberId, {roles: wanted})) {
    throw domainError('forbidden_state', {messageKey: 'team.lastOwner'});
  }
  await tx.mutate.member.update({id: args.memberId, role: wanted[0]!, roles: wanted});
}
