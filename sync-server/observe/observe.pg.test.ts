// Logs and metrics on a real stack of its own (JSON logs at debug, email on):
// sign-up, sign-in, a wrong password, an API key, a password reset — and not
// one of those secrets in any log line; one id follows a write from the
// request that made it to the job it set off; /metrics answers this machine in
// Prometheus text and refuses the public (a client behind the proxy).
import pg from 'pg';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {Client, uniqueEmail} from '../testing/http.ts';
import {startSmtp} from '../testing/smtp.ts';
import {startStack, type TestStack} from '../testing/stack.ts';
import {parsePrometheus} from './prom-text.ts';

let stack: TestStack;
let smtp: Awaited<ReturnType<typeof startSmtp>>;
let db: pg.Client;

beforeAll(async () => {
  smtp = await startSmtp();
  stack = await startStack({
    sync: false,
    env: {
      DOT_SMTP_URL: `smtp://127.0.0.1:${smtp.port}`,
      DOT_PUBLIC_URL: 'https://dot.example.kz',
      DOT_LOG_LEVEL: 'debug',
      DOT_LOG_FORMAT: 'json',
      DOT_JOBS_TICK_MS: '3600000',
    },
  });
  db = new pg.Client({connectionString: stack.pgUrl});
  await db.connect();
}, 60_000);

afterAll(async () => {
  await db?.end();
  await stack?.stop();
  await smtp?.close();
});

const logLines = () =>
  stack
    .output()
    .split('\n')
    .filter((l) => l.startsWith('{'))
    .map((l) => JSON.parse(l) as {time: string; level: string; part: string; msg: string; requestId?: string; fields?: Record<string, unknown>});

describe('logs', () => {
  it('carry no password, token, key or cookie of sign-up, sign-in, API keys and a password reset', async () => {
    const secrets: string[] = [];
    const email = uniqueEmail('logs');
    const password = `Parol-${crypto.randomUUID().slice(0, 8)}`;
    const wrong = `Oshibka-${crypto.randomUUID().slice(0, 8)}`;
    const fresh = `Novyi-${crypto.randomUUID().slice(0, 8)}`;
    secrets.push(password, wrong, fresh);
    const owner = new Client(stack.baseUrl, {'x-forwarded-for': '192.0.2.10'});
    expect((await owner.post('/api/v1/auth/signup', {companyName: 'Журнал', name: 'Асель', email, password})).status).toBe(201);
    secrets.push(owner.cookie.split('=')[1]!);
    const laptop = new Client(stack.baseUrl, {'x-forwarded-for': '192.0.2.11'});
    expect((await laptop.post('/api/v1/auth/login', {email, password: wrong})).status).toBe(401);
    expect((await laptop.post('/api/v1/auth/login', {email, password})).status).toBe(200);
    secrets.push(laptop.cookie.split('=')[1]!);

    const created = await owner.post('/api/v1/api-keys', {label: '1C'});
    expect(created.status).toBe(201);
    const key = String(created.body.key);
    secrets.push(key, key.replace(/^dot_/, ''));
    const integration = new Client(stack.baseUrl, {authorization: `Bearer ${key}`});
    expect((await integration.get('/api/v1/auth/me')).status).toBe(200);
    // A key in the wrong place (a query string) is not accepted, and not logged either.
    expect((await new Client(stack.baseUrl).get(`/api/v1/auth/me?api_key=${key}&password=${password}`)).status).toBe(401);

    expect((await new Client(stack.baseUrl, {'x-forwarded-for': '192.0.2.12'}).post('/api/v1/auth/password-reset', {email})).status).toBe(202);
    await expect.poll(() => smtp.mails.filter((m) => m.to.includes(email)).length, {timeout: 10_000}).toBe(1);
    const token = /reset-password\/([\w-]+)/.exec(smtp.mails.find((m) => m.to.includes(email))!.text)![1]!;
    secrets.push(token);
    const browser = new Client(stack.baseUrl, {'x-forwarded-for': '192.0.2.13'});
    await browser.get(`/reset-password/${token}`); // the page (the app shell): its URL holds the token
    expect((await browser.post('/api/v1/auth/password-reset/confirm', {token, password: fresh})).status).toBe(200);
    expect((await browser.post('/api/v1/auth/login', {email, password: fresh})).status).toBe(200);
    secrets.push(browser.cookie.split('=')[1]!);

    await new Promise((r) => setTimeout(r, 300)); // the last access lines
    const output = stack.output();
    const lines = logLines();
    // The access log saw every one of those requests (so the secrets had their chance to leak)…
    expect(lines.some((l) => l.part === 'http' && l.msg.startsWith('GET /reset-password/'))).toBe(true);
    expect(lines.some((l) => l.part === 'http' && l.msg.startsWith('GET /api/v1/auth/me?api_key='))).toBe(true);
    expect(lines.filter((l) => l.part === 'http' && l.msg.startsWith('POST /api/v1/auth/login')).length).toBeGreaterThanOrEqual(3);
    // …and not one of them is in any line, JSON or not.
    for (const s of secrets) expect(output.includes(s), `a secret of length ${s.length} is in the log`).toBe(false);
  });

  it('are JSON objects with a request id that follows a write to the job it set off', async () => {
    const owner = new Client(stack.baseUrl, {'x-forwarded-for': '192.0.2.20'});
    const signup = await owner.post('/api/v1/auth/signup', {companyName: 'След', name: 'Дана', email: uniqueEmail('trace'), password: 'password1'});
    expect(signup.status).toBe(201);
    const given = await owner.get('/api/v1/auth/me');
    expect(given.headers.get('x-request-id')).toMatch(/^[\w-]{8,}$/);

    const trace = `phone-7:${Date.now()}`;
    const made = await owner.post(
      '/api/v1/requests',
      {clientPhone: '+77011234567', text: 'звонок', responsibleId: signup.body.member.id},
      {'x-request-id': trace},
    );
    expect(made.status).toBe(201);
    expect(made.headers.get('x-request-id')).toBe(trace);
    const {rows} = await db.query(`select queue, request_id from job where company_id = $1`, [signup.body.company.id]);
    expect(rows).toContainEqual({queue: 'request.assigned', request_id: trace});
    expect((await owner.post('/__test/jobs/run')).status).toBe(200);

    const mine = logLines().filter((l) => l.requestId === trace);
    expect(mine.map((l) => `${l.part} ${l.msg}`)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^http POST \/api\/v1\/requests 201$/), 'jobs request.assigned done']),
    );
    for (const l of logLines()) expect(Object.keys(l).every((k) => ['time', 'level', 'part', 'msg', 'requestId', 'fields'].includes(k))).toBe(true);
  });
});

describe('/metrics', () => {
  it('answers this machine in Prometheus text: latency by route, jobs, backups', async () => {
    await db.query(
      `insert into backup_run (id, kind, trigger, started_at, finished_at, ok) values ('obs-1', 'backup', 'manual', now() - interval '1 minute', '2026-01-02T03:04:05Z', true)`,
    );
    const res = await fetch(`${stack.baseUrl}/metrics`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    const {types, samples} = parsePrometheus(await res.text());
    expect(types.get('dot_http_request_duration_seconds')).toBe('histogram');
    const login = samples.find(
      (s) => s.name === 'dot_http_request_duration_seconds_count' && s.labels.route === '/api/v1/auth/login' && s.labels.status === '2xx',
    );
    expect(login?.value).toBeGreaterThanOrEqual(2);
    expect(
      samples.some((s) => s.name === 'dot_http_request_duration_seconds_count' && s.labels.route === '/api/v1/auth/login' && s.labels.status === '4xx'),
    ).toBe(true);
    // Ids never become series: a request's route is its template.
    expect(samples.every((s) => !/[0-9a-f]{8}-[0-9a-f]{4}-/.test(s.labels.route ?? ''))).toBe(true);
    expect(types.get('dot_job_queue_depth')).toBe('gauge');
    expect(samples.find((s) => s.name === 'dot_job_runs_total' && s.labels.queue === 'request.assigned')?.value).toBeGreaterThanOrEqual(1);
    expect(samples.find((s) => s.name === 'dot_backup_last_success_timestamp_seconds' && s.labels.kind === 'backup')?.value).toBe(
      Date.parse('2026-01-02T03:04:05Z') / 1000,
    );
    expect(types.get('dot_replication_slot_lag_bytes')).toBe('gauge');
    expect(types.get('dot_webhook_failures_total')).toBe('counter');
  });

  it('refuses the public: a client the proxy forwards from the internet gets 403 and no figures', async () => {
    const res = await fetch(`${stack.baseUrl}/metrics`, {headers: {'x-forwarded-for': '203.0.113.7'}});
    expect(res.status).toBe(403);
    expect(await res.text()).not.toContain('dot_');
  });
});
