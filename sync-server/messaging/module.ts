import {defineServerModule} from '../module/define.ts';

/** Messengers (issue 14): the webhooks, the bots, the outbound queue, the inbox's REST routes. */
export const messagingServer = defineServerModule({
  key: 'messaging',
});
