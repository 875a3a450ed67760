import {useQuery} from '@rocicorp/zero/react';
import {queries} from '#shared/queries/index.ts';
import {defineClientModule} from '../module/define.ts';

export const teamClient = defineClientModule({
  key: 'team',
  path: '/team',
  nav: {label: 'nav.team', icon: '◎'},
  screen: () => import('./team-page.tsx').then((m) => ({default: m.TeamPage})),
  // Every screen names people and their roles, offline too.
  Held: function TeamHeld() {
    useQuery(queries.team.members());
    useQuery(queries.team.roles());
    return null;
  },
});
