// The shared WhatsApp and VK bots against local servers that speak the Graph
// API and the VK API: the handshakes, a refused signature or secret, a full
// booking by buttons in each, and 1,000 reminders going out within the
// channel's limits with none sent twice.
import pg from 'pg';
import {afterAll, beforeAll, describe, expect, inject, it} from 'vitest';
import {Client} from '../testing/http.ts';
import {salon, type Salon} from '../testing/salon.ts';
import {
  signedWhatsApp,
  startVkApi,
  TEST_PHOTO,
  startWhatsAppApi,
  vkEvent,
  vkMessage,
  whatsAppMessages,
  type VkApi,
  type WhatsAppApi,
} from '../testing/messengers/index.ts';
import type {WebhookRequest} from '../testing/messengers/inbound.ts';
import {SHARED} from '../testing/messengers/shared-bots.ts';

let wa: WhatsAppApi;
let vk: VkApi;
let s: Salon;
let db: pg.Pool;
let payload: string;
const base = inject('baseUrl');
const now = () => Math.floor(Date.now() / 1000);

const post = (path: string, r: WebhookRequest) => fetch(`${base}${path}`, {method: r.method, headers: r.headers, body: new Uint8Array(r.rawBody)});

type Screen = {text: string; choices: {label: string; id: string}[]};

async function nextWa(after: number, to: string): Promise<Screen> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const sent = wa.sent.filter((m) => m.to.replace(/^\+/, '') === to);
    if (sent.length > after) {
      const b = sent.at(-1)!.body as {
        interactive?: {action?: {buttons?: {reply: {id: string; title: string}}[]; sections?: {rows: {id: string; title: string}[]}[]}};
      };
      const a = b.interactive?.action;
      const choices = [
        ...(a?.buttons ?? []).map((x) => ({label: x.reply.title, id: x.reply.id})),
        ...(a?.sections ?? []).flatMap((x) => x.rows.map((r) => ({label: r.title, id: r.id}))),
      ];
      return {text: sent.at(-1)!.text, choices};
    }
    if (Date.now() > deadline) throw new Error('no WhatsApp answer');
    await new Promise((r) => setTimeout(r, 25));
  }
}

async function nextVk(after: number, peer: string): Promise<Screen> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const sent = vk.sent.filter((m) => m.peerId === peer);
    if (sent.length > after) {
      const kb = sent.at(-1)!.body.keyboard
        ? (JSON.parse(String(sent.at(-1)!.body.keyboard)) as {buttons: {action: {label: string; payload: string}}[][]})
        : {buttons: []};
      return {text: sent.at(-1)!.text, choices: kb.buttons.flat().map((b) => ({label: b.action.label, id: b.action.payload}))};
    }
    if (Date.now() > deadline) throw new Error('no VK answer');
    await new Promise((r) => setTimeout(r, 25));
  }
}

const pick = (screen: Screen, label: RegExp) => {
  const c = screen.choices.find((x) => label.test(x.label));
  if (!c) throw new Error(`no ${label} in ${JSON.stringify(screen.choices.map((x) => x.label))}`);
  return c.id;
};

beforeAll(async () => {
  const ports = inject('messengerPorts');
  wa = await startWhatsAppApi({
    port: ports.whatsapp,
    phoneNumberId: SHARED.whatsapp.phoneId,
    token: SHARED.whatsapp.token,
    displayNumber: SHARED.whatsapp.number,
    rateLimit: {perSecond: 80},
  });
  vk = await startVkApi({port: ports.vk, groupId: SHARED.vk.groupId, token: SHARED.vk.token, rateLimit: {perSecond: 20}});
  db = new pg.Pool({connectionString: inject('pgUrl'), max: 3});
  s = await salon('Салон в WhatsApp и VK');
  const links = (await s.owner.get('/api/v1/messaging/links')).body.masters.find((m: {masterId: string}) => m.masterId === s.master).links;
  expect(links.whatsapp).toMatch(/^https:\/\/wa\.me\/77000000001\?text=/);
  expect(links.vk).toMatch(/^https:\/\/vk\.me\/dot_test\?ref=m_/);
  payload = new URL(links.vk).searchParams.get('ref')!;
});

afterAll(async () => {
  await wa.close();
  await vk.close();
  await db.end();
});

describe('the shared WhatsApp bot', () => {
  it('answers Meta’s handshake and refuses a body whose signature does not match', async () => {
    const ok = await fetch(`${base}/hooks/whatsapp/shared?hub.mode=subscribe&hub.verify_token=${SHARED.whatsapp.verifyToken}&hub.challenge=1158201444`);
    expect([ok.status, await ok.text()]).toEqual([200, '1158201444']);
    const bad = await fetch(`${base}/hooks/whatsapp/shared?hub.mode=subscribe&hub.verify_token=nope&hub.challenge=1`);
    expect(bad.status).toBe(403);
    const body = whatsAppMessages([{id: 'wamid.forged', type: 'text', text: {body: 'hi'}, timestamp: String(now())}], {waId: '77019990000'});
    expect((await post('/hooks/whatsapp/shared', signedWhatsApp(body, 'not-the-app-secret'))).status).toBe(401);
    expect((await db.query(`select count(*)::int as n from job where dedupe_key like '%wamid.forged%'`)).rows[0].n).toBe(0);
  });

  it('books by buttons from the prefilled link; the phone is the WhatsApp number', async () => {
    const waId = '77014445566';
    let n = 0;
    const say = async (m: object) => {
      const before = wa.sent.filter((x) => x.to.replace(/^\+/, '') === waId).length;
      const r = await post(
        '/hooks/whatsapp/shared',
        signedWhatsApp(whatsAppMessages([{id: `wamid.in${++n}.${waId}`, timestamp: String(now()), ...m}], {waId, name: 'Ерлан'}), SHARED.whatsapp.appSecret),
      );
      expect(r.status).toBe(200);
      return nextWa(before, waId);
    };
    const tap = (id: string) => say({type: 'interactive', interactive: {type: 'list_reply', list_reply: {id, title: ''}}});
    const menu = await say({type: 'text', text: {body: `Здравствуйте! [${payload}]`}});
    expect(menu.text).toContain('Дана');
    const services = await tap(pick(menu, /Записаться/));
    const days = await tap(pick(services, /Стрижка/));
    const times = await tap(days.choices[0]!.id);
    const confirm = await tap(times.choices[0]!.id);
    expect(confirm.text).toMatch(/Проверьте/);
    const done = await tap(pick(confirm, /Подтвердить/));
    expect(done.text).toMatch(/Готово/);
    const b = await db.query(`select client_phone, source from booking b join bot_booking bb on bb.booking_id = b.id where b.master_id = $1`, [s.master]);
    expect(b.rows).toEqual([{client_phone: '+77014445566', source: 'whatsapp'}]);
    expect(wa.duplicates()).toBe(0);
  });
});

describe('the shared VK bot', () => {
  it('answers the confirmation with the community’s code, and refuses a wrong secret', async () => {
    const conf = await post('/hooks/vk/shared', vkEvent('confirmation', {}, {groupId: SHARED.vk.groupId}));
    expect([conf.status, await conf.text()]).toEqual([200, SHARED.vk.confirmation]);
    const wrong = await post(
      '/hooks/vk/shared',
      vkEvent('message_new', vkMessage({fromId: 1, text: 'hi'}), {groupId: SHARED.vk.groupId, secret: 'nope', eventId: 'forged'}),
    );
    expect(wrong.status).toBeGreaterThanOrEqual(400);
    expect((await db.query(`select count(*)::int as n from job where dedupe_key = 'in:vk:shared:forged'`)).rows[0].n).toBe(0);
  });

  it('books by buttons from the vk.me link, asking for the phone in words', async () => {
    const peer = 880011;
    let id = 0;
    const say = async (o: {text: string; payload?: string; ref?: string}) => {
      const before = vk.sent.filter((m) => m.peerId === String(peer)).length;
      const r = await post(
        '/hooks/vk/shared',
        vkEvent('message_new', vkMessage({fromId: peer, id: ++id, ...o}), {groupId: SHARED.vk.groupId, secret: SHARED.vk.secret}),
      );
      expect([r.status, await r.text()]).toEqual([200, 'ok']);
      return nextVk(before, String(peer));
    };
    const tap = (screen: Screen, label: RegExp) => {
      const p = pick(screen, label);
      return say({text: label.source, payload: p});
    };
    const menu = await say({text: 'Начать', ref: payload});
    const services = await tap(menu, /Записаться/);
    const days = await tap(services, /Стрижка/);
    const times = await say({text: days.choices[0]!.label, payload: days.choices[0]!.id});
    // A time (not "back" or "more": late in the day there may be just one).
    const time = times.choices.find((c) => /^\d{2}:\d{2}$/.test(c.label))!;
    const ask = await say({text: time.label, payload: time.id});
    expect(ask.text).toMatch(/номер телефона/);
    const confirm = await say({text: '8 (702) 111-22-33'});
    const done = await tap(confirm, /Подтвердить/);
    expect(done.text).toMatch(/Готово/);
    expect(
      (
        await db.query(
          `select client_phone from booking b join bot_booking bb on bb.booking_id = b.id join conversation c on c.id = bb.conversation_id where c.channel = 'vk'`,
        )
      ).rows,
    ).toEqual([{client_phone: '+77021112233'}]);
    // VK dedupes by random_id: every send of ours carries a different one, none repeated.
    expect(vk.duplicates()).toBe(0);
  });
});

describe('the inbox on WhatsApp', () => {
  const waId = '77014445566';
  const statusBody = (statuses: object[]) => ({
    object: 'whatsapp_business_account',
    entry: [{id: '1', changes: [{field: 'messages', value: {messaging_product: 'whatsapp', metadata: {phone_number_id: SHARED.whatsapp.phoneId}, statuses}}]}],
  });
  const conversation = async () =>
    (await s.owner.get('/api/v1/conversations')).body.data.find((c: {channel: string; chatId: string}) => c.channel === 'whatsapp' && c.chatId === waId);

  it('keeps a photo sent in WhatsApp as the company’s file', async () => {
    await post(
      '/hooks/whatsapp/shared',
      signedWhatsApp(
        whatsAppMessages(
          [{id: 'wamid.photo1', type: 'image', image: {id: 'media-42', mime_type: 'image/jpeg', caption: 'Фото ногтей'}, timestamp: String(now())}],
          {waId},
        ),
        SHARED.whatsapp.appSecret,
      ),
    );
    let attachments: {fileId?: string}[] = [];
    for (let i = 0; i < 100 && !attachments[0]?.fileId; i++) {
      await new Promise((r) => setTimeout(r, 50));
      attachments = (await db.query(`select attachments from chat_message where body = 'Фото ногтей'`)).rows[0]?.attachments ?? [];
    }
    expect(attachments).toEqual([{kind: 'photo', ref: 'media-42', fileId: expect.any(String)}]);
    expect((await db.query('select mime, size from file where id = $1', [attachments[0]!.fileId])).rows).toEqual([
      {mime: 'image/png', size: String(TEST_PHOTO.length)},
    ]);
  });

  it('shows delivered and read as WhatsApp reports them, never backwards, and a failure with its reason', async () => {
    const c = await conversation();
    const r = await s.owner.post(`/api/v1/conversations/${c.id}/messages`, {body: 'Ждём вас завтра'});
    expect(r.status, JSON.stringify([r.body, c])).toBe(201);
    await new Client().post('/__test/jobs/run', {});
    const wamid = wa.sent.find((m) => m.text === 'Ждём вас завтра')!.wamid;
    const status = async (st: string, extra = {}) => {
      const body = statusBody([{id: wamid, status: st, timestamp: String(now()), recipient_id: waId, ...extra}]);
      expect((await post('/hooks/whatsapp/shared', signedWhatsApp(body, SHARED.whatsapp.appSecret))).status).toBe(200);
      await new Promise((res) => setTimeout(res, 300));
      return (await db.query('select status, error from chat_message where id = $1', [r.body.id])).rows[0];
    };
    expect(await status('delivered')).toEqual({status: 'delivered', error: ''});
    expect(await status('read')).toEqual({status: 'read', error: ''});
    // A late "delivered" does not undo "read".
    expect(await status('delivered')).toEqual({status: 'read', error: ''});
    const r2 = await s.owner.post(`/api/v1/conversations/${c.id}/messages`, {body: 'Вторая попытка'});
    await new Client().post('/__test/jobs/run', {});
    const wamid2 = wa.sent.find((m) => m.text === 'Вторая попытка')!.wamid;
    await post(
      '/hooks/whatsapp/shared',
      signedWhatsApp(
        statusBody([{id: wamid2, status: 'failed', timestamp: String(now()), errors: [{code: 131026, title: 'Message undeliverable'}]}]),
        SHARED.whatsapp.appSecret,
      ),
    );
    await new Promise((res) => setTimeout(res, 300));
    expect((await db.query('select status, error from chat_message where id = $1', [r2.body.id])).rows[0]).toEqual({
      status: 'failed',
      error: 'messaging.fail.undeliverable',
    });
  });

  it('refuses free text after 24 hours of silence, and sends the approved template instead', async () => {
    const c = await conversation();
    await db.query(`update conversation set last_inbound_at = now() - interval '25 hours' where id = $1`, [c.id]);
    const refused = await s.owner.post(`/api/v1/conversations/${c.id}/messages`, {body: 'Вы здесь?'});
    expect(refused.status).toBe(400);
    expect(refused.body.error.fields).toEqual([expect.objectContaining({field: 'body', text: expect.stringMatching(/^Текст: /)})]);
    expect(refused.body.error.fields[0].message).toMatch(/24 часов/);
    const before = wa.sent.length;
    const ok = await s.owner.post(`/api/v1/conversations/${c.id}/messages`, {template: 'visit_reminder'});
    expect(ok.status).toBe(201);
    await new Client().post('/__test/jobs/run', {});
    expect(wa.sent.slice(before).map((m) => [m.type, (m.body.template as {name: string}).name])).toEqual([['template', 'visit_reminder']]);
  });

  it('never sends a mass notice to a client who said "stop"; their reminders still come', async () => {
    const peer = '880011';
    let before = vk.sent.filter((m) => m.peerId === peer).length;
    await post(
      '/hooks/vk/shared',
      vkEvent('message_new', vkMessage({fromId: 880011, id: 95, text: 'стоп'}), {groupId: SHARED.vk.groupId, secret: SHARED.vk.secret}),
    );
    expect((await nextVk(before, peer)).text).toMatch(/отписались/);
    await db.query(`update conversation set last_inbound_at = now() where channel = 'whatsapp' and chat_id = $1`, [waId]);
    const vkBefore = vk.sent.length;
    const waBefore = wa.sent.length;
    const mass = await s.owner.post(`/api/v1/booking/masters/${s.master}/notify`, {body: 'Скидка 20% в декабре'});
    expect(mass.status).toBe(202);
    await new Client().post('/__test/jobs/run', {});
    // The VK client (who said stop) gets nothing; the WhatsApp client gets it in the chat, once.
    expect(vk.sent.slice(vkBefore).filter((m) => m.text.includes('Скидка'))).toEqual([]);
    expect(
      wa.sent
        .slice(waBefore)
        .filter((m) => m.text.includes('Скидка'))
        .map((m) => m.to.replace(/^\+/, '')),
    ).toEqual([waId]);
    await new Client().post('/__test/jobs/run', {});
    expect(wa.sent.filter((m) => m.text.includes('Скидка'))).toHaveLength(1);
    // The master's send log says how each went.
    const log = await db.query(`select channel, status from notification where kind = 'booking.mass' and company_id = $1 order by channel`, [s.me.company.id]);
    expect(log.rows).toEqual([{channel: 'whatsapp', status: 'delivered'}]);
    // A reminder of the opted-out client's own visit still reaches them.
    const reminderBefore = vk.sent.filter((m) => m.peerId === peer).length;
    const booking = (
      await db.query(
        `select b.id from booking b join bot_booking bb on bb.booking_id = b.id join conversation c on c.id = bb.conversation_id where c.channel = 'vk'`,
      )
    ).rows[0].id;
    await db.query(`update booking_master set reminder_offsets = '[100000]' where id = $1`, [s.master]);
    await db.query(`update booking set created_at = now() - interval '100 days' where id = $1`, [booking]);
    await new Client().post('/__test/jobs/run', {});
    expect(
      vk.sent
        .filter((m) => m.peerId === peer)
        .slice(reminderBefore)
        .map((m) => m.text),
    ).toEqual([expect.stringMatching(/Стрижка/)]);
  });
});

describe('one client across messengers (K3)', () => {
  it('joins the VK and the WhatsApp accounts into one client by a code typed in the other', async () => {
    const peer = '880011';
    let before = vk.sent.filter((m) => m.peerId === peer).length;
    await post(
      '/hooks/vk/shared',
      vkEvent('message_new', vkMessage({fromId: 880011, id: 90, text: 'Связать', payload: JSON.stringify({b: 'a:link'})}), {
        groupId: SHARED.vk.groupId,
        secret: SHARED.vk.secret,
      }),
    );
    const code = /(\d{6})/.exec((await nextVk(before, peer)).text)![1]!;
    const waId = '77014445566';
    before = wa.sent.filter((m) => m.to.replace(/^\+/, '') === waId).length;
    await post(
      '/hooks/whatsapp/shared',
      signedWhatsApp(
        whatsAppMessages([{id: 'wamid.link1', type: 'text', text: {body: code}, timestamp: String(now())}], {waId, name: 'Ерлан'}),
        SHARED.whatsapp.appSecret,
      ),
    );
    expect((await nextWa(before, waId)).text).toMatch(/узнаём вас и здесь, и в VK/);
    const chats = (await s.owner.get('/api/v1/conversations')).body.data.filter((c: {channel: string}) => c.channel === 'vk' || c.channel === 'whatsapp');
    expect(chats).toHaveLength(2);
    expect(chats[0].clientId).toBe(chats[1].clientId);
    const contacts = await db.query(`select kind, value from client_contact where client_id = $1 and kind in ('vk', 'whatsapp') order by kind`, [
      chats[0].clientId,
    ]);
    expect(contacts.rows).toEqual([
      {kind: 'vk', value: '880011'},
      {kind: 'whatsapp', value: '+77014445566'},
    ]);
    // A code is used once.
    before = wa.sent.filter((m) => m.to.replace(/^\+/, '') === waId).length;
    await post(
      '/hooks/whatsapp/shared',
      signedWhatsApp(
        whatsAppMessages([{id: 'wamid.link2', type: 'text', text: {body: code}, timestamp: String(now())}], {waId, name: 'Ерлан'}),
        SHARED.whatsapp.appSecret,
      ),
    );
    expect((await nextWa(before, waId)).text).toMatch(/не подошёл/);
  });
});

describe('reminders at scale', () => {
  it('sends 1,000 reminders through WhatsApp within 80 a second, none twice, and not again on the next run', async () => {
    const t0 = Date.now();
    const r = await salon('Салон напоминаний');
    const company = r.me.company.id;
    await db.query(`update booking_master set reminder_offsets = '[1440]' where id = $1`, [r.master]);
    await db.query(
      `with n as (select g from generate_series(1, 1000) g)
       insert into conversation (id, company_id, channel, bot, chat_id, title, master_id, locale, last_inbound_at, last_message_at, created_at)
       select 'conv-rem-' || g, $1, 'whatsapp', 'shared', (77050000000 + g)::text, 'Клиент ' || g, $2, 'ru', now() - interval '1 hour', now() - interval '1 hour', now() from n`,
      [company, r.master],
    );
    await db.query(
      `with n as (select g from generate_series(1, 1000) g)
       insert into booking (id, company_id, master_id, place_id, service_id, kind, starts_at, ends_at, blocked_until, status, service_title,
                            client_name, client_phone, client_email, client_locale, source, created_at, updated_at)
       select 'bk-rem-' || g, $1, $2, $3, $4, 'visit', to_timestamp($5 / 1000.0) + make_interval(mins => 60 + g), to_timestamp($5 / 1000.0) + make_interval(mins => 61 + g),
              to_timestamp($5 / 1000.0) + make_interval(mins => 61 + g), 'confirmed', 'Стрижка', 'Клиент ' || g, '+7705' || lpad(g::text, 7, '0'), '', 'ru', 'whatsapp',
              now() - interval '2 days', now() - interval '2 days' from n`,
      [company, r.master, r.place, r.service, t0],
    );
    await db.query(
      `insert into bot_booking (booking_id, company_id, conversation_id) select 'bk-rem-' || g, $1, 'conv-rem-' || g from generate_series(1, 1000) g`,
      [company],
    );
    const before = wa.sent.length;
    const requestsBefore = wa.calls('messages').length;
    for (let i = 0; i < 5 && wa.sent.length - before < 1000; i++) await new Client().post('/__test/jobs/run', {});
    const sent = wa.sent.slice(before).filter((m) => m.to.startsWith('7705') || m.to.startsWith('+7705'));
    expect(sent).toHaveLength(1000);
    expect(new Set(sent.map((m) => m.to)).size).toBe(1000);
    // Never over the limit: the local server answers 130429 to a send over 80 a second.
    expect(wa.calls('messages').length - requestsBefore).toBe(1000);
    await new Client().post('/__test/jobs/run', {});
    expect(wa.sent.length - before).toBe(1000);
    const statuses = await db.query(`select status, count(*)::int as n from chat_message where conversation_id like 'conv-rem-%' group by status`);
    expect(statuses.rows).toEqual([{status: 'sent', n: 1000}]);
  }, 180_000);
});
