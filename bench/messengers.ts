// Messengers on the real service: webhook → the bot's answer at the channel
// (a local server speaking the Bot API), p50/p99 with 50 conversations at
// once; and a master's mass notice to 1,000 clients through WhatsApp at the
// channel's limit (80/s): time to drain, and duplicates (must be 0).
import pg from 'pg';
import {freePort} from '#server/supervisor/ports.ts';
import {Client, uniqueEmail} from '#server/testing/http.ts';
import {startTelegramApi, startWhatsAppApi, telegramButton, telegramText} from '#server/testing/messengers/index.ts';
import {SHARED, sharedBotEnv} from '#server/testing/messengers/shared-bots.ts';
import {startStack} from '#server/testing/stack.ts';
import {fmt, stats} from './browser.ts';

const everyDay = Object.fromEntries(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].map((d) => [d, {open: true, intervals: [{from: '00:00', to: '24:00'}]}]));

export async function messengers() {
  const ports = {telegram: await freePort(), whatsapp: await freePort(), vk: await freePort()};
  const tg = await startTelegramApi({port: ports.telegram, token: SHARED.telegram.token, username: SHARED.telegram.username});
  const wa = await startWhatsAppApi({port: ports.whatsapp, phoneNumberId: SHARED.whatsapp.phoneId, token: SHARED.whatsapp.token, rateLimit: {perSecond: 80}});
  const stack = await startStack({sync: false, env: {...sharedBotEnv(ports), DOT_JOBS_TICK_MS: '500'}});
  const db = new pg.Pool({connectionString: stack.pgUrl, max: 2});
  try {
    const owner = new Client(stack.baseUrl);
    const me = (await owner.post('/api/v1/auth/signup', {companyName: 'Бот-бенч', name: 'Мастер', email: uniqueEmail(), password: 'password1'})).body;
    await owner.put('/api/v1/booking/masters/m', {memberId: me.member.id, masterSlug: 'm', displayName: 'Мастер', horizonDays: 60, minNoticeMin: 0});
    await owner.put('/api/v1/booking/places/p', {masterId: 'm', name: 'Студия', timezone: 'Asia/Almaty', hours: everyDay});
    await owner.put('/api/v1/booking/services/s', {masterId: 'm', title: 'Услуга', durationMin: 30, placeIds: ['p']});
    const start = new URL((await owner.get('/api/v1/messaging/links')).body.masters[0].links.telegram).searchParams.get('start');

    let update = 1;
    const hook = (body: object) =>
      fetch(`${stack.baseUrl}/hooks/telegram/shared`, {
        method: 'POST',
        headers: {'content-type': 'application/json', 'x-telegram-bot-api-secret-token': SHARED.telegram.secret},
        body: JSON.stringify(body),
      });
    /** One step of one conversation: the time from sending the update to the bot's answer reaching Telegram. */
    async function step(chat: number, body: object): Promise<{ms: number; buttons: {text: string; callback_data: string}[]}> {
      const before = tg.sent.filter((m) => m.chatId === String(chat)).length;
      const t = Date.now();
      const r = await hook(body);
      if (r.status !== 200) throw new Error(`webhook answered ${r.status}`);
      for (;;) {
        const sent = tg.sent.filter((m) => m.chatId === String(chat));
        if (sent.length > before) {
          const last = sent.at(-1)!;
          const at = tg.calls('sendMessage').find((c) => String(c.body.chat_id) === String(chat) && c.body.text === last.text && c.at >= t)?.at ?? Date.now();
          const kb = (last.body.reply_markup as {inline_keyboard?: {text: string; callback_data: string}[][]} | undefined)?.inline_keyboard ?? [];
          return {ms: at - t, buttons: kb.flat()};
        }
        await new Promise((res) => setTimeout(res, 2));
      }
    }
    /** A person reads and taps: `think` ms between their steps (0: a script hammering the bot). */
    async function conversation(chat: number, think = 0): Promise<number[]> {
      const times: number[] = [];
      const pause = () => (think ? new Promise((r) => setTimeout(r, think * (0.5 + Math.random()))) : Promise.resolve());
      const hello = await step(chat, telegramText({updateId: update++, userId: chat, text: `/start ${start}`}));
      times.push(hello.ms);
      await pause();
      const services = await step(
        chat,
        telegramButton({updateId: update++, userId: chat, data: hello.buttons.find((b) => b.text === 'Записаться')!.callback_data}),
      );
      times.push(services.ms);
      await pause();
      const days = await step(chat, telegramButton({updateId: update++, userId: chat, data: services.buttons[0]!.callback_data}));
      times.push(days.ms);
      await pause();
      const slots = await step(chat, telegramButton({updateId: update++, userId: chat, data: days.buttons[0]!.callback_data}));
      times.push(slots.ms);
      await pause();
      times.push((await step(chat, telegramText({updateId: update++, userId: chat, text: 'Здравствуйте, а можно с ребёнком?'}))).ms);
      return times;
    }
    await conversation(1); // warm up
    const alone = (await Promise.all([2, 3, 4, 5, 6].map(async (c, i) => (await new Promise((r) => setTimeout(r, i * 400)), conversation(c))))).flat();
    // 50 people at once, each taking about two seconds to read and tap (1–3 s).
    const t0 = Date.now();
    const all = (
      await Promise.all(Array.from({length: 50}, async (_, i) => (await new Promise((r) => setTimeout(r, i * 40)), conversation(1000 + i, 2000))))
    ).flat();
    const wall = Date.now() - t0;
    // 50 scripts at once, no pause: Telegram's 30 messages/s per bot is the ceiling.
    const t1 = Date.now();
    const flood = (await Promise.all(Array.from({length: 50}, (_, i) => conversation(5000 + i)))).flat();
    const floodWall = Date.now() - t1;

    // A mass notice to 1,000 clients who booked from WhatsApp.
    await db.query(
      `insert into conversation (id, company_id, channel, bot, chat_id, title, master_id, locale, last_inbound_at, created_at)
       select 'c' || g, $1, 'whatsapp', 'shared', (77060000000 + g)::text, 'Клиент ' || g, 'm', 'ru', now() - interval '1 hour', now() from generate_series(1, 1000) g`,
      [me.company.id],
    );
    await db.query(
      `insert into booking (id, company_id, master_id, place_id, service_id, kind, starts_at, ends_at, blocked_until, status, service_title,
                            client_name, client_phone, client_email, client_locale, source, created_at, updated_at)
       select 'b' || g, $1, 'm', 'p', 's', 'visit', now() - make_interval(days => 30, mins => g), now() - make_interval(days => 30, mins => g) + interval '1 minute',
              now() - make_interval(days => 30, mins => g) + interval '1 minute', 'confirmed', 'Услуга', 'Клиент ' || g, '+7706' || lpad(g::text, 7, '0'), '', 'ru',
              'whatsapp', now() - interval '40 days', now() - interval '40 days' from generate_series(1, 1000) g`,
      [me.company.id],
    );
    await db.query(`insert into bot_booking (booking_id, company_id, conversation_id) select 'b' || g, $1, 'c' || g from generate_series(1, 1000) g`, [
      me.company.id,
    ]);
    const before = wa.sent.length;
    const m0 = Date.now();
    await db.query(`insert into mass_notification (id, company_id, master_id, body) values ('mass1', $1, 'm', 'Скидка 20% в декабре')`, [me.company.id]);
    void owner.post('/__test/jobs/run', {}); // the due scan now rather than at its next turn
    while (wa.sent.length - before < 1000 && Date.now() - m0 < 300_000) await new Promise((r) => setTimeout(r, 50));
    const drain = Date.now() - m0;
    const sent = wa.sent.slice(before);
    const perSecond = new Map<number, number>();
    for (const c of wa.calls('messages').slice(-sent.length)) perSecond.set(Math.floor(c.at / 1000), (perSecond.get(Math.floor(c.at / 1000)) ?? 0) + 1);
    const p99 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(0.99 * xs.length))]!;
    return {
      alone: {...stats(alone), p99: p99(alone)},
      flood: {...stats(flood), p99: p99(flood), rate: flood.length / (floodWall / 1000)},
      answer: {...stats(all), p99: p99(all)},
      wall,
      n: all.length,
      mass: {sent: sent.length, drain, duplicates: wa.duplicates(), unique: new Set(sent.map((m) => m.to)).size, peak: Math.max(...perSecond.values())},
      tgDuplicates: tg.duplicates(),
    };
  } finally {
    await db.end();
    await stack.stop();
    await tg.close();
    await wa.close();
  }
}

if (import.meta.main) {
  const r = await messengers();
  console.log(
    `webhook → bot answer at Telegram, a few conversations (n=${r.alone.n}): median ${fmt(r.alone.median)}, p99 ${fmt(r.alone.p99)}, max ${fmt(r.alone.max)}`,
  );
  console.log(
    `webhook → bot answer at Telegram, 50 conversations at once, people tapping every 1–3 s (5 steps each, n=${r.n}): median ${fmt(r.answer.median)}, p90 ${fmt(r.answer.p90)}, p99 ${fmt(r.answer.p99)}, max ${fmt(r.answer.max)}; all in ${fmt(r.wall)}; repeated answers ${r.tgDuplicates}`,
  );
  console.log(
    `50 scripts at once without pause (n=${r.flood.n}): ${r.flood.rate.toFixed(1)} answers/s (Telegram allows ~30/s per bot), median ${fmt(r.flood.median)}, p99 ${fmt(r.flood.p99)}`,
  );
  console.log(
    `mass notice to 1,000 WhatsApp clients: ${r.mass.sent} sent to ${r.mass.unique} numbers in ${fmt(r.mass.drain)} (limit 80/s; busiest second ${r.mass.peak}); duplicates ${r.mass.duplicates}`,
  );
}
