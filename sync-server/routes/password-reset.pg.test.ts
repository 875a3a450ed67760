// "Forgot password" against a stack of its own with email on (a local SMTP
// server): the same answer for any email, a one-time link that expires and
// that a newer one replaces, and every old session ended when it is used.
import pg from 'pg';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {Client, uniqueEmail} from '../testing/http.ts';
import {startSmtp, type Mail} from '../testing/smtp.ts';
import {startStack, type TestStack} from '../testing/stack.ts';

let stack: TestStack;
let smtp: Awaited<ReturnType<typeof startSmtp>>;
let db: pg.Client;

beforeAll(async () => {
  smtp = await startSmtp();
  stack = await startStack({
    sync: false,
    env: {DOT_SMTP_URL: `smtp://127.0.0.1:${smtp.port}`, DOT_MAIL_FROM: 'dot <dot@dot.local>', DOT_PUBLIC_URL: 'https://dot.example.kz'},
  });
  db = new pg.Client({connectionString: stack.pgUrl});
  await db.connect();
}, 120_000);

afterAll(async () => {
  await db?.end();
  await stack?.stop();
  await smtp?.close();
});

let address = 0;
/** A client from its own address: the per-address limits are not what these tests are about. */
const from = (headers: Record<string, string> = {}) => new Client(stack.baseUrl, {'x-forwarded-for': `192.0.2.${++address}`, ...headers});

async function account(password = 'password1') {
  const email = uniqueEmail('forgot');
  const device = from();
  const r = await device.post('/api/v1/auth/signup', {companyName: 'Забывчивые', name: 'Асель', email, password});
  expect(r.status).toBe(201);
  return {email, password, device};
}

const mailsTo = (email: string) => smtp.mails.filter((m: Mail) => m.to.includes(email));

async function linkMailed(email: string, count: number): Promise<string> {
  await expect.poll(() => mailsTo(email).length, {timeout: 10_000}).toBe(count);
  const mail = mailsTo(email)[count - 1]!;
  const url = /https:\/\/dot\.example\.kz\/reset-password\/[\w-]+/.exec(mail.text)?.[0];
  expect(url, mail.text).toBeDefined();
  return url!.split('/reset-password/')[1]!;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

describe('forgot password', () => {
  it('answers the same, as fast, whether or not the email has an account; mails only the account', async () => {
    const {email} = await account();
    const nobody = uniqueEmail('nobody');
    const answers: {status: number; body: unknown}[] = [];
    const times = {known: [] as number[], unknown: [] as number[]};
    for (let i = 0; i < 4; i++) {
      for (const [kind, who] of [
        ['known', email],
        ['unknown', nobody],
      ] as const) {
        const t0 = performance.now();
        const r = await from({'accept-language': 'ru'}).post('/api/v1/auth/password-reset', {email: who});
        times[kind].push(performance.now() - t0);
        answers.push({status: r.status, body: r.body});
      }
    }
    expect(new Set(answers.map((a) => JSON.stringify(a))).size).toBe(1);
    expect(answers[0]).toEqual({status: 202, body: {message: expect.stringContaining('Если в dot есть аккаунт с этим email')}});
    // Nothing account-specific happens before the answer, so the timings are alike.
    expect(Math.abs(median(times.known) - median(times.unknown))).toBeLessThan(100);
    await linkMailed(email, 4);
    const mail = mailsTo(email)[0]!;
    expect(mail.subject).toBe('dot: новый пароль');
    expect(mail.text).toContain('Асель');
    expect(mailsTo(nobody)).toEqual([]);
    // Only the token's hash is kept.
    const token = await linkMailed(email, 4);
    const {rows} = await db.query('select token_hash from password_reset where token_hash = $1', [token]);
    expect(rows).toEqual([]);
  });

  it('sets a new password once from the link, ends every old session, and signs in', async () => {
    const {email, password, device} = await account();
    const laptop = from();
    expect((await laptop.post('/api/v1/auth/login', {email, password})).status).toBe(200);
    expect((await from().post('/api/v1/auth/password-reset', {email: email.toUpperCase()})).status).toBe(202);
    const token = await linkMailed(email, 1);

    const check = await from().post('/api/v1/auth/password-reset/check', {token});
    expect(check.body).toEqual({email});
    const weak = await from({'accept-language': 'kk'}).post('/api/v1/auth/password-reset/confirm', {token, password: 'short'});
    expect(weak.status).toBe(400);
    expect(weak.body.error.fields).toEqual([expect.objectContaining({field: 'password', text: expect.stringMatching(/^Құпиясөз: /)})]);

    const browser = from();
    const done = await browser.post('/api/v1/auth/password-reset/confirm', {token, password: 'novyi-parol9'});
    expect(done.status).toBe(200);
    expect(done.body.user.email).toBe(email);
    expect((await browser.get('/api/v1/auth/me')).status).toBe(200);
    expect((await device.get('/api/v1/auth/me')).status).toBe(401);
    expect((await laptop.get('/api/v1/auth/me')).status).toBe(401);
    expect((await from().post('/api/v1/auth/login', {email, password})).status).toBe(401);
    expect((await from().post('/api/v1/auth/login', {email, password: 'novyi-parol9'})).status).toBe(200);

    // Once only.
    const again = await from({'accept-language': 'ru'}).post('/api/v1/auth/password-reset/confirm', {token, password: 'tretii-parol9'});
    expect(again.status).toBe(404);
    expect(again.body.error.message).toContain('Ссылка недействительна');
    expect((await from().post('/api/v1/auth/password-reset/check', {token})).status).toBe(404);
  });

  it('a newer link replaces the older one, and a link expires after an hour', async () => {
    const {email} = await account();
    await from().post('/api/v1/auth/password-reset', {email});
    const first = await linkMailed(email, 1);
    await from().post('/api/v1/auth/password-reset', {email});
    const second = await linkMailed(email, 2);
    expect(second).not.toBe(first);
    expect((await from().post('/api/v1/auth/password-reset/confirm', {token: first, password: 'novyi-parol9'})).status).toBe(404);

    const {rows} = await db.query<{minutes: number}>(
      `select round(extract(epoch from r.expires_at - r.created_at) / 60)::int as minutes from password_reset r join app_user u on u.id = r.user_id where u.email = $1 and r.revoked_at is null`,
      [email],
    );
    expect(rows).toEqual([{minutes: 60}]);
    await db.query(`update password_reset set expires_at = now() - interval '1 second' where user_id = (select id from app_user where email = $1)`, [email]);
    const expired = await from({'accept-language': 'en'}).post('/api/v1/auth/password-reset/confirm', {token: second, password: 'novyi-parol9'});
    expect(expired.status).toBe(404);
    expect(expired.body.error.message).toContain('no longer valid');
  });

  it('names the field of bad input, and limits requests per address like sign-in', async () => {
    const bad = await from({'accept-language': 'ru'}).post('/api/v1/auth/password-reset', {email: 'не почта'});
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields).toEqual([expect.objectContaining({field: 'email'})]);
    const noToken = await from({'accept-language': 'ru'}).post('/api/v1/auth/password-reset/confirm', {password: 'novyi-parol9'});
    expect(noToken.status).toBe(400);
    expect(noToken.body.error.fields).toEqual([expect.objectContaining({field: 'token', text: expect.stringMatching(/^Ссылка: /)})]);

    const one = new Client(stack.baseUrl, {'x-forwarded-for': '203.0.113.90'});
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++) statuses.push((await one.post('/api/v1/auth/password-reset', {email: uniqueEmail(`spray${i}`)})).status);
    expect(statuses.slice(0, 10)).toEqual(Array(10).fill(202));
    expect(statuses.slice(10)).toEqual([429, 429]);
    // Wrong links count as failed sign-ins of the address.
    const guesser = new Client(stack.baseUrl, {'x-forwarded-for': '203.0.113.91'});
    const guesses: number[] = [];
    for (let i = 0; i < 11; i++) guesses.push((await guesser.post('/api/v1/auth/password-reset/check', {token: `guess-${i}`})).status);
    expect(guesses.slice(0, 10)).toEqual(Array(10).fill(404));
    expect(guesses[10]).toBe(429);
  });
});
