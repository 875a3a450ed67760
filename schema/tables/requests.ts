// Requests (заявки) and their comments.
import {number, relationships, string, table} from '@rocicorp/zero';
import {auditLog, member} from './core.ts';
import {attachment} from './files.ts';

export const request = table('request')
  .columns({
    id: string(),
    company_id: string(),
    // Assigned by the server (trigger); null until the first sync round trip.
    number: number().optional(),
    client_name: string(),
    client_phone: string(),
    client_email: string(),
    text: string(),
    source: string(),
    status: string(),
    created_by: string().optional(),
    created_at: number(),
    updated_at: number(),
    // The catalog item a request is about (its "order this" link), if any.
    catalog_item_id: string().optional(),
  })
  .primaryKey('id');

export const requestComment = table('request_comment')
  .columns({
    id: string(),
    company_id: string(),
    request_id: string(),
    author_id: string().optional(),
    body: string(),
    created_at: number(),
  })
  .primaryKey('id');

export const requestRelationships = relationships(request, ({many, one}) => ({
  comments: many({sourceField: ['id'], destField: ['request_id'], destSchema: requestComment}),
  author: one({sourceField: ['created_by'], destField: ['id'], destSchema: member}),
  attachments: many({sourceField: ['id'], destField: ['entity_id'], destSchema: attachment}),
}));

export const requestCommentRelationships = relationships(requestComment, ({one}) => ({
  author: one({sourceField: ['author_id'], destField: ['id'], destSchema: member}),
}));

export const auditLogRelationships = relationships(auditLog, ({one}) => ({
  actor: one({sourceField: ['actor_id'], destField: ['id'], destSchema: member}),
}));
