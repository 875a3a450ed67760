import {defineModule} from '../module/define.ts';
import {memberMutators} from '../mutators/team.ts';
import {teamQueries} from '../queries/team.ts';

/** The team: members, roles, invitations. Always on. */
export const teamModule = defineModule({
  key: 'team',
  permissions: ['team.read', 'team.manage', 'api.manage'],
  mutators: {member: memberMutators},
  queries: {team: teamQueries},
});
