// The CRM: clients, their contacts (a table apart, so sync can withhold them
// from roles without `clients.contacts`), notes, merges, dismissed duplicate
// pairs, and the log of exports. Column names match migrations/0200_crm.sql.
import {boolean, json, number, relationships, string, table} from '@rocicorp/zero';
import {member} from './core.ts';

export type ContactKind = 'phone' | 'email' | 'telegram' | 'whatsapp' | 'vk';

export const client = table('client')
  .columns({
    id: string(),
    company_id: string(),
    name: string(),
    birthday: string().optional(),
    tags: json<string[]>(),
    source: string(),
    consent: string<'unknown' | 'yes' | 'no'>(),
    consent_at: number().optional(),
    merged_into: string().optional(),
    merged_at: number().optional(),
    created_by: string().optional(),
    created_at: number(),
    updated_at: number(),
  })
  .primaryKey('id');

export const clientContact = table('client_contact')
  .columns({
    id: string(),
    company_id: string(),
    client_id: string(),
    kind: string<ContactKind>(),
    value: string(),
    created_at: number(),
  })
  .primaryKey('id');

export const clientNote = table('client_note')
  .columns({id: string(), company_id: string(), client_id: string(), author_id: string().optional(), body: string(), created_at: number()})
  .primaryKey('id');

/** Ids of the rows a merge moved from the merged client to the survivor. */
export type MergeMoved = {contacts: string[]; notes: string[]; requests: string[]; bookings: string[]};
/** The survivor's fields a merge changed (tags, birthday, …), as they were and as the merge left them. */
export type MergeFields = {name?: string; birthday?: string | null; tags?: string[]; source?: string; consent?: 'unknown' | 'yes' | 'no'};

export const clientMerge = table('client_merge')
  .columns({
    id: string(),
    company_id: string(),
    survivor_id: string(),
    merged_id: string(),
    moved: json<MergeMoved>(),
    survivor_before: json<MergeFields>(),
    survivor_after: json<MergeFields>(),
    created_by: string().optional(),
    created_at: number(),
    undone_at: number().optional(),
    undone_by: string().optional(),
  })
  .primaryKey('id');

export const clientDismissal = table('client_dismissal')
  .columns({id: string(), company_id: string(), client_a: string(), client_b: string(), created_by: string().optional(), created_at: number()})
  .primaryKey('id');

export const clientExport = table('client_export')
  .columns({
    id: string(),
    company_id: string(),
    member_id: string().optional(),
    format: string<'csv' | 'xlsx'>(),
    row_count: number(),
    with_contacts: boolean(),
    created_at: number(),
  })
  .primaryKey('id');

export const clientRelationships = relationships(client, ({many}) => ({
  notes: many({sourceField: ['id'], destField: ['client_id'], destSchema: clientNote}),
}));

export const clientNoteRelationships = relationships(clientNote, ({one}) => ({
  author: one({sourceField: ['author_id'], destField: ['id'], destSchema: member}),
}));

export const clientMergeRelationships = relationships(clientMerge, ({one}) => ({
  survivor: one({sourceField: ['survivor_id'], destField: ['id'], destSchema: client}),
  merged: one({sourceField: ['merged_id'], destField: ['id'], destSchema: client}),
  actor: one({sourceField: ['created_by'], destField: ['id'], destSchema: member}),
}));
