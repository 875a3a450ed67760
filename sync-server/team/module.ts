import {defineServerModule} from '../module/define.ts';
import {teamRoutes} from '../routes/team.ts';

export const teamServer = defineServerModule({
  key: 'team',
  routes: teamRoutes,
});
