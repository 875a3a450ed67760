import {defineClientModule} from '../module/define.ts';

export const bookingClient = defineClientModule({
  key: 'booking',
  switch: 'booking',
  path: '/booking',
  nav: {label: 'nav.booking', icon: '◷'},
  screen: () => import('./booking-page.tsx').then((m) => ({default: m.BookingPage})),
});
