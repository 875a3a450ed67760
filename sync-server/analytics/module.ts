// Analytics (issue 17): the dashboards' REST routes (any range, by SQL; the
// recent period is computed on the device) and what keeps their inputs: the
// daily visitor salts and sightings, pruned by a scan.
import {defineServerModule} from '../module/define.ts';
import {analyticsJobs} from './jobs.ts';
import {analyticsRoutes} from './routes.ts';

export const analyticsServer = defineServerModule({
  key: 'analytics',
  routes: analyticsRoutes,
  jobs: analyticsJobs,
});
