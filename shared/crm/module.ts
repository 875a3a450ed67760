import {permissionsOf} from '../auth/permissions.ts';
import {defineModule} from '../module/define.ts';
import {clientMutators} from '../mutators/clients.ts';
import {clientQueries} from '../queries/clients.ts';

/** The CRM: clients, contacts, notes, merges, import and export. */
export const crmModule = defineModule({
  key: 'crm',
  switch: 'crm',
  permissions: permissionsOf('crm'),
  mutators: {client: clientMutators},
  queries: {clients: clientQueries},
});
