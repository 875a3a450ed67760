// One inbound update, after its webhook stored it (webhooks.ts): a delivery
// status updates our message; a client's message or button press finds the
// company and master (the link they followed, B6), records the message in the
// inbox (its client found or made, K3), runs one step of the bot and sends its
// answer. Ids of everything made derive from the update's id, so running the
// same update again (a retry after a crash) makes nothing twice.
import type pg from 'pg';
import type {MessengerKind} from '#schema/tables/messaging.ts';
import type {PublicContext, SystemContext} from '#shared/auth/context.ts';
import {derivedId} from '#shared/crm/ids.ts';
import {isLocale, type Locale} from '#shared/i18n/locales.ts';
import {createTranslator} from '#shared/i18n/translate.ts';
import {handle} from '#shared/messaging/bot/engine.ts';
import {IDLE, type BotInput, type Flow, type Reply} from '#shared/messaging/bot/flow.ts';
import {decodeLink} from '#shared/messaging/deep-link.ts';
import type {InboundEvent} from '#shared/messaging/events.ts';
import {mutators} from '#shared/mutators/index.ts';
import {log} from '../log.ts';
import {masterById} from '../public/booking/data.ts';
import type {Bot} from './bots.ts';
import {botPorts, type PortsDeps} from './bot-ports.ts';
import {sendNow, type SenderDeps} from './outbound.ts';
import {requestFromChat, takesRequestsOnly} from './requests-intake.ts';
import {applyStatus} from './statuses.ts';
import {moduleIsOn} from '../jobs/module-gate.ts';
import {handleStaff} from './staff.ts';
import {queueMedia} from './media.ts';
import type {FileStorage} from '../files/storage.ts';

export type InboundDeps = PortsDeps &
  SenderDeps & {
    /** Where a client's photos are kept (media.ts); none in tests of the bot alone. */
    storage?: FileStorage;
    /** A client wrote: tell the people who answer (notices.ts). */ onClientMessage?: (
      companyId: string,
      conversationId: string,
      messageId: string,
    ) => Promise<void>;
  };

type BotUser = {
  id: string;
  name: string;
  phone: string;
  locale: string;
  active_company_id: string | null;
  active_master_id: string | null;
  flow: Flow;
};

const conversationIdOf = (companyId: string, bot: Bot, chatId: string) => derivedId(`${companyId}|${bot.kind}|${bot.key}|${chatId}`, 'conversation');

async function botUserOf(pool: pg.Pool, bot: Bot, from: {userId: string; chatId: string; name: string; language?: string | undefined}, phone?: string) {
  const lang = from.language?.slice(0, 2);
  const {rows} = await pool.query<BotUser>(
    `insert into bot_user (id, channel, bot, user_id, chat_id, name, phone, locale) values ($1, $2, $3, $4, $5, $6, coalesce($7, ''), $8)
     on conflict (channel, bot, user_id) do update set chat_id = excluded.chat_id,
        name = case when excluded.name <> '' then excluded.name else bot_user.name end,
        phone = coalesce($7, bot_user.phone), updated_at = now()
     returning id, name, phone, locale, active_company_id, active_master_id, flow`,
    [
      derivedId(`${bot.kind}|${bot.key}|${from.userId}`, 'bot-user'),
      bot.kind,
      bot.key,
      from.userId,
      from.chatId,
      from.name,
      phone ?? null,
      isLocale(lang) ? lang : 'ru',
    ],
  );
  return rows[0]!;
}

/** Follows a link: its master (or company) becomes the one this chat is with. Links to another company's master on a company's own bot are ignored. */
async function follow(deps: InboundDeps, bot: Bot, u: BotUser, payload: string): Promise<{source: string} | undefined> {
  const link = decodeLink(payload);
  if (!link) return undefined;
  let companyId: string | undefined;
  let masterId: string | null = null;
  if (link.kind === 'master') {
    const {rows} = await deps.pool.query<{company_id: string}>(
      `select m.company_id from booking_master m join company c on c.id = m.company_id where m.id = $1 and m.active and c.status = 'active'`,
      [link.id],
    );
    companyId = rows[0]?.company_id;
    masterId = link.id;
  } else {
    const {rows} = await deps.pool.query<{id: string}>(`select id from company where id = $1 and status = 'active'`, [link.id]);
    companyId = rows[0]?.id;
  }
  if (!companyId || (bot.companyId && bot.companyId !== companyId)) return undefined;
  await deps.pool.query(
    `insert into bot_follow (id, bot_user_id, company_id, master_id, source) values ($1, $2, $3, $4, $5) on conflict (id) do update set source = excluded.source`,
    [derivedId(`${u.id}|${companyId}|${masterId ?? ''}`, 'bot-follow'), u.id, companyId, masterId, link.source],
  );
  u.active_company_id = companyId;
  u.active_master_id = masterId;
  u.flow = IDLE;
  await deps.pool.query(`update bot_user set active_company_id = $2, active_master_id = $3, flow = '{}' where id = $1`, [u.id, companyId, masterId]);
  return {source: link.source};
}

async function companyTalks(pool: pg.Pool, companyId: string): Promise<boolean> {
  const {rows} = await pool.query(`select 1 from company where id = $1 and status = 'active'`, [companyId]);
  return rows.length > 0 && (await moduleIsOn(pool, companyId, 'messengers'));
}

async function followedSource(pool: pg.Pool, u: BotUser, companyId: string): Promise<string> {
  const {rows} = await pool.query<{source: string}>(
    `select source from bot_follow where bot_user_id = $1 and company_id = $2 and (master_id is null or master_id = $3) order by created_at desc limit 1`,
    [u.id, companyId, u.active_master_id],
  );
  return rows[0]?.source ?? '';
}

/** A master chosen from the list: any the client reached by a link (on the shared bot, of any of those companies). */
async function switchMaster(deps: InboundDeps, u: BotUser, masterId: string): Promise<boolean> {
  const {rows} = await deps.pool.query<{company_id: string}>(
    `select m.company_id from bot_follow f join booking_master m on m.company_id = f.company_id and (f.master_id is null or m.id = f.master_id)
      where f.bot_user_id = $1 and m.id = $2 and m.active limit 1`,
    [u.id, masterId],
  );
  if (!rows[0]) return false;
  u.active_company_id = rows[0].company_id;
  u.active_master_id = masterId;
  await deps.pool.query(`update bot_user set active_company_id = $2, active_master_id = $3 where id = $1`, [u.id, rows[0].company_id, masterId]);
  return true;
}

export async function handleInbound(deps: InboundDeps, bot: Bot, event: InboundEvent): Promise<void> {
  if (event.type === 'ignored') return;
  if (event.type === 'status') return applyStatus(deps.pool, bot, event);
  if (event.type === 'button' && event.callbackId) void bot.api.answerButton(event.callbackId).catch(() => {});
  const phone = event.type === 'message' ? event.phone : undefined;
  const u = await botUserOf(deps.pool, bot, event.from, phone);
  // A colleague on their own Telegram (staff.ts): linking, replies to forwarded messages, /today, /week, /links.
  const follows = (await deps.pool.query('select 1 from bot_follow where bot_user_id = $1 limit 1', [u.id])).rows.length > 0;
  if (await handleStaff(deps, bot, event, follows)) return;
  let source = '';
  if (event.type === 'message' && event.start) source = (await follow(deps, bot, u, event.start))?.source ?? '';
  // A company's own bot talks for that company even before a link is followed.
  if (!u.active_company_id && bot.companyId) u.active_company_id = bot.companyId;
  const companyId = u.active_company_id;
  // The link's source stays with the chat: a booking three steps later still says where the client came from.
  if (!source && companyId) source = await followedSource(deps.pool, u, companyId);
  const flow: Flow = u.flow && typeof u.flow === 'object' && 'step' in u.flow ? u.flow : IDLE;

  // A choice on the masters screen changes whose chat this is before the step runs.
  if (event.type === 'button' && flow.step === 'masters') {
    const m = /^c:(\d+):(\d+)$/.exec(event.data);
    const id = m && Number(m[1]) === flow.v ? flow.choices?.[Number(m[2])] : undefined;
    if (id && (await switchMaster(deps, u, id))) return respond(deps, bot, u, event, {kind: 'start'}, IDLE, source);
  }
  const input: BotInput =
    event.type === 'button'
      ? {kind: 'button', data: event.data}
      : event.start && companyId
        ? {kind: 'start'}
        : phone && flow.step === 'phone'
          ? {kind: 'phone', phone}
          : {kind: 'text', text: event.text, photos: event.photos.length};
  return respond(deps, bot, u, event, input, flow, source);
}

async function respond(
  deps: InboundDeps,
  bot: Bot,
  u: BotUser,
  event: Exclude<InboundEvent, {type: 'status' | 'ignored'}>,
  input: BotInput,
  flow: Flow,
  source: string,
) {
  // A company suspended, or with messengers switched off, is not there for its clients' chats: nothing is recorded.
  const companyId = u.active_company_id && (await companyTalks(deps.pool, u.active_company_id)) ? u.active_company_id : null;
  const locale: Locale = isLocale(u.locale) ? u.locale : 'ru';
  if (!companyId) {
    // No company yet (the shared bot, no link followed): say how to start; nothing is recorded.
    // Claimed before it is sent, so a re-run of this update never says it twice.
    const claimed = await deps.pool.query(
      `update bot_user set flow = jsonb_set(flow, '{told}', to_jsonb($2::text)) where id = $1 and coalesce(flow ->> 'told', '') <> $2 returning id`,
      [u.id, event.id],
    );
    if (!claimed.rowCount) return;
    const sent = await bot.api.send({chatId: event.from.chatId, text: createTranslator(locale)('bot.noLink'), key: derivedId(event.id, 'no-link')});
    if (!sent.ok) log.warn('messaging', `${bot.kind}: answer without a company failed: ${sent.detail}`);
    return;
  }
  const system: SystemContext = {kind: 'system', companyID: companyId};
  const conversationId = conversationIdOf(companyId, bot, event.from.chatId);
  const master = u.active_master_id
    ? await masterById(deps.zdb, {kind: 'public', companyID: companyId} satisfies PublicContext, u.active_master_id)
    : undefined;
  const at = event.at;
  // What the client wrote goes to the inbox; bot commands (/start <link>, /menu) and empty updates do not.
  const worded = event.type === 'message' && !event.start && !/^\/\w+(@\w+)?$/.test(event.text.trim()) && (event.text.trim() !== '' || event.photos.length > 0);
  const messageId = worded ? derivedId(`${bot.kind}|${bot.key}|${event.id}`, 'chat-in') : null;
  await deps.executor.run(
    mutators.chat.receive({
      conversationId,
      channel: bot.kind,
      bot: bot.key,
      chatId: event.from.chatId,
      userId: event.from.userId,
      title: event.from.name || u.name,
      phone: u.phone,
      locale,
      masterId: master?.id ?? null,
      source,
      at,
      message:
        event.type === 'message' && messageId ? {id: messageId, body: event.text, photos: event.photos.map((p) => p.ref), externalId: event.messageId} : null,
    }),
    system,
  );
  // R1: a company that takes requests rather than bookings (no master online): what the client writes becomes a request.
  if (!master && (await takesRequestsOnly(deps, companyId))) {
    const t = createTranslator(locale);
    const replies: string[] = [];
    if (messageId && event.type === 'message') {
      await requestFromChat(deps, companyId, {
        id: derivedId(messageId, 'request'),
        name: event.from.name || u.name,
        phone: u.phone,
        text: event.text,
        source: source || bot.kind,
        at,
      });
      replies.push(t('bot.requestTaken'));
    } else if (input.kind === 'start' || (event.type === 'message' && !messageId)) {
      const {rows} = await deps.pool.query<{name: string}>('select name from company where id = $1', [companyId]);
      replies.push(t('bot.helloRequests', {company: rows[0]?.name ?? ''}));
    }
    await say(
      deps,
      companyId,
      conversationId,
      `${bot.kind}|${bot.key}|${event.id}`,
      at,
      replies.map((text) => ({text})),
    );
    return;
  }
  const session = {
    companyId,
    conversationId,
    botUserId: u.id,
    master,
    name: event.from.name || u.name,
    phone: u.phone,
    locale,
    eventId: `${bot.kind}|${bot.key}|${event.id}`,
    source,
    channel: bot.kind,
  };
  const out = await handle(flow, input, botPorts(deps, session, bot.api.choicesPerScreen));
  await deps.pool.query('update bot_user set flow = $2, updated_at = now() where id = $1', [u.id, JSON.stringify(out.flow)]);
  await say(deps, companyId, conversationId, session.eventId, at, out.replies);
  if (messageId && deps.onClientMessage) await deps.onClientMessage(companyId, conversationId, messageId).catch(() => {});
  if (messageId && event.type === 'message' && event.photos.length && deps.storage)
    await queueMedia({...deps, storage: deps.storage}, {messageId, companyId, kind: bot.kind, bot: bot.key, refs: event.photos.map((p) => p.ref)});
}

/** The bot's answers: recorded in the conversation (ids from the update, so never twice), then sent in order. */
async function say(deps: InboundDeps, companyId: string, conversationId: string, eventId: string, at: number, replies: readonly Reply[]) {
  const ids: string[] = [];
  for (const [i, r] of replies.entries()) {
    const id = derivedId(eventId, `bot-reply:${i}`);
    ids.push(id);
    await deps.executor.run(
      mutators.chat.say({
        id,
        conversationId,
        author: 'bot',
        body: r.text,
        buttons: (r.buttons ?? []).map((row) => [...row]),
        askPhone: r.askPhone ?? '',
        createdAt: Math.max(deps.clock.now(), at) + i,
      }),
      {kind: 'system', companyID: companyId},
    );
  }
  await sendNow(deps, ids);
}

export type InboundJob = {kind: MessengerKind; bot: string; event: InboundEvent};
