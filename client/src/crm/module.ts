import {defineClientModule} from '../module/define.ts';
import {CrmHeldData} from './crm-held-data.tsx';

export const crmClient = defineClientModule({
  key: 'crm',
  switch: 'crm',
  path: '/clients',
  nav: {label: 'nav.clients', icon: '☺'},
  screen: () => import('./clients-page.tsx'),
  Held: CrmHeldData,
});
