// A colleague's own Telegram (B4, I2, S3 §2.1 "the master answers through the
// bot"): linked once by a link from the app (a one-time code), it receives the
// member's notices (new booking, overdue request, approval needed) and the
// clients' messages; replying to a forwarded message answers that client in
// the messenger they wrote from; /today and /week list the master's bookings
// (each can be cancelled), /links gives the links to share.
import {randomBytes} from 'node:crypto';
import type pg from 'pg';
import type {MessengerKind} from '#schema/tables/messaging.ts';
import {dayOf, localToUtc} from '#shared/booking/zone.ts';
import {derivedId} from '#shared/crm/ids.ts';
import {isLocale, type Locale} from '#shared/i18n/locales.ts';
import {createTranslator, type ServerTranslate} from '#shared/i18n/translate.ts';
import {MESSENGER_NAMES, type InboundEvent, type OutboundMessage} from '#shared/messaging/events.ts';
import {mutators} from '#shared/mutators/index.ts';
import {memberContextById} from '../auth/member-context.ts';
import type {Clock} from '../clock.ts';
import {log} from '../log.ts';
import {refusal} from '../public/booking/route-kit.ts';
import type {Executor} from '../zero/execute.ts';
import type {Bot, Bots} from './bots.ts';
import {masterLinks} from './links.ts';
import {sendNow} from './outbound.ts';
import type {Pacer} from './pacing.ts';

export type StaffDeps = {pool: pg.Pool; clock: Clock; executor: Executor; bots: Bots; pacer: Pacer};

const CODE_TTL_MIN = 30;

/** The link the app shows: t.me/<bot>?start=s_<one-time code>. */
export async function staffLinkUrl(deps: StaffDeps, companyId: string, memberId: string): Promise<string | undefined> {
  const bot = await deps.bots.forCompany('telegram', companyId);
  if (!bot?.handle) return undefined;
  const code = randomBytes(18).toString('base64url');
  await deps.pool.query(`delete from member_link_code where member_id = $1`, [memberId]);
  await deps.pool.query(`insert into member_link_code (code, member_id, company_id, valid_until) values ($1, $2, $3, now() + make_interval(mins => $4))`, [
    code,
    memberId,
    companyId,
    CODE_TTL_MIN,
  ]);
  return `https://t.me/${bot.handle.replace(/^@/, '')}?start=s_${code}`;
}

export async function staffLinked(pool: pg.Pool, memberId: string): Promise<boolean> {
  return (await pool.query('select 1 from member_messenger where member_id = $1', [memberId])).rows.length > 0;
}

async function memberLocale(pool: pg.Pool, memberId: string): Promise<{t: ServerTranslate; name: string; locale: Locale}> {
  const {rows} = await pool.query<{locale: string; name: string}>('select u.locale, m.name from member m join app_user u on u.id = m.user_id where m.id = $1', [
    memberId,
  ]);
  const locale = isLocale(rows[0]?.locale) ? rows[0].locale : 'ru';
  return {t: createTranslator(locale), name: rows[0]?.name ?? '', locale};
}

/** Sends to a member's linked Telegram (notices, forwarded client messages); records what a reply to it answers. */
export function memberTelegram(deps: Pick<StaffDeps, 'pool' | 'bots' | 'pacer'>) {
  return {
    linked: (memberId: string) => staffLinked(deps.pool, memberId),
    async send(
      memberId: string,
      text: string,
      key: string,
      conversationId?: string,
    ): Promise<{ok: true; id: string} | {ok: false; error: string} | {skipped: string}> {
      const {rows} = await deps.pool.query<{company_id: string; bot: string; chat_id: string}>(
        'select company_id, bot, chat_id from member_messenger where member_id = $1',
        [memberId],
      );
      const link = rows[0];
      if (!link) return {skipped: 'no Telegram linked'};
      const bot = await deps.bots.get('telegram', link.bot);
      if (!bot) return {skipped: 'the Telegram bot is not connected'};
      await deps.pacer.wait(`telegram:${link.bot}`, link.chat_id, bot.api.limits);
      // A client's message says how to answer it: reply, and it goes back to the client.
      const hint = conversationId ? `\n\n${(await memberLocale(deps.pool, memberId)).t('bot.staff.replyHint')}` : '';
      const sent = await bot.api.send({chatId: link.chat_id, text: `${text.slice(0, 3800)}${hint}`, key});
      if (!sent.ok) return {ok: false, error: sent.reason};
      if (conversationId)
        await deps.pool.query(
          `insert into staff_forward (channel, bot, chat_id, message_id, company_id, member_id, conversation_id) values ('telegram', $1, $2, $3, $4, $5, $6) on conflict do nothing`,
          [link.bot, link.chat_id, sent.externalId, link.company_id, memberId, conversationId],
        );
      return {ok: true, id: sent.externalId};
    },
  };
}

export type MemberTelegram = ReturnType<typeof memberTelegram>;

type Staff = {member_id: string; company_id: string};

async function reply(bot: Bot, chatId: string, key: string, text: string, buttons?: OutboundMessage['buttons']) {
  const r = await bot.api.send({chatId, text, key, buttons});
  if (!r.ok) log.warn('messaging', `staff answer failed: ${r.detail}`);
}

/** A colleague's update on the bot; false when it is not one (the client bot takes it). */
export async function handleStaff(
  deps: StaffDeps,
  bot: Bot,
  event: Exclude<InboundEvent, {type: 'status' | 'ignored'}>,
  clientSide: boolean,
): Promise<boolean> {
  const chatId = event.from.chatId;
  const key = (n: number) => derivedId(`${bot.kind}|${bot.key}|${event.id}`, `staff:${n}`);
  if (bot.kind !== 'telegram') return false;
  if (event.type === 'message' && event.start?.startsWith('s_')) {
    const {rows} = await deps.pool.query<Staff>(`delete from member_link_code where code = $1 and valid_until > now() returning member_id, company_id`, [
      event.start.slice(2),
    ]);
    const s = rows[0];
    if (!s || (bot.companyId && bot.companyId !== s.company_id)) {
      await reply(bot, chatId, key(0), createTranslator('ru')('bot.staff.badLink'));
      return true;
    }
    await deps.pool.query(
      `insert into member_messenger (member_id, company_id, channel, bot, user_id, chat_id) values ($1, $2, 'telegram', $3, $4, $5)
       on conflict (member_id) do update set bot = excluded.bot, user_id = excluded.user_id, chat_id = excluded.chat_id, linked_at = now()`,
      [s.member_id, s.company_id, bot.key, event.from.userId, chatId],
    );
    const {t, name} = await memberLocale(deps.pool, s.member_id);
    await reply(bot, chatId, key(0), t('bot.staff.linked', {name}));
    return true;
  }
  const {rows: staff} = await deps.pool.query<Staff>(
    `select member_id, company_id from member_messenger where channel = 'telegram' and bot = $1 and user_id = $2`,
    [bot.key, event.from.userId],
  );
  const me = staff[0];
  if (!me) return false;
  const {t} = await memberLocale(deps.pool, me.member_id);
  if (event.type === 'message' && event.replyTo) {
    const f = await deps.pool.query<{conversation_id: string}>(
      `select conversation_id from staff_forward where channel = 'telegram' and bot = $1 and chat_id = $2 and message_id = $3 and member_id = $4`,
      [bot.key, chatId, event.replyTo, me.member_id],
    );
    const conversationId = f.rows[0]?.conversation_id;
    if (conversationId) {
      await answerClient(deps, bot, me, {conversationId, text: event.text, id: key(1), chatId, t, replyKey: key(2)});
      return true;
    }
  }
  if (event.type === 'button') return staffButton(deps, bot, me, event.data, chatId, key, t);
  const command = event.type === 'message' ? event.text.trim().split(/\s/)[0]?.toLowerCase() : '';
  if (command === '/today' || command === '/week') {
    await diary(deps, bot, me, command === '/week' ? 7 : 1, chatId, key(0), t);
    return true;
  }
  if (command === '/links') {
    const [, ...masters] = await masterLinks(deps.pool, deps.bots, me.company_id, '', t('site.msg.hello'));
    const mine = await deps.pool.query<{id: string}>('select id from booking_master where member_id = $1', [me.member_id]);
    const list = masters
      .filter((m) => mine.rows.some((r) => r.id === m.masterId))
      .flatMap((m) => Object.entries(m.links).map(([k, url]) => `${MESSENGER_NAMES[k as MessengerKind]}: ${url}`));
    await reply(bot, chatId, key(0), list.length ? `${t('bot.staff.links')}\n${list.join('\n')}` : t('bot.staff.noMaster'));
    return true;
  }
  // Anything else from a colleague who is not also someone's client here: the commands.
  if (clientSide) return false;
  await reply(bot, chatId, key(0), t('bot.staff.help'));
  return true;
}

async function answerClient(
  deps: StaffDeps,
  bot: Bot,
  me: Staff,
  o: {conversationId: string; text: string; id: string; chatId: string; t: ServerTranslate; replyKey: string},
) {
  const ctx = await memberContextById(deps.pool, me.member_id, 'bot');
  if (!ctx) return;
  try {
    await deps.executor.run(mutators.chat.reply({id: o.id, conversationId: o.conversationId, body: o.text, createdAt: deps.clock.now()}), ctx);
  } catch (e) {
    const d = refusal(e);
    if (!d) throw e;
    const key = d.fields?.[0]?.code ?? d.messageKey ?? 'v.invalid';
    await reply(bot, o.chatId, o.replyKey, o.t('bot.staff.notSent', {reason: o.t(key)}));
    return;
  }
  await sendNow(deps, [o.id]);
  const {rows} = await deps.pool.query<{status: string; error: string}>('select status, error from chat_message where id = $1', [o.id]);
  const r = rows[0];
  await reply(bot, o.chatId, o.replyKey, r?.status === 'failed' ? o.t('bot.staff.notSent', {reason: o.t(r.error as never)}) : o.t('bot.staff.sent'));
}

type Visit = {id: string; starts_at: number; service_title: string; client_name: string; timezone: string};

async function visits(pool: pg.Pool, memberId: string, from: number, days: number): Promise<Visit[]> {
  const {rows} = await pool.query<Visit>(
    `select b.id, (extract(epoch from b.starts_at) * 1000)::float8 as starts_at, b.service_title, b.client_name, p.timezone
       from booking b join booking_master m on m.id = b.master_id join booking_place p on p.id = b.place_id
      where m.member_id = $1 and b.status = 'confirmed' and b.kind = 'visit'
        and b.starts_at >= to_timestamp($2 / 1000.0) and b.starts_at < to_timestamp($2 / 1000.0) + make_interval(days => $3)
      order by b.starts_at limit 40`,
    [memberId, from, days],
  );
  return rows;
}

const when = (v: Visit, locale: string, o: Intl.DateTimeFormatOptions) =>
  new Intl.DateTimeFormat(`${locale}-KZ`, {timeZone: v.timezone, ...o}).format(v.starts_at);

async function diary(deps: StaffDeps, bot: Bot, me: Staff, days: number, chatId: string, key: string, t: ServerTranslate) {
  const {locale} = await memberLocale(deps.pool, me.member_id);
  // From the start of today in the company's zone.
  const tz = (await deps.pool.query<{timezone: string}>('select timezone from company where id = $1', [me.company_id])).rows[0]?.timezone ?? 'Asia/Almaty';
  const list = await visits(deps.pool, me.member_id, localToUtc(dayOf(deps.clock.now(), tz), 0, tz), days);
  const lines = list.map(
    (v) => `${when(v, locale, {weekday: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit'})} — ${v.service_title}, ${v.client_name}`,
  );
  const buttons = list
    .slice(0, 8)
    .map((v) => [{label: t('bot.staff.cancel', {time: when(v, locale, {day: 'numeric', hour: '2-digit', minute: '2-digit'})}), data: `sc:${v.id}`}]);
  const text = `${t(days === 1 ? 'bot.staff.today' : 'bot.staff.week')}\n${lines.length ? lines.join('\n') : t('bot.staff.none')}`;
  await reply(
    bot,
    chatId,
    key,
    text,
    buttons.filter((b) => new TextEncoder().encode(b[0]!.data).length <= 64),
  );
}

async function staffButton(
  deps: StaffDeps,
  bot: Bot,
  me: Staff,
  data: string,
  chatId: string,
  key: (n: number) => string,
  t: ServerTranslate,
): Promise<boolean> {
  const m = /^s([ck]):(.+)$/.exec(data);
  if (!m) return false;
  const ctx = await memberContextById(deps.pool, me.member_id, 'bot');
  const {locale} = await memberLocale(deps.pool, me.member_id);
  const v = (await visits(deps.pool, me.member_id, deps.clock.now(), 60)).find((x) => x.id === m[2]);
  if (!ctx || !v) return true;
  const label = `${when(v, locale, {weekday: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit'})} — ${v.service_title}, ${v.client_name}`;
  if (m[1] === 'c') {
    await reply(bot, chatId, key(0), t('bot.staff.cancelAsk', {booking: label}), [[{label: t('bot.staff.cancelYes'), data: `sk:${v.id}`}]]);
    return true;
  }
  try {
    await deps.executor.run(mutators.booking.cancel({id: v.id, reason: '', byClient: false, at: deps.clock.now()}), ctx);
    await reply(bot, chatId, key(0), t('bot.staff.cancelled', {booking: label}));
  } catch (e) {
    const d = refusal(e);
    if (!d) throw e;
    await reply(bot, chatId, key(0), t('bot.staff.notSent', {reason: t(d.messageKey ?? 'v.invalid')}));
  }
  return true;
}
