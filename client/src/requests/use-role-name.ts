import {useQuery} from '@rocicorp/zero/react';
import {useCallback} from 'react';
import {roleName} from '#shared/auth/role-name.ts';
import {queries} from '#shared/queries/index.ts';
import {useI18n} from '../i18n/i18n.tsx';

/** A role key in words: system and template roles in the reader's language, company roles by their name. */
export function useRoleName(): (key: string) => string {
  const {t, locale} = useI18n();
  const [roles] = useQuery(queries.team.roles());
  return useCallback((key: string) => roleName({key, name: roles.find((r) => r.key === key)?.name}, locale, t), [roles, t, locale]);
}
