// Files (bytes in storage, described here) and the attachments tying them to records.
import {number, relationships, string, table} from '@rocicorp/zero';

export const file = table('file')
  .columns({
    id: string(),
    company_id: string(),
    name: string(),
    mime: string(),
    size: number(),
    sha256: string(),
    storage_key: string(),
    width: number().optional(),
    height: number().optional(),
    created_by: string().optional(),
    created_at: number(),
  })
  .primaryKey('id');

export const attachment = table('attachment')
  .columns({
    id: string(),
    company_id: string(),
    entity: string(),
    entity_id: string(),
    file_id: string(),
    kind: string(),
    created_by: string().optional(),
    created_at: number(),
  })
  .primaryKey('id');

export const attachmentRelationships = relationships(attachment, ({one}) => ({
  file: one({sourceField: ['file_id'], destField: ['id'], destSchema: file}),
}));
