import {defineServerModule} from '../module/define.ts';
import {publicRequestRoutes} from '../public/request-form.ts';
import {publicSubmitLimiter} from '../platform/content/settings.ts';
import {requestConfigRoutes} from '../routes/request-config.ts';
import {requestRoutes} from '../routes/requests.ts';
import {requestEffects} from './effects.ts';
import {requestJobs} from './jobs.ts';

export const requestsServer = defineServerModule({
  key: 'requests',
  routes: (d) => [...requestRoutes(d), ...requestConfigRoutes(d)],
  pages: (d) => publicRequestRoutes({...d, submitLimit: publicSubmitLimiter(d)}),
  jobs: (d) => (d.notify ? requestJobs({...d, notify: d.notify}) : {}),
  effects: requestEffects,
});
