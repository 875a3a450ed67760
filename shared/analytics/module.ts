import {permissionsOf} from '../auth/permissions.ts';
import {defineModule} from '../module/define.ts';
import {analyticsQueries} from '../queries/analytics.ts';

/** Analytics (issue 17): the owner's and the management's dashboards. Reads only; switched by `analytics`. */
export const analyticsModule = defineModule({
  key: 'analytics',
  switch: 'analytics',
  permissions: permissionsOf('analytics'),
  mutators: {},
  queries: {analytics: analyticsQueries},
});
