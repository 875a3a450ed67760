import {can} from '#shared/auth/can.ts';
import {defineClientModule} from '../module/define.ts';
import {AnalyticsHeld} from './use-analytics-data.ts';

/** Analytics (issue 17): the owner's and the management's dashboards, computed on the device for the recent period. */
export const analyticsClient = defineClientModule({
  key: 'analytics',
  switch: 'analytics',
  path: '/analytics',
  nav: {label: 'nav.analytics', icon: '◔'},
  visible: (ctx) => can(ctx, 'analytics.read'),
  screen: () => import('./analytics-page.tsx'),
  Held: AnalyticsHeld,
});
