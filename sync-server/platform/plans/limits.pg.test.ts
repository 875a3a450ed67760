// A plan's limits refused on the server (issue 18): members on every way in
// (added, invited, invitation accepted, switched on again), storage on upload,
// messages to clients a month — each refusal names the limit, the usage, the
// plan and how to raise it, in the reader's language; never a vague "limit exceeded".
import crypto from 'node:crypto';
import pg from 'pg';
import {afterAll, beforeAll, describe, expect, inject, it} from 'vitest';
import {MODULES} from '#shared/company/modules.ts';
import {Client, signupCompany, uniqueEmail} from '../../testing/http.ts';
import {consoleClient, planKey, planName} from '../testing.ts';

let pool: pg.Pool;
let console: Client;
beforeAll(async () => {
  pool = new pg.Pool({connectionString: inject('pgUrl')});
  ({client: console} = await consoleClient(pool, {headers: {'accept-language': 'ru'}}));
});
afterAll(() => pool.end());

async function onPlan(limits: Record<string, number>, ru: string) {
  const key = planKey('lim');
  expect((await console.post('/api/v1/platform/plans', {key, name: planName(ru), modules: [...MODULES], ...limits})).status).toBe(201);
  const c = await signupCompany(`Компания: ${ru}`);
  expect((await console.post(`/api/v1/platform/companies/${c.me.company.id}/plan`, {planKey: key})).status).toBe(200);
  return c;
}

const ru = {'accept-language': 'ru'};
const colleague = (name: string) => ({name, email: uniqueEmail('staff'), role: 'staff', password: 'colleague1'});

describe("a plan's limits", () => {
  it('members: adding, inviting, accepting and switching on again stop at the limit, saying so', async () => {
    const {client: owner} = await onPlan({maxMembers: 2}, 'Двое');
    const invite = await owner.post('/api/v1/invites', {role: 'staff', email: ''});
    expect(invite.status).toBe(201);
    const token = String(invite.body.url).split('/invite/')[1]!;
    const second = await owner.post('/api/v1/members', colleague('Второй'));
    expect(second.status).toBe(201);

    const full =
      'Достигнут предел участников тарифа «Двое»: 2 из 2. Чтобы добавить ещё, отключите неактивных участников или смените тариф — напишите администратору платформы.';
    const third = await owner.req('POST', '/api/v1/members', colleague('Третий'), ru);
    expect(third.status).toBe(403);
    expect(third.body.error).toMatchObject({code: 'limit', message: full});
    const inviteAgain = await owner.req('POST', '/api/v1/invites', {role: 'staff', email: ''}, ru);
    expect(inviteAgain.body.error).toMatchObject({code: 'limit', message: full});
    // The invitation made while there was room: accepting it now is refused, and nothing is half-made.
    const email = uniqueEmail('late');
    const accept = await new Client().req('POST', `/api/v1/invites/${token}/accept`, {name: 'Опоздавший', email, password: 'colleague1'}, ru);
    expect(accept.status).toBe(403);
    expect(accept.body.error.message).toBe(full);
    expect((await pool.query('select 1 from app_user where email = $1', [email])).rowCount).toBe(0);
    // In English for an English reader.
    const en = await owner.req('POST', '/api/v1/members', colleague('Third'), {'accept-language': 'en'});
    expect(en.body.error.message).toMatch(/^The "Двое" plan allows 2 members and you have 2\. To add more, switch off inactive members or change the plan/);

    // A switched-off member frees the seat; switching them on again when it is taken is refused.
    const id = second.body.id as string;
    expect((await owner.patch(`/api/v1/members/${id}`, {active: false})).status).toBe(200);
    expect((await owner.post('/api/v1/members', colleague('На освободившееся место'))).status).toBe(201);
    const back = await owner.req('PATCH', `/api/v1/members/${id}`, {active: true}, ru);
    expect(back.status).toBe(403);
    expect(back.body.error.message).toBe(full);
  });

  it('storage: an upload past the plan is refused, declared or not, naming the megabytes', async () => {
    const {client: owner} = await onPlan({storageMb: 1}, 'Мегабайт');
    const put = (bytes: number, chunked = false) => {
      const data = crypto.randomBytes(bytes);
      const body = chunked
        ? new ReadableStream({
            start(c) {
              c.enqueue(data);
              c.close();
            },
          })
        : data;
      return fetch(`${inject('baseUrl')}/api/v1/files/${crypto.randomUUID()}`, {
        method: 'PUT',
        headers: {cookie: owner.cookie, 'content-type': 'application/octet-stream', 'accept-language': 'ru'},
        body,
        ...(chunked && {duplex: 'half'}),
      } as RequestInit);
    };
    expect((await put(600 * 1024)).status).toBe(201);
    for (const chunked of [false, true]) {
      const r = await put(600 * 1024, chunked);
      expect(r.status).toBe(403);
      expect((await r.json()).error).toMatchObject({
        code: 'limit',
        message:
          'Хранилище тарифа «Мегабайт» заполнено: занято 0,6 МБ из 1 МБ, а файл весит 0,6 МБ. Удалите ненужные файлы или смените тариф — напишите администратору платформы.',
      });
    }
    expect((await put(300 * 1024)).status).toBe(201);
    expect((await owner.get('/api/v1/plan')).body.usage.storageBytes).toBe(900 * 1024);
  });

  it('messages: a reply to a client past the month’s messages is refused, and the owner sees the count', async () => {
    const {client: owner, me} = await onPlan({messagesPerMonth: 3}, 'Три сообщения');
    const conv = crypto.randomUUID();
    await pool.query(
      `insert into conversation (id, company_id, channel, bot, chat_id, title, locale, last_inbound_at, last_message_at, created_at)
       values ($1, $2, 'telegram', 'shared', '500100', 'Клиент', 'ru', now(), now(), now())`,
      [conv, me.company.id],
    );
    // An email to a client (a booking's confirmation) counts too.
    await pool.query(
      `insert into notification (id, company_id, kind, channel, recipient_type, recipient, status, dedupe_key) values ($1, $2, 'booking.confirmed', 'email', 'client', 'client@example.kz', 'delivered', $1)`,
      [crypto.randomUUID(), me.company.id],
    );
    const reply = (body: string) => owner.req('POST', `/api/v1/conversations/${conv}/messages`, {body}, ru);
    expect((await reply('Здравствуйте!')).status).toBe(201);
    expect((await reply('Ждём вас завтра')).status).toBe(201);
    const third = await reply('И ещё одно');
    expect(third.status).toBe(403);
    expect(third.body.error).toMatchObject({
      code: 'limit',
      message:
        'Сообщения клиентам по тарифу «Три сообщения» на этот месяц закончились: отправлено 3 из 3. Счётчик обнулится 1-го числа; чтобы отправлять больше, смените тариф — напишите администратору платформы.',
    });
    expect((await pool.query(`select count(*)::int as n from chat_message where conversation_id = $1`, [conv])).rows[0]!.n).toBe(2);
    expect((await owner.get('/api/v1/plan')).body.usage.messagesMonth).toBe(3);
  });
});
