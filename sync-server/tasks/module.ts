// Tasks and meetings (issue 15): their REST routes, what their writes set
// off (notices, invitations, Google Calendar), the deadline scan (reminders,
// overdue, escalation), and the calendars (each person's feed, Google sync,
// free/busy).
import {defineServerModule} from '../module/define.ts';
import {calendarEffects, calendarJobs, calendarPages, calendarRoutes} from './calendar/index.ts';
import {taskEffects} from './effects.ts';
import {taskJobs} from './jobs.ts';
import {meetingRoutes} from './meeting-routes.ts';
import {taskRoutes} from './task-routes.ts';

export const tasksServer = defineServerModule({
  key: 'tasks',
  // The calendar's first: /meetings/busy must be tried before /meetings/:id.
  routes: (d) => [...calendarRoutes(d), ...taskRoutes(d), ...meetingRoutes(d)],
  pages: calendarPages,
  // Queues are named after the mutator groups ("task", "meeting"), so a company that switches tasks off has its waiting jobs cancelled.
  jobs: (d) => {
    const calendar = calendarJobs(d);
    const tasks = d.notify ? taskJobs({...d, notify: d.notify}) : {jobs: {}, scans: []};
    return {jobs: {...tasks.jobs, ...calendar.jobs}, scans: [...(tasks.scans ?? []), ...(calendar.scans ?? [])]};
  },
  effects: (d) => [...taskEffects(d), ...calendarEffects(d)],
});
