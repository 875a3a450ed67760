import {seesInbox} from '#shared/messaging/access.ts';
import {defineClientModule} from '../module/define.ts';
import {InboxHeld, InboxNavBadge} from './inbox-held.tsx';

/** Messengers (issue 14): one inbox for the Telegram, WhatsApp and VK conversations, and the channels' settings. */
export const inboxClient = defineClientModule({
  key: 'messaging',
  switch: 'messengers',
  path: '/inbox',
  nav: {label: 'nav.inbox', icon: '✉'},
  visible: seesInbox,
  NavBadge: InboxNavBadge,
  screen: () => import('./inbox-page.tsx'),
  Held: InboxHeld,
});
