// A member's context built from the database, for a write that arrives without
// a session: a colleague answering a client by replying in Telegram (B4). The
// same permissions a session of theirs would carry (their roles, less modules
// switched off); none for a member switched off or a suspended company.
import type pg from 'pg';
import type {MemberContext} from '#shared/auth/context.ts';
import {isPermission} from '#shared/auth/permissions.ts';
import {effectivePermissions} from '#shared/company/module-access.ts';

export async function memberContextById(pool: pg.Pool, memberId: string, via: MemberContext['via']): Promise<MemberContext | undefined> {
  const {rows} = await pool.query<{user_id: string; company_id: string; role: string; roles: unknown; permissions: unknown; modules: unknown}>(
    `select m.user_id, m.company_id, m.role, m.roles,
            coalesce((select jsonb_agg(distinct p.value) from role r cross join jsonb_array_elements_text(r.permissions) p
                       where r.company_id = m.company_id and m.roles ? r.key), '[]'::jsonb) as permissions,
            coalesce(cp.modules, '{}'::jsonb) as modules
       from member m join company c on c.id = m.company_id left join company_profile cp on cp.company_id = m.company_id
      where m.id = $1 and m.active and c.status = 'active'`,
    [memberId],
  );
  const row = rows[0];
  if (!row) return undefined;
  const granted = Array.isArray(row.permissions) ? row.permissions.filter(isPermission) : [];
  const roles = Array.isArray(row.roles) ? row.roles.filter((r): r is string => typeof r === 'string') : [row.role];
  return {
    kind: 'member',
    userID: row.user_id,
    memberID: memberId,
    companyID: row.company_id,
    role: row.role,
    roles,
    ...effectivePermissions(granted, row.modules as Record<string, boolean>),
    via,
  };
}
