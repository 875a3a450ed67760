// The company's profile from the device's replica: module switches shape the
// navigation, the cabinet edits the rest. Works offline like every read.
import {useQuery} from '@rocicorp/zero/react';
import {moduleStates} from '#shared/company/modules.ts';
import {queries} from '#shared/queries/index.ts';

export function useProfile() {
  const [profile, details] = useQuery(queries.site.profile());
  return {profile, loaded: details.type === 'complete' || !!profile, modules: moduleStates(profile?.modules)};
}

export type Profile = NonNullable<ReturnType<typeof useProfile>['profile']>;
