import {useQuery} from '@rocicorp/zero/react';
import {queries} from '#shared/queries/index.ts';
import {defineClientModule} from '../module/define.ts';
import RequestsScreen from './requests-screen.tsx';

export const requestsClient = defineClientModule({
  key: 'requests',
  switch: 'requests',
  path: '/requests',
  nav: {label: 'nav.requests', icon: '▤'},
  // The first screen after sign-in: part of the app's main chunk, never a second round trip.
  screen: () => Promise.resolve({default: RequestsScreen}),
  // Request types with their workflows and reply templates: a move is checked on the device, offline.
  Held: function RequestsHeld() {
    useQuery(queries.requestConfig.types());
    useQuery(queries.requestConfig.messageTemplates());
    return null;
  },
});
