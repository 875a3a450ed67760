// The outbound queue: every message to a client (a reply from the inbox, the
// bot's answer, a reminder) is a chat_message row "pending" and a job
// 'chat.send' (dedupe key send:<id>) enqueued in the same transaction
// (effects.ts). The job may be taken at once by the process that made it (the
// fast path: a bot answers in milliseconds, not at the worker's next tick) or
// by the worker later; either way:
// - never twice: the row goes pending → sending before the call; a job that
//   finds its row "sending" was cut off mid-send and does not send again
//   (status unknown) — except on VK, whose random_id makes a resend harmless;
// - within the channel's limits (pacing.ts), and a 429 or a 5xx is retried
//   after the delay the channel names (RetryLater), the row back to pending;
// - the channel's answer is kept: sent with its id (for delivered/read
//   statuses and replies), or failed with the reason in plain words.
import type pg from 'pg';
import type {OutboundMessage} from '#shared/messaging/events.ts';
import type {MessengerKind} from '#schema/tables/messaging.ts';
import type {Clock} from '../clock.ts';
import {claimByKey, complete, fail, RetryLater, type JobRow} from '../jobs/queue.ts';
import {log} from '../log.ts';
import {sendFailures} from '../observe/instruments.ts';
import type {Bots} from './bots.ts';
import type {Pacer} from './pacing.ts';

export type SendPayload = {
  messageId: string;
  buttons?: OutboundMessage['buttons'];
  askPhone?: string;
  templateParams?: readonly string[];
};

export const sendKey = (messageId: string) => `send:${messageId}`;

type Row = {
  id: string;
  status: string;
  body: string;
  template: string;
  channel: MessengerKind;
  bot: string;
  chat_id: string;
  locale: string;
};

export type SenderDeps = {pool: pg.Pool; clock: Clock; bots: Bots; pacer: Pacer};

async function setStatus(pool: pg.Pool, id: string, status: string, o: {error?: string; externalId?: string; sentAt?: number} = {}) {
  await pool.query(
    `update chat_message set status = $2, error = $3, external_id = coalesce($4, external_id), sent_at = coalesce(to_timestamp($5 / 1000.0), sent_at) where id = $1`,
    [id, status, o.error ?? '', o.externalId ?? null, o.sentAt ?? null],
  );
}

/** One send job: see the header for what it guarantees. */
export async function sendMessage(deps: SenderDeps, p: SendPayload): Promise<void> {
  const claimed = await deps.pool.query<Row>(
    `update chat_message m set status = 'sending', updated_at = now() from conversation c
      where m.id = $1 and c.id = m.conversation_id and m.status in ('pending', 'sending')
      returning m.id, (select status from chat_message where id = $1) as status, m.body, m.template, c.channel, c.bot, c.chat_id, c.locale`,
    [p.messageId],
  );
  const row = claimed.rows[0];
  if (!row) return; // sent, failed or gone already
  if (row.status === 'sending' && row.channel !== 'vk') {
    await setStatus(deps.pool, row.id, 'unknown', {error: 'messaging.fail.interrupted'});
    return;
  }
  const bot = await deps.bots.get(row.channel, row.bot);
  if (!bot) {
    await setStatus(deps.pool, row.id, 'failed', {error: 'messaging.fail.notConnected'});
    return;
  }
  const message: OutboundMessage = {
    chatId: row.chat_id,
    text: row.body,
    key: row.id,
    buttons: p.buttons?.length ? p.buttons : undefined,
    // A keyboard only Telegram has; elsewhere the client types the number.
    askPhone: p.askPhone || undefined,
    ...(row.template && {template: {name: row.template, language: row.locale, params: p.templateParams ?? []}}),
  };
  await deps.pacer.wait(`${row.channel}:${row.bot}`, row.chat_id, bot.api.limits);
  const result = await bot.api.send(message);
  const now = deps.clock.now();
  if (result.ok) return setStatus(deps.pool, row.id, 'sent', {externalId: result.externalId, sentAt: now});
  if (result.retryAfterMs !== undefined) {
    await setStatus(deps.pool, row.id, 'pending', {error: result.reason});
    throw new RetryLater(result.retryAfterMs, `${row.channel}: ${result.detail}`);
  }
  if (result.maybeSent) return setStatus(deps.pool, row.id, 'unknown', {error: result.reason});
  log.warn('messaging', `send ${row.id} by ${row.channel} failed: ${result.detail}`);
  sendFailures.inc({channel: row.channel});
  await setStatus(deps.pool, row.id, 'failed', {error: result.reason});
}

/** Runs one claimed job to its end, as the worker would (the fast path). */
export async function runClaimed(deps: {pool: pg.Pool; clock: Clock}, job: JobRow, handler: () => Promise<void>): Promise<void> {
  try {
    await handler();
    await complete(deps.pool, job.id);
  } catch (e) {
    await fail(deps.pool, deps.clock, job, (e as Error).message, e instanceof RetryLater ? e.delayMs : undefined).catch(() => {});
  }
}

/** Sends these messages now, in order, if no one else has taken their jobs. */
export async function sendNow(deps: SenderDeps, messageIds: readonly string[]): Promise<void> {
  for (const id of messageIds) {
    const job = await claimByKey(deps.pool, deps.clock, sendKey(id));
    if (job) await runClaimed(deps, job, () => sendMessage(deps, job.payload as SendPayload));
  }
}
