// Tenant-level tables every module relies on: the company, its roles and members,
// and the append-only audit log. Column names match the SQL in migrations/.
import {boolean, json, number, string, table, type ReadonlyJSONValue} from '@rocicorp/zero';

export const company = table('company')
  .columns({
    id: string(),
    slug: string(),
    name: string(),
    status: string<'active' | 'suspended' | 'blocked' | 'deleted'>(),
    locale: string<'ru' | 'kk' | 'en'>(),
    timezone: string(),
    currency: string(),
    created_at: number(),
  })
  .primaryKey('id');

export const role = table('role')
  .columns({
    id: string(),
    company_id: string(),
    key: string(),
    name: string(),
    permissions: json<string[]>(),
    is_system: boolean(),
    created_at: number(),
  })
  .primaryKey('id');

export const member = table('member')
  .columns({
    id: string(),
    company_id: string(),
    // Null for a person who does not sign in (an executor imported from a spreadsheet).
    user_id: string().optional(),
    name: string(),
    email: string(),
    // The first of `roles` (kept in step by a trigger, 0308); read `roles`.
    role: string(),
    // Every role key the member holds: permissions are the union (0308).
    roles: json<string[]>(),
    active: boolean(),
    created_at: number(),
    last_name: string(),
    first_name: string(),
    middle_name: string(),
    position: string(),
    phone: string(),
    skills: json<string[]>(),
  })
  .primaryKey('id');

export type AuditChanges = {readonly [column: string]: ReadonlyJSONValue};

export const auditLog = table('audit_log')
  .columns({
    id: string(),
    company_id: string(),
    actor_id: string().optional(),
    via: string(),
    mutator: string().optional(),
    entity: string(),
    entity_id: string(),
    parent_id: string().optional(),
    action: string<'insert' | 'update' | 'delete'>(),
    changes: json<AuditChanges>(),
    created_at: number(),
  })
  .primaryKey('id');
