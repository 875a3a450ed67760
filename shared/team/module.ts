import {permissionsOf} from '../auth/permissions.ts';
import {defineModule} from '../module/define.ts';
import {memberMutators} from '../mutators/team.ts';
import {roleMutators} from '../mutators/roles.ts';
import {teamQueries} from '../queries/team.ts';

/** The team: members, roles, invitations. Always on. */
export const teamModule = defineModule({
  key: 'team',
  permissions: permissionsOf('team'),
  mutators: {member: memberMutators, role: roleMutators},
  queries: {team: teamQueries},
});
