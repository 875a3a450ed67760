import {SYSTEM_ROLES, type SystemRole} from './permissions.ts';

export function isSystemRoleKey(key: string): key is SystemRole {
  return (SYSTEM_ROLES as readonly string[]).includes(key);
}
