// A client books with a master through the platform's shared Telegram bot,
// by buttons, against a local server that speaks the Bot API; the same update
// twice has one effect; a bad secret stores nothing; a reply from the inbox
// reaches the client's chat once; a send cut off mid-way is never repeated.
import pg from 'pg';
import {afterAll, beforeAll, describe, expect, inject, it} from 'vitest';
import {Client, signupCompany} from '../testing/http.ts';
import {salon, type Salon} from '../testing/salon.ts';
import {startTelegramApi, telegramButton, telegramMessage, telegramText, TEST_PHOTO, type TelegramApi} from '../testing/messengers/index.ts';
import {SHARED} from '../testing/messengers/shared-bots.ts';

let api: TelegramApi;
let s: Salon;
let db: pg.Pool;
let start: string;
const base = inject('baseUrl');
const userId = 5550001;
let updateId = 900_000;

async function hook(update: object, secret: string = SHARED.telegram.secret) {
  return fetch(`${base}/hooks/telegram/shared`, {
    method: 'POST',
    headers: {'content-type': 'application/json', 'x-telegram-bot-api-secret-token': secret},
    body: JSON.stringify(update),
  });
}

/** Waits for the bot's next message to this chat (the fast path answers at once). */
async function next(after: number, chat = userId): Promise<{text: string; buttons: {text: string; callback_data: string}[]}> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const sent = api.sent.filter((m) => m.chatId === String(chat));
    if (sent.length > after) {
      const last = sent.at(-1)!;
      const kb = (last.body.reply_markup as {inline_keyboard?: {text: string; callback_data: string}[][]} | undefined)?.inline_keyboard ?? [];
      return {text: last.text, buttons: kb.flat()};
    }
    if (Date.now() > deadline) throw new Error(`no answer; sent: ${JSON.stringify(sent.map((m) => m.text))}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}
const count = (chat = userId) => api.sent.filter((m) => m.chatId === String(chat)).length;

async function press(label: RegExp | string, screen: {buttons: {text: string; callback_data: string}[]}) {
  const b = screen.buttons.find((x) => (typeof label === 'string' ? x.text === label : label.test(x.text)));
  if (!b) throw new Error(`no button ${label} in ${JSON.stringify(screen.buttons.map((x) => x.text))}`);
  const before = count();
  expect((await hook(telegramButton({updateId: ++updateId, userId, data: b.callback_data}))).status).toBe(200);
  return next(before);
}

beforeAll(async () => {
  api = await startTelegramApi({port: inject('messengerPorts').telegram, token: SHARED.telegram.token, username: SHARED.telegram.username});
  db = new pg.Pool({connectionString: inject('pgUrl'), max: 2});
  s = await salon('Салон в Telegram');
  const links = await s.owner.get('/api/v1/messaging/links?source=qr-door');
  expect(links.status).toBe(200);
  const tg = links.body.masters.find((m: {masterId: string}) => m.masterId === s.master).links.telegram as string;
  expect(tg).toMatch(/^https:\/\/t\.me\/dot_test_bot\?start=m_/);
  start = new URL(tg).searchParams.get('start')!;
});

afterAll(async () => {
  await api.close();
  await db.end();
});

describe('the shared Telegram bot', () => {
  it('refuses an update with a wrong secret and stores nothing', async () => {
    const before = (await db.query(`select count(*)::int as n from job where queue = 'chat.inbound'`)).rows[0].n;
    expect((await hook(telegramText({updateId: ++updateId, userId, text: 'hi'}), 'wrong')).status).toBe(401);
    expect((await db.query(`select count(*)::int as n from job where queue = 'chat.inbound'`)).rows[0].n).toBe(before);
  });

  it('books a visit by buttons, from the master’s link to the confirmation, and keeps the link’s source', async () => {
    const hello = await (async () => {
      const before = count();
      await hook(telegramText({updateId: ++updateId, userId, text: `/start ${start}`, name: 'Айгерим'}));
      return next(before);
    })();
    expect(hello.text).toContain('Дана');
    const services = await press('Записаться', hello);
    const days = await press(/Стрижка/, services);
    const times = await press(days.buttons[0]!.text, days);
    const phone = await press(times.buttons[0]!.text, times);
    expect(phone.text).toMatch(/номер телефона/);
    // The client shares their contact (Telegram's request_contact keyboard).
    const before = count();
    await hook(
      telegramMessage(
        {updateId: ++updateId, userId: userId, name: 'Айгерим'},
        {contact: {phone_number: '+77011234567', first_name: 'Айгерим', user_id: userId}},
      ),
    );
    const confirm = await next(before);
    expect(confirm.text).toMatch(/Стрижка.*Дана/s);
    const done = await press('Подтвердить', confirm);
    expect(done.text).toMatch(/Готово/);

    const bookings = await db.query(
      `select b.source, b.client_phone, b.client_id from booking b join bot_booking bb on bb.booking_id = b.id where b.master_id = $1`,
      [s.master],
    );
    expect(bookings.rows).toHaveLength(1);
    expect(bookings.rows[0]).toMatchObject({source: 'qr-door', client_phone: '+77011234567'});
    // One client in the CRM with both the phone and the Telegram account, and the conversation is theirs.
    const conv = await s.owner.get('/api/v1/conversations');
    const c = conv.body.data.find((x: {chatId: string}) => x.chatId === String(userId));
    expect(c).toMatchObject({channel: 'telegram', bot: 'shared', masterId: s.master, source: 'qr-door'});
    expect(c.clientId).toBe(bookings.rows[0].client_id);
    const contacts = await db.query(`select kind, value from client_contact where client_id = $1 order by kind`, [c.clientId]);
    expect(contacts.rows).toEqual([
      {kind: 'phone', value: '+77011234567'},
      {kind: 'telegram', value: String(userId)},
    ]);
    expect(api.duplicates()).toBe(0);
  });

  it('answers the same update delivered twice once, with one effect', async () => {
    const update = telegramText({updateId: ++updateId, userId, text: 'А можно пораньше?'});
    const before = count();
    expect((await hook(update)).status).toBe(200);
    await next(before);
    const after = count();
    expect((await hook(update)).status).toBe(200);
    await new Promise((r) => setTimeout(r, 500));
    expect(count()).toBe(after);
    const msgs = await db.query(`select count(*)::int as n from chat_message where body = 'А можно пораньше?'`);
    expect(msgs.rows[0].n).toBe(1);
  });

  it('keeps a client’s photo as the company’s file, shown in the inbox', async () => {
    await hook(
      telegramMessage(
        {updateId: ++updateId, userId: userId, name: 'Айгерим'},
        {
          photo: [
            {file_id: 'small-1', file_unique_id: 's1', width: 90, height: 90},
            {file_id: 'big-1', file_unique_id: 'b1', width: 800, height: 800},
          ],
          caption: 'Вот такую стрижку хочу',
        },
      ),
    );
    let attachments: {ref: string; fileId?: string}[] = [];
    for (let i = 0; i < 100 && !attachments[0]?.fileId; i++) {
      await new Promise((r) => setTimeout(r, 50));
      attachments = (await db.query(`select attachments from chat_message where body = 'Вот такую стрижку хочу'`)).rows[0]?.attachments ?? [];
    }
    expect(attachments).toEqual([{kind: 'photo', ref: 'big-1', fileId: expect.any(String)}]);
    const file = await fetch(`${base}/api/v1/files/${attachments[0]!.fileId}`, {headers: {cookie: s.owner.cookie}});
    expect([file.status, file.headers.get('content-type')]).toEqual([200, 'image/png']);
    expect(Buffer.from(await file.arrayBuffer())).toEqual(TEST_PHOTO);
    // Another company cannot read it.
    const other = await signupCompany('Чужой салон');
    expect((await fetch(`${base}/api/v1/files/${attachments[0]!.fileId}`, {headers: {cookie: other.client.cookie}})).status).toBe(404);
  });

  it('sends a reply from the inbox to the client’s chat once, and records what came of it', async () => {
    const conv = (await s.owner.get('/api/v1/conversations')).body.data.find((x: {chatId: string}) => x.chatId === String(userId));
    expect(conv.unread).toBeGreaterThan(0);
    const key = crypto.randomUUID();
    const first = await s.owner.post(`/api/v1/conversations/${conv.id}/messages`, {body: 'Да, в 10:00 свободно'}, {'idempotency-key': key});
    expect(first.status).toBe(201);
    const again = await s.owner.post(`/api/v1/conversations/${conv.id}/messages`, {body: 'Да, в 10:00 свободно'}, {'idempotency-key': key});
    expect(again.status).toBe(201);
    await new Client().post('/__test/jobs/run', {});
    const sent = api.sent.filter((m) => m.text === 'Да, в 10:00 свободно');
    expect(sent).toHaveLength(1);
    expect(sent[0]!.chatId).toBe(String(userId));
    const msgs = await s.owner.get(`/api/v1/conversations/${conv.id}/messages`);
    expect(msgs.body.data.filter((m: {body: string}) => m.body === 'Да, в 10:00 свободно')).toEqual([
      expect.objectContaining({status: 'sent', direction: 'out', author: 'member', externalId: String(sent[0]!.messageId)}),
    ]);
  });

  it('waits as long as Telegram asks after a 429, then sends once; a send cut off mid-way is not repeated', async () => {
    const conv = (await s.owner.get('/api/v1/conversations')).body.data.find((x: {chatId: string}) => x.chatId === String(userId));
    api.failNext(1, {status: 429, retryAfter: 1}, 'sendMessage');
    const r = await s.owner.post(`/api/v1/conversations/${conv.id}/messages`, {body: 'Ждём вас'});
    expect(r.status).toBe(201);
    await new Client().post('/__test/jobs/run', {});
    const row = await db.query(`select status, error from chat_message where body = 'Ждём вас'`);
    expect(row.rows[0]).toMatchObject({status: 'pending'});
    await new Promise((res) => setTimeout(res, 1100));
    await new Client().post('/__test/jobs/run', {});
    expect(api.sent.filter((m) => m.text === 'Ждём вас')).toHaveLength(1);

    // A process died between "sending" and the answer: the message is not sent again.
    const cut = await s.owner.post(`/api/v1/conversations/${conv.id}/messages`, {body: 'Оборвалось'});
    await db.query(`update chat_message set status = 'sending' where id = $1`, [cut.body.id]);
    await new Client().post('/__test/jobs/run', {});
    expect(api.sent.filter((m) => m.text === 'Оборвалось')).toHaveLength(0);
    expect((await db.query(`select status, error from chat_message where id = $1`, [cut.body.id])).rows[0]).toEqual({
      status: 'unknown',
      error: 'messaging.fail.interrupted',
    });
  });

  it('keeps two companies apart for a client who followed masters of both on the shared bot', async () => {
    const other = await salon('Другой салон');
    const links = await other.owner.get('/api/v1/messaging/links');
    const start2 = new URL(links.body.masters[0].links.telegram).searchParams.get('start')!;
    let before = count();
    await hook(telegramText({updateId: ++updateId, userId, text: `/start ${start2}`}));
    const menu = await next(before);
    expect(menu.buttons.map((b) => b.text)).toContain('Сменить мастера');
    before = count();
    await hook(telegramText({updateId: ++updateId, userId, text: 'Вопрос второму салону'}));
    await next(before);
    const mine = (await other.owner.get('/api/v1/conversations')).body.data;
    expect(mine).toHaveLength(1);
    const texts = (await other.owner.get(`/api/v1/conversations/${mine[0].id}/messages`)).body.data.map((m: {body: string}) => m.body);
    expect(texts).toContain('Вопрос второму салону');
    expect(texts.join('\n')).not.toMatch(/пораньше|10:00 свободно|Ждём вас/);
    // The first company sees none of it, and none of the second company's rows.
    const first = (await s.owner.get('/api/v1/conversations')).body.data;
    expect(first.every((c: {companyId: string}) => c.companyId === s.me.company.id)).toBe(true);
    const firstTexts = (await s.owner.get(`/api/v1/conversations/${first[0].id}/messages`)).body.data.map((m: {body: string}) => m.body);
    expect(firstTexts).not.toContain('Вопрос второму салону');
    // Switching back: the chooser lists both masters; choosing the first company's puts the client there again.
    before = count();
    const list = await press('Сменить мастера', menu);
    expect(list.buttons.map((b) => b.text).filter((t) => t.includes('—'))).toHaveLength(2);
    const back = await press(/Салон в Telegram/, list);
    expect(back.text).toContain('Дана');
    before = count();
    await hook(telegramText({updateId: ++updateId, userId, text: 'Снова первому'}));
    await next(before);
    const again = (await s.owner.get(`/api/v1/conversations/${first[0].id}/messages`)).body.data.map((m: {body: string}) => m.body);
    expect(again).toContain('Снова первому');
  });

  it('answers an update stored before a restart, and a re-run after a crash mid-work makes nothing twice', async () => {
    // Stored, then the process died before taking it: the worker takes it after the restart.
    const id = ++updateId;
    const update = telegramText({updateId: id, userId, text: 'Пока сервер спал'});
    await db.query(
      `insert into job (id, queue, dedupe_key, company_id, payload, run_at) values (gen_random_uuid()::text, 'chat.inbound', $1, null, $2, now())`,
      [
        `in:telegram:shared:${id}`,
        JSON.stringify({
          kind: 'telegram',
          bot: 'shared',
          event: {
            type: 'message',
            id: String(id),
            from: {userId: String(userId), chatId: String(userId), name: 'Айгерим'},
            text: 'Пока сервер спал',
            photos: [],
            messageId: String(id),
            at: Date.now(),
          },
        }),
      ],
    );
    // The client is in "write to the master" (the bot answers nothing): the message must reach the inbox, once.
    await new Client().post('/__test/jobs/run', {});
    const answered = count();
    expect((await db.query(`select count(*)::int as n from chat_message where body = 'Пока сервер спал'`)).rows[0].n).toBe(1);
    // Telegram delivers it again (it never got our 200): the same job, nothing new.
    expect((await hook(update)).status).toBe(200);
    // The worker died after the work but before marking the job done: it is run again when its lease runs out.
    await db.query(`update job set state = 'running', locked_until = now() - interval '1 second' where dedupe_key = $1`, [`in:telegram:shared:${id}`]);
    await new Client().post('/__test/jobs/run', {});
    await new Promise((r) => setTimeout(r, 300));
    expect(count()).toBe(answered);
    expect((await db.query(`select count(*)::int as n from chat_message where body = 'Пока сервер спал'`)).rows[0].n).toBe(1);
  });

  it('turns a message into a request for a company that takes requests, not bookings (R1), keeping channel and source', async () => {
    const {client: owner} = await signupCompany('Ремонт без записи');
    const links = (await owner.get('/api/v1/messaging/links?source=flyer')).body;
    expect(links.masters).toEqual([]);
    const payload = new URL(links.company.links.telegram).searchParams.get('start')!;
    const chat = 5550777;
    let before = count(chat);
    await hook(telegramText({updateId: ++updateId, userId: chat, text: `/start ${payload}`, name: 'Бауыржан'}));
    expect((await next(before, chat)).text).toMatch(/Напишите, что вам нужно/);
    before = count(chat);
    await hook(telegramText({updateId: ++updateId, userId: chat, text: 'Течёт кран на кухне, нужен мастер завтра', name: 'Бауыржан'}));
    expect((await next(before, chat)).text).toMatch(/принято как заявка/);
    const requests = (await owner.get('/api/v1/requests')).body.data;
    expect(requests).toEqual([expect.objectContaining({text: 'Течёт кран на кухне, нужен мастер завтра', clientName: 'Бауыржан', source: 'flyer'})]);
    const conv = (await owner.get('/api/v1/conversations')).body.data;
    expect(conv).toEqual([expect.objectContaining({channel: 'telegram', source: 'flyer', unread: 1})]);
  });

  it('lets the master run the day from their own Telegram: clients’ messages forwarded, a reply goes back, /week lists and cancels', async () => {
    const staff = 5551000;
    const link = await s.owner.post('/api/v1/messaging/telegram-link');
    expect(link.status).toBe(201);
    const code = new URL(link.body.url).searchParams.get('start')!;
    let before = count(staff);
    await hook(telegramText({updateId: ++updateId, userId: staff, text: `/start ${code}`, name: 'Дана'}));
    expect((await next(before, staff)).text).toMatch(/Готово, Владелец/);
    expect((await s.owner.get('/api/v1/messaging/telegram-link')).body).toEqual({linked: true, available: true});
    // The code works once.
    before = count(staff + 1);
    await hook(telegramText({updateId: ++updateId, userId: staff + 1, text: `/start ${code}`}));
    expect((await next(before, staff + 1)).text).toMatch(/устарела/);

    // A client writes: the master gets it in Telegram, and answers by replying to it.
    before = count(staff);
    await hook(telegramText({updateId: ++updateId, userId, text: 'Можно перенести на субботу?'}));
    const fwd = await next(before, staff);
    expect(fwd.text).toMatch(/Айгерим · Telegram[\s\S]*Можно перенести на субботу\?[\s\S]*Ответьте на это сообщение/);
    const forwarded = api.sent.filter((m) => m.chatId === String(staff)).at(-1)!;
    before = count(staff);
    const toClient = count();
    await hook(
      telegramMessage(
        {updateId: ++updateId, userId: staff, name: 'Дана'},
        {text: 'Да, в субботу в 11:00 свободно', reply_to_message: {message_id: forwarded.messageId, chat: {id: staff, type: 'private'}, date: 0}},
      ),
    );
    expect((await next(before, staff)).text).toMatch(/Ответ отправлен клиенту/);
    expect(
      api.sent
        .filter((m) => m.chatId === String(userId))
        .slice(toClient)
        .map((m) => m.text),
    ).toEqual(['Да, в субботу в 11:00 свободно']);
    const conv = (await s.owner.get('/api/v1/conversations')).body.data.find((c: {chatId: string}) => c.chatId === String(userId));
    const msgs = (await s.owner.get(`/api/v1/conversations/${conv.id}/messages`)).body.data;
    expect(msgs.at(-1)).toMatchObject({body: 'Да, в субботу в 11:00 свободно', author: 'member', memberId: s.me.member.id, status: 'sent'});

    // The week ahead, and a booking cancelled from there.
    before = count(staff);
    await hook(telegramText({updateId: ++updateId, userId: staff, text: '/week'}));
    const week = await next(before, staff);
    expect(week.text).toMatch(/Записи на неделю:[\s\S]*Стрижка, Айгерим/);
    const ask = await (async () => {
      const b = count(staff);
      await hook(telegramButton({updateId: ++updateId, userId: staff, data: week.buttons[0]!.callback_data}));
      return next(b, staff);
    })();
    expect(ask.text).toMatch(/Отменить запись/);
    before = count(staff);
    await hook(telegramButton({updateId: ++updateId, userId: staff, data: ask.buttons[0]!.callback_data}));
    expect((await next(before, staff)).text).toMatch(/Запись отменена/);
    const cancelled = await db.query(`select status from booking b join bot_booking bb on bb.booking_id = b.id where b.master_id = $1`, [s.master]);
    expect(cancelled.rows).toEqual([{status: 'cancelled'}]);
  });
});
