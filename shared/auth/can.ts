// Permission predicates, written once: mutators assert them, the UI greys out
// buttons with them.
import {ApplicationError} from '@rocicorp/zero';
import type {AuthContext, MemberContext} from './context.ts';
import type {Permission} from './permissions.ts';
import {errorDetails} from '../errors.ts';
import {moduleOffError, moduleOfPermission} from '../company/module-access.ts';

export function can(ctx: AuthContext | undefined, permission: Permission): ctx is MemberContext {
  return ctx?.kind === 'member' && ctx.permissions.includes(permission);
}

/**
 * Throws the one "not found or not allowed" error, so a refusal leaks nothing;
 * or, to a member whose roles grant it, that its module is switched off.
 */
export function assertCan(ctx: AuthContext | undefined, permission: Permission): asserts ctx is MemberContext {
  if (!can(ctx, permission)) {
    const module = moduleOfPermission(permission);
    const member = ctx as AuthContext | undefined; // `can` said no: a member may still lack it only because a module is off
    if (module && member?.kind === 'member' && member.withheld?.includes(permission)) throw moduleOffError(module);
    throw new ApplicationError('not_found', {details: errorDetails('not_found')});
  }
}

export function assertMember(ctx: AuthContext | undefined): asserts ctx is MemberContext {
  if (ctx?.kind !== 'member') {
    throw new ApplicationError('not_found', {details: errorDetails('not_found')});
  }
}
