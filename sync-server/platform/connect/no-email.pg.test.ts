// Without an SMTP server (the shared stack has none): an approval still makes
// the company and hands the console the invitation's link to pass on, and the
// test email says that email is not configured.
import pg from 'pg';
import {afterAll, beforeAll, expect, inject, it} from 'vitest';
import {newId} from '../../auth/tokens.ts';
import {Client, uniqueEmail} from '../../testing/http.ts';
import {consoleClient} from '../testing.ts';

let pool: pg.Pool;
let admin: Client;

beforeAll(async () => {
  pool = new pg.Pool({connectionString: inject('pgUrl'), max: 2});
  admin = (await consoleClient(pool, {baseUrl: inject('baseUrl'), headers: {'accept-language': 'ru'}})).client;
});

afterAll(async () => {
  await pool?.end();
});

it('approval answers the invitation link when it could not be emailed, and the link works', async () => {
  const id = newId();
  const email = uniqueEmail('no-mail');
  await pool.query(`insert into connection_request (id, business_name, person_name, email, business_kind) values ($1, 'Без почты', 'Дана', $2, 'office')`, [
    id,
    email,
  ]);
  const r = await admin.post(`/api/v1/platform/connection-requests/${id}/approve`, {companyName: 'Без почты ТОО'});
  expect(r.status).toBe(200);
  expect(r.body).toMatchObject({inviteSent: false, inviteUrl: expect.stringMatching(/\/invite\/[\w-]+$/)});
  const token = r.body.inviteUrl.split('/invite/')[1];
  const owner = new Client();
  expect((await owner.get(`/api/v1/invites/${token}`)).body).toMatchObject({company: {name: 'Без почты ТОО'}, role: 'owner', email});
  const joined = await owner.post(`/api/v1/invites/${token}/accept`, {name: 'Дана', email, password: 'password1'});
  expect(joined.status).toBe(201);
  // An office starts with the back office on, as a sign-up of that kind does.
  expect(joined.body.modulesOff).not.toContain('backoffice');
});

it('the test email says email is not configured', async () => {
  const r = await admin.post('/api/v1/platform/settings/test-email', {to: uniqueEmail('test')});
  expect(r.status).toBe(400);
  expect(r.body.error).toEqual({code: 'smtp_off', message: expect.stringContaining('Почта не настроена')});
});
