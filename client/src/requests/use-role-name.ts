import {useQuery} from '@rocicorp/zero/react';
import {useCallback} from 'react';
import {isSystemRoleKey} from '../../../shared/auth/roles.ts';
import {queries} from '../../../shared/queries/index.ts';
import {useT} from '../i18n/i18n.tsx';

/** A role key in words: system roles translated, company roles by their name. */
export function useRoleName(): (key: string) => string {
  const t = useT();
  const [roles] = useQuery(queries.team.roles());
  return useCallback(
    (key: string) => (isSystemRoleKey(key) ? t(`role.${key}`) : (roles.find((r) => r.key === key)?.name ?? key)),
    [roles, t],
  );
}
