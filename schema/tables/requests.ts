// Requests (заявки) and their comments.
import {boolean, json, number, relationships, string, table, type ReadonlyJSONValue} from '@rocicorp/zero';
import {member} from './core.ts';
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
    type_id: string().optional(),
    title: string(),
    priority: string<'low' | 'medium' | 'high' | 'urgent'>(),
    deadline: number().optional(),
    responsible_id: string().optional(),
    department: string(),
    fields: json<{readonly [key: string]: ReadonlyJSONValue}>(),
    accepted_at: number().optional(),
    accepted_by: string().optional(),
    status_since: number(),
    sla_due_at: number().optional(),
    escalated_at: number().optional(),
    // The CRM client this request is from (matched by shared/crm/link.ts).
    client_id: string().optional(),
  })
  .primaryKey('id');

type LocalizedJson = {ru: string; kk: string; en: string};

export const requestType = table('request_type')
  .columns({
    id: string(),
    company_id: string(),
    key: string(),
    name: json<LocalizedJson>(),
    workflow: json<ReadonlyJSONValue>(),
    assignment: json<ReadonlyJSONValue>(),
    // The step template: the tasks made when a request enters a status (shared/tasks/steps.ts).
    steps: json<ReadonlyJSONValue>(),
    template: string(),
    is_default: boolean(),
    position: number(),
    archived_at: number().optional(),
    created_at: number(),
    updated_at: number(),
  })
  .primaryKey('id');

export const fieldDef = table('field_def')
  .columns({
    id: string(),
    company_id: string(),
    type_id: string(),
    key: string(),
    label: json<LocalizedJson>(),
    kind: string(),
    options: json<ReadonlyJSONValue>(),
    required: boolean(),
    required_from: string().optional(),
    default_value: json<ReadonlyJSONValue>().optional(),
    help: json<Partial<LocalizedJson>>(),
    position: number(),
    archived_at: number().optional(),
    created_at: number(),
    updated_at: number(),
  })
  .primaryKey('id');

export const requestWatcher = table('request_watcher')
  .columns({id: string(), company_id: string(), request_id: string(), member_id: string(), created_at: number()})
  .primaryKey('id');

export const checklistItem = table('checklist_item')
  .columns({
    id: string(),
    company_id: string(),
    request_id: string(),
    text: string(),
    done: boolean(),
    done_by: string().optional(),
    position: number(),
    created_at: number(),
  })
  .primaryKey('id');

export const messageTemplate = table('message_template')
  .columns({
    id: string(),
    company_id: string(),
    key: string(),
    name: json<LocalizedJson>(),
    body: json<LocalizedJson>(),
    position: number(),
    archived_at: number().optional(),
    created_at: number(),
  })
  .primaryKey('id');

export const savedView = table('saved_view')
  .columns({id: string(), company_id: string(), member_id: string(), name: string(), filters: json<ReadonlyJSONValue>(), created_at: number()})
  .primaryKey('id');

export const requestComment = table('request_comment')
  .columns({
    id: string(),
    company_id: string(),
    request_id: string(),
    author_id: string().optional(),
    body: string(),
    created_at: number(),
    mentions: json<string[]>(),
  })
  .primaryKey('id');

export const requestRelationships = relationships(request, ({many, one}) => ({
  comments: many({sourceField: ['id'], destField: ['request_id'], destSchema: requestComment}),
  author: one({sourceField: ['created_by'], destField: ['id'], destSchema: member}),
  attachments: many({sourceField: ['id'], destField: ['entity_id'], destSchema: attachment}),
  type: one({sourceField: ['type_id'], destField: ['id'], destSchema: requestType}),
  responsible: one({sourceField: ['responsible_id'], destField: ['id'], destSchema: member}),
  checklist: many({sourceField: ['id'], destField: ['request_id'], destSchema: checklistItem}),
  watchers: many({sourceField: ['id'], destField: ['request_id'], destSchema: requestWatcher}),
}));

export const requestTypeRelationships = relationships(requestType, ({many}) => ({
  fields: many({sourceField: ['id'], destField: ['type_id'], destSchema: fieldDef}),
}));

export const requestCommentRelationships = relationships(requestComment, ({one}) => ({
  author: one({sourceField: ['author_id'], destField: ['id'], destSchema: member}),
}));
