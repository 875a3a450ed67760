// Finance (issue 16): invoices with approval chains, budgets with limits —
// their REST routes (writes, registry, export, budget report), what their
// writes set off (notices to approvers and authors) and the approvals' SLA
// scan (reminders, escalation).
import {defineServerModule} from '../module/define.ts';
import {financeEffects} from './effects.ts';
import {financeJobs} from './jobs.ts';
import {financeRoutes} from './routes.ts';

export const financeServer = defineServerModule({
  key: 'finance',
  routes: financeRoutes,
  // Queues are named after the mutator group ("approval"), so a company that switches finance off has its waiting jobs cancelled.
  jobs: (d) => (d.notify ? financeJobs({...d, notify: d.notify}) : {jobs: {}, scans: []}),
  effects: financeEffects,
});
