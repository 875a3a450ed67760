import {defineQuery} from '@rocicorp/zero';
import {z} from 'zod';
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

  card: defineQuery(z.object({id: z.string()}), ({args, ctx}) =>
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
  refusals: defineQuery(z.object({id: z.string()}), ({args, ctx}) =>
    companyRows('refused_op', ctx)
      .where('subject_id', args.id)
      .whereExists('subjectRequest', requestVisibility(ctx))
      .related('actor')
      .orderBy('created_at', 'asc'),
  ),

  /**
   * Who changed what and when: the request's own rows and its comments,
   * checklist, watchers, files — only for a request the reader may see. The
   * audit log holds every table's rows (bookings, clients, feeds), so the id
   * alone must never be enough.
   */
  history: defineQuery(z.object({id: z.string()}), ({args, ctx}) => {
    const visible = requestVisibility(ctx);
    return companyRows('audit_log', ctx)
      .where(({or, and, cmp, exists}) =>
        or(
          and(cmp('entity', 'request'), cmp('entity_id', args.id), exists('request', visible)),
          and(cmp('entity', 'IN', [...REQUEST_PARTS]), cmp('parent_id', args.id), exists('parentRequest', visible)),
        ),
      )
      .related('actor')
      .orderBy('created_at', 'asc');
  }),
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
