// Signing in to the console (issue 18): the password and a TOTP code, each
// code once; one answer for every failure; a disabled administrator is out at
// once; failures from one address wait. The first administrator from the
// environment, and from the command line against the running server.
import {spawn} from 'node:child_process';
import path from 'node:path';
import pg from 'pg';
import {afterAll, beforeAll, describe, expect, inject, it} from 'vitest';
import {Client, uniqueEmail} from '../../testing/http.ts';
import {ROOT} from '../../testing/stack.ts';
import {disableAdmin} from './accounts.ts';
import {ensureEnvAdmin} from './bootstrap.ts';
import {consoleSignIn} from './testing.ts';
import {newTotpSecret, totpCode} from './totp.ts';

let pool: pg.Pool;
beforeAll(() => {
  pool = new pg.Pool({connectionString: inject('pgUrl')});
});
afterAll(() => pool.end());

const base = () => inject('baseUrl');
let n = 0;
/** An address of its own per test (the stack trusts X-Forwarded-For from loopback): failures here wait nobody else. */
const from = () => ({'x-forwarded-for': `10.91.${process.pid % 250}.${++n}`, 'accept-language': 'ru'});
const now = () => Date.now();

async function makeAdmin(password = 'console-pass-1') {
  const email = uniqueEmail('platform');
  const r = await new Client().post('/__test/platform/admin', {email, password});
  expect(r.status).toBe(201);
  return {email, password, secret: r.body.totpSecret as string, id: r.body.id as string};
}

describe('console sign-in', () => {
  it('takes the password and a code once; every failure is the same 401; the session reads /me until sign-out', async () => {
    const a = await makeAdmin();
    const ip = from();
    const code = totpCode(a.secret, now());
    const wrongPassword = await consoleSignIn(base(), {email: a.email, password: 'not-it-at-all', code}, ip);
    expect(wrongPassword.status).toBe(401);
    expect(wrongPassword.cookie).toBeNull();
    const failure = wrongPassword.body.error.message as string;
    expect(failure).toMatch(/Не удалось войти/);

    // The code was not spent by the failed attempt: it signs in now.
    const ok = await consoleSignIn(base(), {email: a.email, password: a.password, code}, ip);
    expect(ok.status).toBe(200);
    expect(ok.body.admin).toEqual({id: a.id, email: a.email, name: ''});
    expect(ok.setCookie).toMatch(/HttpOnly/i);
    expect(ok.setCookie).toMatch(/SameSite=Strict/i);
    expect(ok.setCookie).toMatch(/Path=\//);
    const console = new Client(base(), {cookie: ok.cookie!});
    expect((await console.get('/api/v1/platform/auth/me')).body.admin.email).toBe(a.email);
    const {rows: audit} = await pool.query(`select action from platform_audit where admin_id = $1`, [a.id]);
    expect(audit.map((r) => r.action)).toContain('admin.sign-in');

    // The same code again, a wrong code, an unknown email: the same answer, word for word.
    const reused = await consoleSignIn(base(), {email: a.email, password: a.password, code}, ip);
    const wrongCode = await consoleSignIn(base(), {email: a.email, password: a.password, code: code === '000000' ? '111111' : '000000'}, ip);
    const malformed = await consoleSignIn(base(), {email: a.email, password: a.password, code: 'abc'}, ip);
    const unknown = await consoleSignIn(base(), {email: uniqueEmail('nobody'), password: a.password, code}, ip);
    for (const r of [reused, wrongCode, malformed, unknown]) {
      expect(r.status).toBe(401);
      expect(r.cookie).toBeNull();
      expect(r.body.error.message).toBe(failure);
    }

    // Signing out ends the session at once.
    expect((await console.post('/api/v1/platform/auth/logout')).status).toBe(204);
    expect((await console.get('/api/v1/platform/auth/me')).status).toBe(401);
  });

  it('refuses a disabled administrator, and their open session stops working', async () => {
    const a = await makeAdmin();
    const ok = await consoleSignIn(base(), {email: a.email, password: a.password, code: totpCode(a.secret, now())}, from());
    expect(ok.status).toBe(200);
    const console = new Client(base(), {cookie: ok.cookie!});
    expect(await disableAdmin(pool, a.email)).toBe(true);
    expect((await console.get('/api/v1/platform/companies')).status).toBe(401);
    // The next step's code is fresh, and still refused.
    const again = await consoleSignIn(base(), {email: a.email, password: a.password, code: totpCode(a.secret, now() + 30_000)}, from());
    expect(again.status).toBe(401);
    expect(again.cookie).toBeNull();
  });

  it('makes an address wait after too many failures, even with the right code', async () => {
    const a = await makeAdmin();
    const ip = from();
    let last = 0;
    for (let i = 0; i < 10; i++) last = (await consoleSignIn(base(), {email: a.email, password: 'wrong-password', code: '123456'}, ip)).status;
    expect(last).toBe(401);
    const blocked = await consoleSignIn(base(), {email: a.email, password: a.password, code: totpCode(a.secret, now())}, ip);
    expect(blocked.status).toBe(429);
    expect(blocked.cookie).toBeNull();
  });

  it('makes the administrator from the environment once, and the command line adds one to the running server', async () => {
    const email = uniqueEmail('env-admin');
    const secret = newTotpSecret();
    const settings = {platformAdmin: {email, password: 'from-the-env-1', totpSecret: secret}};
    expect(await ensureEnvAdmin(pool, settings)).toBe('created');
    expect(await ensureEnvAdmin(pool, {platformAdmin: {...settings.platformAdmin, password: 'changed-later-2'}})).toBe('exists');
    const env = await consoleSignIn(base(), {email, password: 'from-the-env-1', code: totpCode(secret, now())}, from());
    expect(env.status).toBe(200);

    const cliEmail = uniqueEmail('cli-admin');
    const pgPort = new URL(inject('pgUrl')).port;
    const output = await new Promise<string>((resolve, reject) => {
      const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'scripts/admin.ts'), 'create', cliEmail, '--name', 'Айгерим'], {
        cwd: ROOT,
        env: {...process.env, DATABASE_URL: '', DOT_PG_PORT: pgPort, DOT_DATA_DIR: path.join(ROOT, '.data-unused-by-admin-test')},
      });
      let text = '';
      child.stdout.on('data', (d) => (text += d));
      child.stderr.on('data', (d) => (text += d));
      child.on('exit', (code) => (code === 0 ? resolve(text) : reject(new Error(`admin exited ${code}: ${text}`))));
    });
    const password = /Password \(shown once\): (\S+)/.exec(output)?.[1];
    const cliSecret = /TOTP secret: ([A-Z2-7]+)/.exec(output)?.[1];
    expect(output).toContain('otpauth://totp/');
    const cli = await consoleSignIn(base(), {email: cliEmail, password: password!, code: totpCode(cliSecret!, now())}, from());
    expect(cli.status).toBe(200);
    expect(cli.body.admin.name).toBe('Айгерим');
  });
});
