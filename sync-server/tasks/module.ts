// Tasks and meetings (issue 15): their REST routes, what their writes set
// off (notices), and the deadline scan (reminders, overdue, escalation).
import {defineServerModule} from '../module/define.ts';
import {taskEffects} from './effects.ts';
import {taskJobs} from './jobs.ts';
import {meetingRoutes} from './meeting-routes.ts';
import {taskRoutes} from './task-routes.ts';

export const tasksServer = defineServerModule({
  key: 'tasks',
  routes: (d) => [...taskRoutes(d), ...meetingRoutes(d)],
  // Queues are named after the mutator groups ("task", "meeting"), so a company that switches tasks off has its waiting jobs cancelled.
  jobs: (d) => (d.notify ? taskJobs({...d, notify: d.notify}) : {}),
  effects: taskEffects,
});
