// Security headers on every page, cross-site writes refused, one's own sessions, and the second factor — against
// the real stack, as a browser or an attacker's page would send the requests.
import pg from 'pg';
import {afterAll, beforeAll, describe, expect, inject, it} from 'vitest';
import {totpCode} from '../platform/admins/totp.ts';
import {Client, signupCompany, uniqueEmail} from '../testing/http.ts';

let db: pg.Client;
beforeAll(async () => {
  db = new pg.Client({connectionString: inject('pgUrl')});
  await db.connect();
});
afterAll(() => db.end());

/** Each test its own client address (trust proxy: loopback), so its failed sign-ins never count against another's. */
const from = (n: number) => ({'x-forwarded-for': `10.19.${process.pid % 250}.${n}`});

function expectPolicy(res: {headers: Headers}, what: string) {
  const csp = res.headers.get('content-security-policy') ?? '';
  expect(csp, what).toMatch(/script-src 'self'(;|$)/);
  expect(csp, what).toContain("frame-ancestors 'self'");
  expect(csp, what).toContain("object-src 'none'");
  expect(res.headers.get('permissions-policy'), what).toContain('geolocation=()');
  expect(res.headers.get('x-content-type-options'), what).toBe('nosniff');
}

describe('security headers', () => {
  it('every public route, the app shell and the refusal pages carry the policy (no inline script allowed)', async () => {
    const {me} = await signupCompany('Заголовки');
    const {public: routes} = (await (await fetch(`${inject('baseUrl')}/__test/routes`)).json()) as {public: {method: string; path: string}[]};
    expect(routes.length).toBeGreaterThan(10);
    const c = new Client();
    let html = 0;
    for (const r of routes) {
      const path = r.path.replace(':slug', me.company.slug).replace(/:[a-zA-Z]+/g, 'x');
      // `_ALL` is Express's any-method route (the messenger webhooks): tried as the POST a messenger sends.
      const method = r.method === '_ALL' ? 'POST' : r.method;
      const res = method === 'GET' ? await c.get(path) : await c.req(method, path, 'a=1', {'content-type': 'application/x-www-form-urlencoded'});
      expectPolicy(res, `${r.method} ${r.path}`);
      if (res.headers.get('content-type')?.startsWith('text/html')) html++;
    }
    expect(html).toBeGreaterThan(routes.length / 2);
    for (const path of ['/', '/requests', '/console', '/c/no-such-company', '/c/x/%FF']) expectPolicy(await c.get(path), path);
    // Served over http (no DOT_PUBLIC_URL): no HSTS, which would lock a LAN install out of itself.
    expect((await c.get('/')).headers.get('strict-transport-security')).toBeNull();
  });

  it('uploaded files keep their own sandbox policy', async () => {
    const {client} = await signupCompany('Файлы');
    const id = crypto.randomUUID();
    expect((await client.put(`/api/v1/files/${id}`, 'hello', {'content-type': 'text/plain', 'x-file-name': 'a.txt'})).status).toBe(201);
    expect((await client.get(`/api/v1/files/${id}`)).headers.get('content-security-policy')).toMatch(/^sandbox/);
  });
});

describe('cross-site writes', () => {
  it('a cookie write from another origin is refused in the user’s language; our origin, API keys and no-cookie calls pass', async () => {
    const {client} = await signupCompany('CSRF');
    const base = new URL(inject('baseUrl'));
    const evil = await client.post(
      '/api/v1/requests',
      {clientPhone: '+77010001122', text: 'x'},
      {origin: 'https://evil.example', 'sec-fetch-site': 'cross-site', 'accept-language': 'en'},
    );
    expect(evil.status).toBe(403);
    expect(evil.body.error).toEqual({code: 'cross_site', message: expect.stringContaining('did not come from a dot page')});
    const sibling = await client.post('/api/v1/requests', {clientPhone: '+77010001122', text: 'x'}, {origin: 'https://shop.example', 'accept-language': 'ru'});
    expect(sibling.status).toBe(403);
    expect(sibling.body.error.message).toMatch(/не со страницы dot/);
    const ours = await client.post('/api/v1/requests', {clientPhone: '+77010001122', text: 'своя'}, {origin: base.origin, 'sec-fetch-site': 'same-origin'});
    expect(ours.status).toBe(201);
    // An API key carries no ambient credential: a script anywhere may use it.
    const key = (await client.post('/api/v1/api-keys', {label: 'crm'}, {origin: base.origin})).body.key as string;
    const keyed = await new Client(undefined, {authorization: `Bearer ${key}`}).post(
      '/api/v1/requests',
      {clientPhone: '+77010001122', text: 'ключ'},
      {origin: 'https://evil.example'},
    );
    expect(keyed.status).toBe(201);
    // Reading stays open; sign-up (no cookie yet) from the public site too.
    expect((await client.get('/api/v1/auth/me')).status).toBe(200);
  });
});

describe('sessions', () => {
  it('lists my devices with the current one marked; ending one or all others signs them out and drops their sync', async () => {
    const email = uniqueEmail();
    const phone = new Client(undefined, {'user-agent': 'Mozilla/5.0 (Linux; Android 14) Chrome/130 Mobile'});
    expect((await phone.post('/api/v1/auth/signup', {companyName: 'Сеансы', name: 'Айгерим', email, password: 'password1'})).status).toBe(201);
    const laptop = new Client(undefined, {'user-agent': 'Mozilla/5.0 (Windows NT 10.0) Firefox/131'});
    const tablet = new Client(undefined, {'user-agent': 'Mozilla/5.0 (iPad) Safari/605'});
    for (const c of [laptop, tablet]) expect((await c.post('/api/v1/auth/login', {email, password: 'password1'})).status).toBe(200);
    const list = (await phone.get('/api/v1/auth/sessions')).body.data as {id: string; userAgent: string; current: boolean}[];
    expect(list).toHaveLength(3);
    expect(list.filter((s) => s.current).map((s) => s.userAgent)).toEqual([expect.stringContaining('Android')]);

    const listen = new pg.Client({connectionString: inject('pgUrl')});
    await listen.connect();
    const announced: string[] = [];
    listen.on('notification', (n) => announced.push(n.payload ?? ''));
    await listen.query('listen dot_session_revoked');
    const laptopId = list.find((s) => s.userAgent.includes('Firefox'))!.id;
    expect((await phone.req('DELETE', `/api/v1/auth/sessions/${laptopId}`)).status).toBe(204);
    expect((await laptop.get('/api/v1/auth/me')).status).toBe(401);
    expect((await phone.req('DELETE', `/api/v1/auth/sessions/${laptopId}`)).status).toBe(404);
    // Someone else's session is not mine to end.
    const {client: stranger} = await signupCompany('Чужие');
    const tabletId = list.find((s) => s.userAgent.includes('iPad'))!.id;
    expect((await stranger.req('DELETE', `/api/v1/auth/sessions/${tabletId}`)).status).toBe(404);

    expect((await phone.post('/api/v1/auth/sessions/sign-out-others')).body).toEqual({ended: 1});
    expect((await tablet.get('/api/v1/auth/me')).status).toBe(401);
    expect((await phone.get('/api/v1/auth/me')).status).toBe(200);
    // Each ended session was announced, so the live-sync relay closes its socket (auth/live-sync.ts).
    await expect.poll(() => announced.length).toBe(2);
    const {rows} = await db.query<{token_hash: string}>('select token_hash from session where id = any($1)', [[laptopId, tabletId]]);
    expect(announced.sort()).toEqual(rows.map((r) => r.token_hash).sort());
    await listen.end();
  });
});

/** Signs up a person and turns the second factor on; their secret and recovery codes. */
async function withSecondFactor(address: Record<string, string>, tryWrong = false) {
  const email = uniqueEmail('totp');
  const owner = new Client(undefined, address);
  expect((await owner.post('/api/v1/auth/signup', {companyName: 'Два шага', name: 'Ержан', email, password: 'password1'})).status).toBe(201);
  expect((await owner.get('/api/v1/auth/totp')).body).toEqual({enabled: false, recoveryLeft: 0});
  const setup = (await owner.post('/api/v1/auth/totp/setup')).body as {secret: string; url: string; qrSvg: string};
  expect(setup.url).toMatch(/^otpauth:\/\/totp\/dot%3A.+\?secret=[A-Z2-7]+/);
  expect(setup.qrSvg).toMatch(/^<svg/);
  if (tryWrong) {
    const wrong = await owner.post('/api/v1/auth/totp/confirm', {code: '000000'}, {'accept-language': 'ru'});
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.fields[0]).toMatchObject({field: 'code', text: expect.stringMatching(/^Код: Код не подошёл/)});
  }
  const confirmed = await owner.post('/api/v1/auth/totp/confirm', {code: totpCode(setup.secret, Date.now())});
  expect(confirmed.status).toBe(200);
  const codes = confirmed.body.recoveryCodes as string[];
  expect(codes).toHaveLength(10);
  return {email, owner, secret: setup.secret, codes};
}

describe('second factor', () => {
  it('after a right password the code is asked; a recovery code works once; turning off needs a code', async () => {
    const address = from(1);
    const {email, owner, secret, codes} = await withSecondFactor(address);
    // Stored sealed and hashed: the database alone mints no code and holds no recovery code.
    const {rows} = await db.query('select t.* from user_totp t join app_user u on u.id = t.user_id where u.email = $1', [email]);
    expect(rows[0].secret_sealed).not.toContain(secret);
    expect(JSON.stringify(rows[0].recovery_hashes)).not.toContain(codes[0]!.replace('-', ''));
    expect((await owner.post('/api/v1/auth/totp/setup')).status).toBe(409);

    const device = new Client(undefined, address);
    const asked = await device.post('/api/v1/auth/login', {email, password: 'password1'}, {'accept-language': 'en'});
    expect(asked.status).toBe(401);
    expect(asked.body.error).toMatchObject({code: 'totp_required', message: 'Enter the code from your authenticator app.'});
    expect(device.cookie).toBe('');
    expect((await device.post('/api/v1/auth/login', {email, password: 'wrong-pass1', code: codes[0]})).body.error.code).toBe('bad_credentials');
    expect((await device.post('/api/v1/auth/login', {email, password: 'password1', code: '123456'})).body.error.code).toBe('totp_wrong');
    expect((await device.post('/api/v1/auth/login', {email, password: 'password1', code: codes[0]!.toUpperCase()})).status).toBe(200);
    expect((await device.get('/api/v1/auth/totp')).body).toEqual({enabled: true, recoveryLeft: 9});
    expect((await new Client(undefined, address).post('/api/v1/auth/login', {email, password: 'password1', code: codes[0]})).body.error.code).toBe(
      'totp_wrong',
    );
    // A password reset link proves the mailbox, not the phone: it does not sign in past the factor (routes/auth-password.ts).

    // Five code attempts so far (the account's limit per 15 minutes): confirm, wrong, recovery, reused recovery, and this.
    expect((await owner.post('/api/v1/auth/totp/disable', {code: ''})).status).toBe(400);
    expect((await owner.post('/api/v1/auth/totp/disable', {code: totpCode(secret, Date.now() + 30_000)})).status).toBe(204);
    expect((await new Client(undefined, address).post('/api/v1/auth/login', {email, password: 'password1'})).status).toBe(200);
  });

  it('codes are rate-limited per account, whatever the address', async () => {
    const {email, secret} = await withSecondFactor(from(2), true);
    // 2 attempts so far (confirming); 3 more wrong ones from other addresses use up the account's 5.
    for (let i = 0; i < 3; i++)
      expect((await new Client(undefined, from(10 + i)).post('/api/v1/auth/login', {email, password: 'password1', code: '111111'})).status).toBe(401);
    const limited = await new Client(undefined, from(20)).post(
      '/api/v1/auth/login',
      {email, password: 'password1', code: totpCode(secret, Date.now())},
      {'accept-language': 'kk'},
    );
    expect(limited.status).toBe(429);
    expect(limited.body.error.message).toMatch(/15 минуттан/);
  });
});
