import {defineQuery} from '@rocicorp/zero';
import {z} from 'zod';
import {companyRows} from './scope.ts';

export const requestQueries = {
  /** The company's requests, newest first. The device filters and searches locally. */
  list: defineQuery(({ctx}) => companyRows('request', ctx, 'requests.read').orderBy('created_at', 'desc')),

  card: defineQuery(z.object({id: z.string()}), ({args, ctx}) =>
    companyRows('request', ctx, 'requests.read')
      .where('id', args.id)
      .related('author')
      .related('comments', (q) => q.orderBy('created_at', 'asc').related('author'))
      .related('attachments', (q) => q.orderBy('created_at', 'asc').related('file'))
      .one(),
  ),

  /** Writes to this request the server refused (a colleague got there first, …). */
  refusals: defineQuery(z.object({id: z.string()}), ({args, ctx}) =>
    companyRows('refused_op', ctx, 'requests.read').where('subject_id', args.id).related('actor').orderBy('created_at', 'asc'),
  ),

  /** Who changed what and when: the request's own rows and its comments. */
  history: defineQuery(z.object({id: z.string()}), ({args, ctx}) =>
    companyRows('audit_log', ctx, 'requests.read')
      .where(({or, cmp}) => or(cmp('entity_id', args.id), cmp('parent_id', args.id)))
      .related('actor')
      .orderBy('created_at', 'asc'),
  ),
};
