// "Connect your business" end to end against a stack of its own with email on
// (a local SMTP server): the public form (fields named in the visitor's
// language, one request per form, the console's rate limit), the console's
// queue, approval (a company with no member and its owner's invitation by
// email, which the person accepts and signs in with), decline, and sign-up
// closed pointing to /connect.
import pg from 'pg';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {Client, uniqueEmail} from '../../testing/http.ts';
import {startSmtp, type Mail} from '../../testing/smtp.ts';
import {startStack, type TestStack} from '../../testing/stack.ts';
import {consoleClient} from '../testing.ts';

let stack: TestStack;
let smtp: Awaited<ReturnType<typeof startSmtp>>;
let pool: pg.Pool;
let admin: Client;

beforeAll(async () => {
  smtp = await startSmtp();
  stack = await startStack({
    sync: false,
    env: {DOT_SMTP_URL: `smtp://127.0.0.1:${smtp.port}`, DOT_MAIL_FROM: 'dot <dot@dot.local>', DOT_PUBLIC_URL: 'https://dot.example.kz'},
  });
  pool = new pg.Pool({connectionString: stack.pgUrl, max: 2});
  // pool.end() resolves before its clients' sockets close; the stack's database stopping next must not raise in the test.
  pool.on('error', () => {});
  admin = (await consoleClient(pool, {baseUrl: stack.baseUrl})).client;
}, 120_000);

afterAll(async () => {
  await pool?.end();
  await stack?.stop();
  await smtp?.close();
});

let address = 0;
/** A visitor from an address of its own: the per-address limit is tested on purpose only. */
const visitor = (ip = `198.51.100.${++address}`) => new Client(stack.baseUrl, {'x-forwarded-for': ip});
const FORM = {'content-type': 'application/x-www-form-urlencoded'};
const mailsTo = (email: string) => smtp.mails.filter((m: Mail) => m.to.includes(email));

async function formId(v: Client, lang = 'ru'): Promise<string> {
  const page = await v.get(`/connect?lang=${lang}`);
  expect(page.status).toBe(200);
  return /name="form_id" value="([^"]+)"/.exec(page.body)![1]!;
}

async function sendRequest(fields: Partial<Record<string, string>> = {}, lang = 'ru', v = visitor()) {
  const email = fields.email ?? uniqueEmail('connect');
  const body = {business_name: 'Салон Жұлдыз', person_name: 'Айгерим', email, phone: '8 701 234 56 78', kind: 'beauty', city: 'Алматы', ...fields};
  const r = await v.req(
    'POST',
    `/connect?lang=${lang}`,
    new URLSearchParams({form_id: await formId(v, lang), ...body} as Record<string, string>).toString(),
    FORM,
  );
  return {r, email};
}

async function requestId(email: string): Promise<string> {
  const {body} = await admin.get('/api/v1/platform/connection-requests?status=new');
  const found = body.requests.find((x: {email: string}) => x.email === email);
  expect(found, JSON.stringify(body)).toBeDefined();
  return found.id;
}

describe('the public form /connect', () => {
  it('works without JavaScript, in the visitor’s language, and a refreshed POST is one request', async () => {
    const v = visitor();
    const page = await v.get('/connect?lang=kk');
    expect(page.headers.get('content-type')).toMatch(/text\/html/);
    expect(page.body).toContain('Бизнесті dot-қа қосу');
    expect(page.body).not.toContain('<script');
    const id = /name="form_id" value="([^"]+)"/.exec(page.body)![1]!;
    const email = uniqueEmail('once');
    const fields = new URLSearchParams({form_id: id, business_name: 'Дүкен', person_name: 'Ерлан', email, phone: '+7 (701) 765-43-21', kind: 'shop'});
    const first = await v.req('POST', '/connect?lang=kk', fields.toString(), FORM);
    expect(first.status).toBe(303);
    expect(first.headers.get('location')).toBe('/connect/thanks?lang=kk');
    expect((await v.req('POST', '/connect?lang=kk', fields.toString(), FORM)).status).toBe(303);
    const {rows} = await pool.query('select business_name, phone, business_kind, locale, status from connection_request where email = $1', [email]);
    expect(rows).toEqual([{business_name: 'Дүкен', phone: '+77017654321', business_kind: 'shop', locale: 'kk', status: 'new'}]);
    expect((await v.get('/connect/thanks?lang=kk')).body).toContain('Рақмет! Өтінім жіберілді');
  });

  it('names each bad field in the visitor’s language, keeps what was typed, and saves nothing', async () => {
    const email = `bad-${Date.now()}`;
    const ru = await sendRequest({business_name: ' ', email, phone: '12', kind: 'casino', person_name: 'Асель <b>'});
    expect(ru.r.status).toBe(400);
    expect(ru.r.body).toContain('Название бизнеса: заполните это поле');
    expect(ru.r.body).toContain('Email: нужен адрес вида name@example.kz');
    expect(ru.r.body).toContain('Телефон: нужен номер вида +7 701 234 56 78');
    expect(ru.r.body).toContain('Вид бизнеса: выберите из списка');
    expect(ru.r.body).toContain('value="Асель &lt;b&gt;"');
    const en = await sendRequest({business_name: '', email}, 'en');
    expect(en.r.body).toContain('Business name: please fill this in');
    expect(en.r.body).toContain('Email: an address like name@example.kz is needed');
    const {rowCount} = await pool.query('select 1 from connection_request where email = $1', [email]);
    expect(rowCount).toBe(0);
  });

  it('refuses more than the console’s limit per address, with a message on the form', async () => {
    expect((await admin.put('/api/v1/platform/settings', {publicSubmitsPer10Min: 2})).body).toMatchObject({publicSubmitsPer10Min: 2});
    const v = visitor('203.0.113.7');
    expect((await sendRequest({}, 'ru', v)).r.status).toBe(303);
    expect((await sendRequest({}, 'ru', v)).r.status).toBe(303);
    const third = await sendRequest({}, 'ru', v);
    expect(third.r.status).toBe(429);
    expect(third.r.body).toContain('Слишком много заявок с этого адреса');
    expect((await sendRequest()).r.status).toBe(303); // another address is not held back
    await admin.put('/api/v1/platform/settings', {publicSubmitsPer10Min: 100});
  });
});

describe('the console’s queue', () => {
  it('is closed to anyone without the console’s cookie', async () => {
    expect((await visitor().get('/api/v1/platform/connection-requests')).status).toBe(401);
  });

  it('approve: the company with no member, on the plan, and the invitation emailed in the request’s language; the owner joins and signs in', async () => {
    const {email} = await sendRequest({business_name: 'Кофейня Тау', kind: 'food'}, 'kk');
    const id = await requestId(email);
    const approved = await admin.post(`/api/v1/platform/connection-requests/${id}/approve`, {slug: 'kofe-tau'});
    expect(approved.status).toBe(200);
    expect(approved.body).toMatchObject({inviteSent: true, inviteUrl: null});
    const companyId: string = approved.body.companyId;
    const {rows} = await pool.query(
      `select c.slug, c.locale, a.plan_key, p.catalog_mode, (select count(*)::int from member m where m.company_id = c.id) as members
         from company c join company_account a on a.company_id = c.id join company_profile p on p.id = c.id where c.id = $1`,
      [companyId],
    );
    expect(rows).toEqual([{slug: 'kofe-tau', locale: 'kk', plan_key: 'free', catalog_mode: 'menu', members: 0}]);
    const audit = await pool.query(`select action, target from platform_audit where company_id = $1`, [companyId]);
    expect(audit.rows).toEqual([{action: 'connect.approve', target: id}]);

    await expect.poll(() => mailsTo(email).length, {timeout: 10_000}).toBe(1);
    const mail = mailsTo(email)[0]!;
    expect(mail.subject).toBe('dot: «Кофейня Тау» компаниясы қосылды');
    const token = /https:\/\/dot\.example\.kz\/invite\/([\w-]+)/.exec(mail.text)?.[1];
    expect(token, mail.text).toBeDefined();

    const owner = visitor();
    expect((await owner.get(`/api/v1/invites/${token}`)).body).toMatchObject({company: {name: 'Кофейня Тау'}, role: 'owner', email});
    // Bound to the request's address: someone else cannot take it.
    const other = await owner.post(`/api/v1/invites/${token}/accept`, {name: 'Чужой', email: uniqueEmail('other'), password: 'password1'});
    expect(other.status).toBe(400);
    const accepted = await owner.post(`/api/v1/invites/${token}/accept`, {name: 'Айгерим', email, password: 'password1'});
    expect(accepted.status).toBe(201);
    const signedIn = await visitor().post('/api/v1/auth/login', {email, password: 'password1'});
    expect(signedIn.status).toBe(200);
    expect(signedIn.body).toMatchObject({company: {id: companyId, slug: 'kofe-tau'}, member: {role: 'owner'}});
    expect(signedIn.body.permissions).toContain('company.manage');

    const again = await admin.post(`/api/v1/platform/connection-requests/${id}/approve`, {}, {'accept-language': 'ru'});
    expect(again.status).toBe(409);
    expect(again.body.error.message).toContain('уже одобрена');
    expect((await admin.post(`/api/v1/platform/connection-requests/${id}/decline`, {reason: 'нет'})).status).toBe(409);
  });

  it('approve refuses a taken address or a plan that does not exist, naming the field, and creates nothing', async () => {
    const {email} = await sendRequest();
    const id = await requestId(email);
    const badPlan = await admin.post(`/api/v1/platform/connection-requests/${id}/approve`, {planKey: 'no-such-plan'});
    expect(badPlan.status).toBe(400);
    expect(badPlan.body.error.fields).toEqual([expect.objectContaining({field: 'planKey'})]);
    const taken = await admin.post(`/api/v1/platform/connection-requests/${id}/approve`, {slug: 'kofe-tau'});
    expect(taken.status).toBe(400);
    expect(taken.body.error.fields).toEqual([expect.objectContaining({field: 'slug'})]);
    const {rows} = await pool.query('select status, company_id from connection_request where id = $1', [id]);
    expect(rows).toEqual([{status: 'new', company_id: null}]);
  });

  it('decline: the reason is emailed, and the request cannot be approved after', async () => {
    const {email} = await sendRequest({business_name: 'Казино'}, 'en');
    const id = await requestId(email);
    const declined = await admin.post(`/api/v1/platform/connection-requests/${id}/decline`, {reason: 'Not a business we serve'});
    expect(declined.body).toEqual({emailed: true});
    await expect.poll(() => mailsTo(email).length, {timeout: 10_000}).toBe(1);
    expect(mailsTo(email)[0]!.subject).toBe('dot: your request to connect');
    expect(mailsTo(email)[0]!.text).toContain('Not a business we serve');
    const listed = await admin.get('/api/v1/platform/connection-requests?status=declined');
    expect(listed.body.requests.find((r: {id: string}) => r.id === id)).toMatchObject({status: 'declined', reason: 'Not a business we serve'});
    const late = await admin.post(`/api/v1/platform/connection-requests/${id}/approve`, {}, {'accept-language': 'ru'});
    expect(late.status).toBe(409);
    expect(late.body.error.message).toContain('уже отклонена');
    expect(await pool.query('select 1 from company where name = $1', ['Казино'])).toMatchObject({rowCount: 0});
  });
});

describe('technical settings', () => {
  it('sign-up closed refuses with the way to /connect; open again, it works', async () => {
    expect((await admin.put('/api/v1/platform/settings', {signupOpen: false})).body).toMatchObject({signupOpen: false});
    const body = {companyName: 'Закрыто', name: 'Асель', email: uniqueEmail('closed'), password: 'password1'};
    const refused = await visitor().post('/api/v1/auth/signup', body, {'accept-language': 'ru'});
    expect(refused.status).toBe(403);
    expect(refused.body.error).toMatchObject({code: 'signup_closed', message: expect.stringContaining('/connect')});
    await admin.put('/api/v1/platform/settings', {signupOpen: true});
    expect((await visitor().post('/api/v1/auth/signup', body)).status).toBe(201);
  });

  it('reads the environment’s values until saved, and a test email really goes out', async () => {
    const {body} = await admin.get('/api/v1/platform/settings');
    expect(body).toMatchObject({emailFrom: 'dot <dot@dot.local>', defaultPlan: 'free', maintenance: null});
    const to = uniqueEmail('test-mail');
    expect((await admin.post('/api/v1/platform/settings/test-email', {to})).body).toEqual({sent: true});
    await expect.poll(() => mailsTo(to).map((m) => m.subject), {timeout: 10_000}).toEqual(['dot: проверка почты']);
    const bad = await admin.put('/api/v1/platform/settings', {defaultPlan: 'nope', logRetentionDays: 0});
    expect(bad.status).toBe(400);
  });
});
