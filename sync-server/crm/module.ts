import {defineServerModule} from '../module/define.ts';
import {clientIoRoutes} from '../routes/clients-io.ts';
import {clientRoutes} from '../routes/clients.ts';

export const crmServer = defineServerModule({
  key: 'crm',
  // Import/export first: "/clients/export" must not be read as a client id.
  routes: (d) => [...clientIoRoutes(d), ...clientRoutes(d)],
});
