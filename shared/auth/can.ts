// Permission predicates, written once: mutators assert them, the UI greys out
// buttons with them.
import {ApplicationError} from '@rocicorp/zero';
import type {AuthContext, MemberContext} from './context.ts';
import type {Permission} from './permissions.ts';
import {errorDetails} from '../errors.ts';

export function can(ctx: AuthContext | undefined, permission: Permission): ctx is MemberContext {
  return ctx?.kind === 'member' && ctx.permissions.includes(permission);
}

/** Throws the one "not found or not allowed" error, so a refusal leaks nothing. */
export function assertCan(ctx: AuthContext | undefined, permission: Permission): asserts ctx is MemberContext {
  if (!can(ctx, permission)) {
    throw new ApplicationError('not_found', {details: errorDetails('not_found')});
  }
}

export function assertMember(ctx: AuthContext | undefined): asserts ctx is MemberContext {
  if (ctx?.kind !== 'member') {
    throw new ApplicationError('not_found', {details: errorDetails('not_found')});
  }
}
