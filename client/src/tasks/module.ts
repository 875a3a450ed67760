import {seesTasks} from '#shared/tasks/access.ts';
import {defineClientModule} from '../module/define.ts';
import {TasksHeld, TasksNavBadge} from './tasks-held.tsx';

/** Tasks (issue 15): "My tasks" on a phone, a task's card with its result, the team's board, table and workload. */
export const tasksClient = defineClientModule({
  key: 'tasks',
  switch: 'tasks',
  path: '/tasks',
  nav: {label: 'nav.tasks', icon: '☑'},
  visible: seesTasks,
  NavBadge: TasksNavBadge,
  screen: () => import('./tasks-page.tsx'),
  Held: TasksHeld,
});
