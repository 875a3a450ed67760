import {defineServerModule} from '../module/define.ts';
import {catalogRoutes} from '../routes/catalog.ts';

export const catalogServer = defineServerModule({
  key: 'catalog',
  routes: catalogRoutes,
});
