import {useQuery} from '@rocicorp/zero/react';
import {queries} from '#shared/queries/index.ts';
import {seesMeetings} from '#shared/tasks/access.ts';
import {defineClientModule} from '../module/define.ts';

/** Meetings (issue 15, S1 §5.6): plan them, record their commitments as tasks, see what was promised, subscribe a calendar. */
export const meetingsClient = defineClientModule({
  key: 'meetings',
  switch: 'tasks',
  path: '/meetings',
  nav: {label: 'nav.meetings', icon: '◈'},
  visible: seesMeetings,
  screen: () => import('./meetings-screen.tsx'),
  // The meetings with their commitments and those commitments' tasks: the list, a meeting, free/busy and the commitments view offline.
  Held: function MeetingsHeld() {
    useQuery(queries.meetings.list());
    useQuery(queries.meetings.commitments());
    return null;
  },
});
