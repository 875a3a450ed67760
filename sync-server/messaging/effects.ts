// What the inbox's writes set off: a message to a client (a reply, the bot's
// answer, a reminder) is queued for sending in the write's own transaction, so
// a message that exists is a message that will be sent (outbound.ts).
import {mutators} from '#shared/mutators/index.ts';
import type {ReplyOutcome} from '#shared/mutators/messaging.ts';
import type {SayOutcome} from '#shared/mutators/messaging-system.ts';
import {enqueue} from '../jobs/queue.ts';
import type {ServerDeps} from '../module/define.ts';
import {afterWrite, type Effect} from '../zero/effects.ts';
import {sendKey, type SendPayload} from './outbound.ts';

export function messagingEffects(deps: ServerDeps): Effect[] {
  return [
    afterWrite(mutators.chat.reply, async ({sql, ctx, outcome}) => {
      const o = outcome as ReplyOutcome;
      if (!o) return;
      const payload: SendPayload = {messageId: o.send};
      await enqueue(sql, deps.clock, {queue: 'chat.send', companyId: ctx.companyID, payload, dedupeKey: sendKey(o.send), maxAttempts: 12});
    }),
    afterWrite(mutators.chat.say, async ({sql, ctx, outcome}) => {
      const o = outcome as SayOutcome;
      if (!o) return;
      const payload: SendPayload = {messageId: o.send, buttons: o.buttons, askPhone: o.askPhone, templateParams: o.templateParams};
      await enqueue(sql, deps.clock, {queue: 'chat.send', companyId: ctx.companyID, payload, dedupeKey: sendKey(o.send), maxAttempts: 12});
    }),
  ];
}
