import {permissionsOf} from '../auth/permissions.ts';
import {defineModule} from '../module/define.ts';
import {chatMutators} from '../mutators/messaging.ts';
import {chatSystemMutators} from '../mutators/messaging-system.ts';
import {inboxQueries} from '../queries/messaging.ts';

/** Messengers (issue 14): the bots on Telegram, WhatsApp and VK, and one inbox for every conversation. */
export const messagingModule = defineModule({
  key: 'messaging',
  switch: 'messengers',
  permissions: permissionsOf('messaging'),
  mutators: {chat: {...chatMutators, ...chatSystemMutators}},
  queries: {inbox: inboxQueries},
});
