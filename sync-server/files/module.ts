import {defineServerModule} from '../module/define.ts';
import {fileRoutes} from './routes.ts';

/** Files attached to records (uploads themselves are raw bytes, mounted in app.ts before the JSON parser). */
export const filesServer = defineServerModule({
  key: 'files',
  routes: fileRoutes,
});
