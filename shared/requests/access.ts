// Who sees which requests: everyone with `requests.read` sees all of the
// company's; an external contractor (`requests.read_own`) only those they
// created, are responsible for, or watch. Written once, used for the list and
// for everything read *through* a request (its history, its refused writes).
import type {Query} from '@rocicorp/zero';
import type {Schema} from '#schema/zero-schema.ts';
import type {AuthContext} from '../auth/context.ts';
import {companyRows} from '../queries/scope.ts';

type RequestQuery = Query<'request', Schema>;

export function canReadAll(ctx: AuthContext | undefined): boolean {
  return ctx?.kind === 'system' || (ctx?.kind === 'member' && ctx.permissions.includes('requests.read'));
}

/** The same rule for one row in hand (a write checks it): all of them, or the ones they created, lead or watch. */
export function mayReadRequest(
  ctx: AuthContext | undefined,
  row: {created_by?: string | null; responsible_id: string | null; watchers: readonly {member_id: string}[]},
): boolean {
  if (canReadAll(ctx)) return true;
  if (ctx?.kind !== 'member') return false;
  return row.created_by === ctx.memberID || row.responsible_id === ctx.memberID || row.watchers.some((w) => w.member_id === ctx.memberID);
}

/**
 * Narrows a request query to what this person may see: for `exists(…)` over a
 * relationship to `request`, where companyRows() cannot be the starting point.
 */
export function requestVisibility(ctx: AuthContext | undefined): (q: RequestQuery) => RequestQuery {
  if (ctx && canReadAll(ctx)) return (q) => q.where('company_id', ctx.companyID);
  if (ctx?.kind === 'member' && ctx.permissions.includes('requests.read_own')) {
    const me = ctx.memberID;
    return (q) =>
      q.where('company_id', ctx.companyID).where(({or, cmp, exists}) =>
        or(
          cmp('created_by', me),
          cmp('responsible_id', me),
          exists('watchers', (w) => w.where('member_id', me)),
        ),
      );
  }
  // company_id is never null: nothing.
  return (q) => q.where('company_id', 'IS', null);
}

export function visibleRequests(ctx: AuthContext | undefined): RequestQuery {
  return requestVisibility(ctx)(companyRows('request', ctx));
}

/** Tables whose audit rows belong to a request's history (their parent_id is the request). */
export const REQUEST_PARTS = ['request_comment', 'checklist_item', 'request_watcher', 'attachment'] as const;
