import {defineQuery} from '@rocicorp/zero';
import {v} from '../validation/args.ts';
import {REQUEST_PARTS, requestVisibility, visibleRequests} from '../requests/access.ts';
import {companyRows} from './scope.ts';

export const requestQueries = {
  /**
   * The requests this person may see, newest first, with what the board's
   * workflow guards look at (file kinds, checklist). The device filters, sorts
   * and searches locally, offline too.
   */
  list: defineQuery(({ctx}) =>
    visibleRequests(ctx)
      .related('attachments', (q) => q.where('entity', 'request'))
      .related('checklist')
      .orderBy('created_at', 'desc'),
  ),

  card: defineQuery(v.object({id: v.string()}), ({args, ctx}) =>
    visibleRequests(ctx)
      .where('id', args.id)
      .related('author')
      .related('responsible')
      .related('type', (q) => q.related('fields', (f) => f.orderBy('position', 'asc')))
      .related('checklist', (q) => q.orderBy('position', 'asc'))
      .related('watchers')
      .related('comments', (q) => q.orderBy('created_at', 'asc').related('author'))
      .related('attachments', (q) => q.where('entity', 'request').orderBy('created_at', 'asc').related('file'))
      .one(),
  ),

  /** Writes to this request the server refused (a colleague got there first, …), if the reader may see it. */
  refusals: defineQuery(v.object({id: v.string()}), ({args, ctx}) =>
    companyRows('refused_op', ctx)
      .where('subject_id', args.id)
      .whereExists('subjectRequest', requestVisibility(ctx))
      .related('actor')
      .orderBy('created_at', 'asc'),
  ),

  /**
   * Who changed what and when, in two halves the device reads side by side: the
   * request's own rows here, its comments, checklist, watchers and files in
   * `historyParts` — each only for a request the reader may see (the audit log
   * holds every table's rows, so the id alone must never be enough).
   * Two queries with one semi-join each, not one OR of two EXISTS that
   * zero-cache's planner may flip by the replica's statistics: under that OR a
   * comment once failed to reach a device's history in CI (a comment between
   * two status moves; the cause was not pinned down), and a plan fixed in code
   * is the same on every machine. Each half reads by one index.
   */
  history: defineQuery(v.object({id: v.string()}), ({args, ctx}) =>
    companyRows('audit_log', ctx)
      .where('entity', 'request')
      .where('entity_id', args.id)
      .whereExists('request', requestVisibility(ctx), {flip: false})
      .related('actor')
      .orderBy('created_at', 'asc'),
  ),

  historyParts: defineQuery(v.object({id: v.string()}), ({args, ctx}) =>
    companyRows('audit_log', ctx)
      .where('parent_id', args.id)
      .where('entity', 'IN', [...REQUEST_PARTS])
      .whereExists('parentRequest', requestVisibility(ctx), {flip: false})
      .related('actor')
      .orderBy('created_at', 'asc'),
  ),
};

export const requestConfigQueries = {
  /** Request types with their fields: the device needs them to check moves offline. */
  types: defineQuery(({ctx}) =>
    companyRows('request_type', ctx)
      .related('fields', (q) => q.orderBy('position', 'asc'))
      .orderBy('position', 'asc'),
  ),
  messageTemplates: defineQuery(({ctx}) => companyRows('message_template', ctx).orderBy('position', 'asc')),
  /** A person's saved filters of the request list. */
  savedViews: defineQuery(({ctx}) =>
    companyRows('saved_view', ctx)
      .where('member_id', ctx?.kind === 'member' ? ctx.memberID : '')
      .orderBy('created_at', 'asc'),
  ),
};
