// Support access the company's owner grants the platform (issue 18, migration 0801).
import {number, string, table} from '@rocicorp/zero';

export const supportGrant = table('support_grant')
  .columns({
    id: string(),
    company_id: string(),
    granted_by: string().optional(),
    created_at: number(),
    expires_at: number(),
    revoked_at: number().optional(),
    note: string(),
  })
  .primaryKey('id');
