import {permissionsOf} from '../auth/permissions.ts';
import {defineModule} from '../module/define.ts';
import {meetingMutators} from '../mutators/meetings.ts';
import {taskSystemMutators} from '../mutators/tasks-system.ts';
import {taskMutators} from '../mutators/tasks.ts';
import {meetingQueries, taskQueries} from '../queries/tasks.ts';

/** Tasks and meetings (issue 15): tasks from requests and by hand, their dependencies and results; meetings whose commitments become tasks. */
export const tasksModule = defineModule({
  key: 'tasks',
  switch: 'tasks',
  permissions: permissionsOf('tasks'),
  mutators: {task: {...taskMutators, ...taskSystemMutators}, meeting: meetingMutators},
  queries: {tasks: taskQueries, meetings: meetingQueries},
});
