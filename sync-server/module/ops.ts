import {opsRoutes} from '../routes/ops.ts';
import {defineServerModule} from './define.ts';

/** What an operator reads about the installation. Always on. */
export const opsServer = defineServerModule({
  key: 'ops',
  routes: opsRoutes,
});
