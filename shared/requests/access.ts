// Who sees which requests: everyone with `requests.read` sees all of the
// company's; an external contractor (`requests.read_own`) only those they
// created, are responsible for, or watch.
import type {Query} from '@rocicorp/zero';
import type {Schema} from '../../schema/zero-schema.ts';
import type {AuthContext} from '../auth/context.ts';
import {companyRows} from '../queries/scope.ts';

export function canReadAll(ctx: AuthContext | undefined): boolean {
  return ctx?.kind === 'system' || (ctx?.kind === 'member' && ctx.permissions.includes('requests.read'));
}

export function visibleRequests(ctx: AuthContext | undefined): Query<'request', Schema> {
  if (canReadAll(ctx)) return companyRows('request', ctx);
  if (ctx?.kind === 'member' && ctx.permissions.includes('requests.read_own')) {
    const me = ctx.memberID;
    return companyRows('request', ctx).where(({or, cmp, exists}) =>
      or(cmp('created_by', me), cmp('responsible_id', me), exists('watchers', (q) => q.where('member_id', me))),
    );
  }
  return companyRows('request', ctx, 'requests.read');
}
