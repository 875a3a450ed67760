// What the channel says became of a message we sent (WhatsApp's statuses; the
// others answer a send directly): sent → delivered → read, never backwards.
import type pg from 'pg';
import type {InboundEvent} from '#shared/messaging/events.ts';
import type {Bot} from './bots.ts';

// Where each reported status stands (the SQL below ranks the message's current one the same way):
// a status applies only to a message below it, so a late "delivered" never undoes "read", and
// "failed" (ranked as "read") applies to anything not read yet.
const RANK = {sent: 2, delivered: 3, read: 4, failed: 4} as const;

/** Sets what the channel reported; a failure gets the reason in words. */
export async function applyStatus(pool: pg.Pool, bot: Bot, e: Extract<InboundEvent, {type: 'status'}>) {
  await pool.query(
    `update chat_message m set status = $4, error = case when $4 = 'failed' then $5 else m.error end
       from conversation c
      where c.id = m.conversation_id and c.channel = $1 and c.bot = $2 and m.external_id = $3 and m.direction = 'out'
        and (case m.status when 'read' then 4 when 'delivered' then 3 when 'sent' then 2 else 1 end) < $6`,
    [bot.kind, bot.key, e.messageId, e.status, 'messaging.fail.undeliverable', RANK[e.status]],
  );
}
