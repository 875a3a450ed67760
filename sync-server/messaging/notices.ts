// A client wrote: the people who answer hear of it on their devices (in-app
// and web push) — the master the chat is with, or whoever it is assigned to,
// else those who see every conversation.
import type pg from 'pg';
import type {MessengerKind} from '#schema/tables/messaging.ts';
import {derivedId} from '#shared/crm/ids.ts';
import {MESSENGER_NAMES} from '#shared/messaging/events.ts';
import {replyWindow} from '#shared/messaging/window.ts';
import {mutators} from '#shared/mutators/index.ts';
import type {Clock} from '../clock.ts';
import {moduleIsOn} from '../jobs/module-gate.ts';
import {notify, type NotifyDeps} from '../notify/notifier.ts';
import type {Executor} from '../zero/execute.ts';
import type {Bots} from './bots.ts';
import {sendNow} from './outbound.ts';
import type {Pacer} from './pacing.ts';

export function clientMessageNotice(pool: pg.Pool, deps: NotifyDeps) {
  return async (companyId: string, conversationId: string, messageId: string): Promise<void> => {
    const {rows} = await pool.query<{title: string; channel: MessengerKind; body: string; member_ids: string[]}>(
      `select c.title, c.channel, m.body,
              coalesce(array_remove(array[coalesce(c.assigned_member_id, c.master_member_id)], null), '{}') ||
              case when c.assigned_member_id is null and c.master_member_id is null then
                (select coalesce(array_agg(mb.id), '{}') from member mb where mb.company_id = c.company_id and mb.active
                    and exists (select 1 from role r where r.company_id = mb.company_id and mb.roles ? r.key and r.permissions ? 'inbox.read'))
              else '{}' end as member_ids
         from conversation c join chat_message m on m.conversation_id = c.id
        where c.id = $1 and m.id = $2 and c.company_id = $3`,
      [conversationId, messageId, companyId],
    );
    const row = rows[0];
    if (!row) return;
    for (const memberId of row.member_ids) {
      await notify(
        deps,
        companyId,
        {type: 'member', memberId},
        {
          kind: 'inbox.message',
          dedupeKey: `inbox:${messageId}:${memberId}`,
          title: `💬 ${row.title || '…'} · ${MESSENGER_NAMES[row.channel]}`,
          body: row.body.slice(0, 200) || '📷',
          url: `/inbox/${conversationId}`,
          subject: {type: 'conversation', id: conversationId},
          audienceMemberId: memberId,
          notice: {title: {key: 'inbox.notice.title', params: {name: row.title}}, body: {key: 'inbox.notice.body', params: {text: row.body.slice(0, 200)}}},
        },
      );
    }
  };
}

export type ChatNoticeDeps = {pool: pg.Pool; executor: Executor; clock: Clock; bots: Bots; pacer: Pacer};

export type ChatNotice = {
  /** The booking it is about: its chat (bot_booking), else the client's latest chat with the company. */
  booking: {id: string; company_id: string; client_id?: string | null};
  text: string;
  /** One message per purpose, ever. */
  dedupeKey: string;
  buttons?: readonly (readonly {label: string; data: string}[])[];
  /** A mass notice: never to a client who said "stop" (reminders of their own visits still go). */
  notice?: boolean;
  /** The master's send log (notification, 0301): what kind, about what, whose log. */
  log: {kind: string; subject: {type: string; id: string}; audienceMemberId: string | null; recipientName: string};
};

const LOG_STATUS: Record<string, string> = {sent: 'delivered', delivered: 'delivered', read: 'delivered', failed: 'failed', unknown: 'unknown'};

/**
 * A booking's message to its client through the chat the client booked from
 * (B5, B7) — or, for a booking made elsewhere, the client's latest chat with
 * the company. WhatsApp after 24 hours of silence takes only the approved
 * template (the channel's, with the text as its one parameter); without one,
 * and without a chat, the caller falls back to email. Never twice: the
 * message's id derives from the purpose; the master's send log gets a line.
 */
export function chatNotices(deps: ChatNoticeDeps) {
  return async (n: ChatNotice): Promise<'queued' | 'no-chat' | 'opted-out'> => {
    const {booking} = n;
    if (!(await moduleIsOn(deps.pool, booking.company_id, 'messengers'))) return 'no-chat';
    const {rows} = await deps.pool.query<{id: string; channel: MessengerKind; bot: string; title: string; last_inbound_at: number | null; opted_out: boolean}>(
      `select c.id, c.channel, c.bot, c.title, (extract(epoch from c.last_inbound_at) * 1000)::float8 as last_inbound_at, c.opted_out_at is not null as opted_out
         from conversation c
        where c.company_id = $1
          and (c.id = (select conversation_id from bot_booking where booking_id = $2) or ($3::text is not null and c.client_id = $3))
        order by (c.id = (select conversation_id from bot_booking where booking_id = $2)) desc nulls last, c.last_inbound_at desc nulls last
        limit 1`,
      [booking.company_id, booking.id, booking.client_id ?? null],
    );
    const c = rows[0];
    if (!c) return 'no-chat';
    if (n.notice && c.opted_out) return 'opted-out';
    const bot = await deps.bots.get(c.channel, c.bot);
    if (!bot) return 'no-chat';
    const open = replyWindow(c.channel, c.last_inbound_at, deps.clock.now()).open;
    if (!open && !bot.template) return 'no-chat';
    const id = derivedId(n.dedupeKey, 'chat-notice');
    await deps.executor.run(
      mutators.chat.say({
        id,
        conversationId: c.id,
        author: 'notice',
        body: n.text,
        template: open ? '' : bot.template,
        templateParams: open ? [] : [n.text.slice(0, 1000)],
        buttons: open ? (n.buttons ?? []).map((r) => [...r]) : [],
        createdAt: deps.clock.now(),
      }),
      {kind: 'system', companyID: booking.company_id},
    );
    await sendNow(deps, [id]);
    const sent = await deps.pool.query<{status: string; error: string}>('select status, error from chat_message where id = $1', [id]);
    await deps.pool.query(
      `insert into notification (id, company_id, kind, channel, recipient_type, recipient, recipient_name, audience_member_id, subject_type, subject_id,
                                 title, body, status, error, dedupe_key, created_at, sent_at)
       values ($1, $2, $3, $4, 'client', $5, $5, $6, $7, $8, $14, $9, $10, $11, $12, to_timestamp($13 / 1000.0), to_timestamp($13 / 1000.0))
       on conflict (company_id, dedupe_key) do nothing`,
      [
        derivedId(id, 'log'),
        booking.company_id,
        n.log.kind,
        c.channel,
        n.log.recipientName || c.title,
        n.log.audienceMemberId,
        n.log.subject.type,
        n.log.subject.id,
        n.text.slice(0, 2000),
        LOG_STATUS[sent.rows[0]?.status ?? ''] ?? 'pending',
        sent.rows[0]?.error ?? '',
        `${n.dedupeKey}:${c.channel}`,
        deps.clock.now(),
        n.text.split('\n')[0]!.slice(0, 120),
      ],
    );
    return 'queued';
  };
}

export type ChatNotices = ReturnType<typeof chatNotices>;
