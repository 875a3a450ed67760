// The archive's reads (D1–D3), scoped by shared/documents/access.ts: a draft
// reaches only its owner and the archive's keepers; everything of a document
// (versions, comments, links, approvals) comes through the document itself.
import {defineQuery} from '@rocicorp/zero';
import {v} from '../validation/args.ts';
import {visibleDocuments} from '../documents/access.ts';

const id = v.string().max(128);

export const documentQueries = {
  /** The archive: every document one sees, newest first, with what the list and its filters show. */
  list: defineQuery(({ctx}) =>
    visibleDocuments(ctx)
      .related('counterparty')
      .related('versions', (q) => q.orderBy('number', 'desc').related('file'))
      .related('links')
      .orderBy('created_at', 'desc')
      .orderBy('id', 'desc'),
  ),

  /** One document's card: every version with its file and author, the comments, links, approvals of every round. */
  card: defineQuery(v.object({id}), ({args, ctx}) =>
    visibleDocuments(ctx)
      .where('id', args.id)
      .related('counterparty')
      .related('owner')
      .related('versions', (q) => q.orderBy('number', 'desc').related('file').related('author'))
      .related('comments', (q) => q.orderBy('created_at', 'asc').related('author'))
      .related('links', (q) => q.orderBy('created_at', 'asc'))
      .related('approvals', (q) =>
        q.where('entity', 'document').orderBy('round', 'asc').orderBy('grp', 'asc').orderBy('id', 'asc').related('decider').related('member'),
      )
      .one(),
  ),
};
