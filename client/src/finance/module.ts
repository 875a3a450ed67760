import {can} from '#shared/auth/can.ts';
import {defineClientModule} from '../module/define.ts';
import {FinanceHeld, FinanceNavBadge} from './finance-held.tsx';

/** Finance (issue 16): the invoices' registry and cards with their approvals, budgets, and the module's settings. */
export const financeClient = defineClientModule({
  key: 'finance',
  switch: 'finance',
  path: '/finance',
  nav: {label: 'nav.finance', icon: '₸'},
  visible: (ctx) => can(ctx, 'finance.read') || can(ctx, 'finance.own'),
  NavBadge: FinanceNavBadge,
  screen: () => import('./finance-page.tsx'),
  Held: FinanceHeld,
});
