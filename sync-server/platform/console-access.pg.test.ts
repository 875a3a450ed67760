// The probe of issue 18: no company credential reaches the console, and the
// console's credential reaches no company data. Every console route is read
// from the OpenAPI document (so routes added later are covered without anyone
// listing them) and called with a company owner's session cookie, the
// company's API key and the owner's secret dressed as a console cookie, with a
// body that would do harm if it got through: each answers 401, and company A,
// its people and its account are exactly as before. A platform session gets
// through every one. Then the other way round: the console cookie (or its
// secret in any other place) opens no company route and no sync endpoint.
import {parse as parseCookie} from 'cookie';
import type {Request} from 'express';
import pg from 'pg';
import {afterAll, beforeAll, describe, expect, inject, it} from 'vitest';
import {sessionFromRequest} from '../auth/request-auth.ts';
import {Client, signupCompany} from '../testing/http.ts';
import {consoleAdmin} from './admins/testing.ts';
import {CONSOLE_COOKIE} from './session.ts';

type Op = {security?: unknown};
type Doc = {paths: Record<string, Record<string, Op>>};

let pool: pg.Pool;
beforeAll(() => {
  pool = new pg.Pool({connectionString: inject('pgUrl')});
});
afterAll(() => pool.end());

const NOBODY = '00000000-0000-7000-8000-000000000000';
/** What a console write would act on if it let a company through: every field the console's routes take, set to harm. */
const HARM = {
  reason: 'probe',
  status: 'blocked',
  planKey: 'free',
  trial: true,
  months: 12,
  amountTiyn: 1,
  note: 'probe',
  signupOpen: false,
  published: false,
  to: 'probe@example.kz',
  text: {ru: 'probe', kk: 'probe', en: 'probe'},
};

/** Company A as the console could change it: its row, account, plan, modules, people, sessions, payments and audit. */
async function fingerprint(companyId: string): Promise<string> {
  const {rows} = await pool.query<{fp: string}>(
    `with people as (select user_id from member where company_id = $1 and user_id is not null)
     select md5(concat_ws('|',
       (select c::text from company c where c.id = $1),
       (select ca::text from company_account ca where ca.company_id = $1),
       (select cp.modules::text from company_profile cp where cp.company_id = $1),
       (select string_agg(m.id || m.active::text || m.roles::text, ',' order by m.id) from member m where m.company_id = $1),
       (select string_agg(u.id || u.password_hash || u.email, ',' order by u.id) from app_user u where u.id in (select user_id from people)),
       (select string_agg(s.id || coalesce(s.revoked_at::text, '-'), ',' order by s.id) from session s where s.company_id = $1),
       (select count(*)::text from password_reset r where r.user_id in (select user_id from people)),
       (select count(*)::text from company_payment p where p.company_id = $1),
       (select count(*)::text from platform_audit a where a.company_id = $1 or a.target = $1 or a.target in (select user_id from people))
     )) as fp`,
    [companyId],
  );
  return rows[0]!.fp;
}

function fill(path: string, ids: {company: string; user: string}): string {
  return path.replace(/\{(\w+)\}/g, (_, p: string) =>
    p === 'id' ? (path.startsWith('/platform/users/') ? ids.user : ids.company) : p === 'key' ? 'free' : 'probe',
  );
}

describe('the console and the companies do not reach each other', () => {
  it('no company session or API key reaches any console route; a platform session reaches every one', async () => {
    const a = await signupCompany('Пульт А');
    const key = (await a.client.post('/api/v1/api-keys', {label: 'probe'})).body.key as string;
    expect(key).toMatch(/^dot_/);
    const ownerSecret = parseCookie(a.client.cookie).dot_session!;
    const admin = await consoleAdmin();
    const doc = (await new Client().get('/api/v1/openapi.json')).body as Doc;
    const consoleOps = Object.entries(doc.paths)
      .filter(([path]) => path.startsWith('/platform/'))
      .flatMap(([path, ops]) => Object.entries(ops).map(([method, op]) => ({path, method: method.toUpperCase(), op})));
    const guarded = consoleOps.filter((o) => o.op.security);
    // The document lists the console (so this probe is not vacuous), and every route but sign-in needs the console cookie.
    for (const path of ['/platform/companies', '/platform/companies/{id}', '/platform/users', '/platform/users/{id}/reset', '/platform/audit'])
      expect(guarded.map((o) => o.path)).toContain(path);
    expect(consoleOps.filter((o) => !o.op.security).map((o) => `${o.method} ${o.path}`)).toEqual(['POST /platform/auth/login']);

    const ids = {company: a.me.company.id as string, user: a.me.user.id as string};
    const before = await fingerprint(ids.company);
    const callers = {
      'owner cookie': new Client(),
      'API key': new Client(inject('baseUrl'), {authorization: `Bearer ${key}`}),
      'owner secret as console cookie': new Client(inject('baseUrl'), {cookie: `${CONSOLE_COOKIE}=${ownerSecret}`}),
    };
    callers['owner cookie'].cookie = a.client.cookie;
    const through: string[] = [];
    for (const {path, method} of guarded) {
      for (const [who, client] of Object.entries(callers)) {
        const r = await client.req(method, `/api/v1${fill(path, ids)}`, method === 'GET' || method === 'DELETE' ? undefined : HARM);
        if (r.status !== 401) through.push(`${who}: ${method} ${path} → ${r.status}`);
      }
    }
    expect(through).toEqual([]);
    expect(await fingerprint(ids.company), 'company A changed').toBe(before);
    // The owner's own session still works: nothing above ended it.
    expect((await a.client.get('/api/v1/auth/me')).status).toBe(200);

    // A platform session gets through every console route (sign-out last: it ends the session). What it meets there
    // (a 404 for nobody's id, a 400 for an empty body, a 403 without a support grant) is the route's own answer.
    const refused: string[] = [];
    const last = (o: {path: string}) => (o.path === '/platform/auth/logout' ? 1 : 0);
    for (const {path, method} of [...guarded].sort((x, y) => last(x) - last(y))) {
      const r = await admin.client.req(method, `/api/v1${path.replace(/\{\w+\}/g, NOBODY)}`, method === 'GET' || method === 'DELETE' ? undefined : {});
      if (r.status === 401 || r.status >= 500) refused.push(`${method} ${path} → ${r.status} ${JSON.stringify(r.body).slice(0, 120)}`);
    }
    expect(refused).toEqual([]);
  });

  it("a platform administrator's console cookie opens no company route and no sync endpoint", async () => {
    const admin = await consoleAdmin();
    const secret = admin.cookie.split('=')[1]!;
    const doc = (await admin.client.get('/api/v1/openapi.json')).body as Doc;
    const opened: string[] = [];
    for (const [path, ops] of Object.entries(doc.paths)) {
      if (path.startsWith('/platform/')) continue;
      for (const [method, op] of Object.entries(ops)) {
        if (!op.security) continue;
        const r = await admin.client.req(
          method.toUpperCase(),
          `/api/v1${path.replace(/\{\w+\}/g, NOBODY)}`,
          method === 'get' || method === 'delete' ? undefined : {},
        );
        // A company route checks a body's shape before the caller (400), never lets the caller in.
        if (r.status !== 401 && r.status !== 400) opened.push(`${method.toUpperCase()} ${path} → ${r.status}`);
        if (method === 'get' && !path.includes('{') && r.status !== 401 && r.status !== 400) opened.push(`GET ${path} is not 401`);
      }
    }
    expect(opened).toEqual([]);
    // The console's secret in a company's places: a session cookie, a Bearer key.
    for (const c of [new Client(inject('baseUrl'), {cookie: `dot_session=${secret}`}), new Client(inject('baseUrl'), {authorization: `Bearer ${secret}`})]) {
      expect((await c.get('/api/v1/requests')).status).toBe(401);
      expect((await c.get('/api/v1/auth/me')).status).toBe(401);
    }
    for (const path of ['/requests', '/auth/me', '/clients', '/members', '/company/profile', '/api-keys'])
      expect((await admin.client.get(`/api/v1${path}`)).status).toBe(401);
    // Sync: over HTTP the endpoints refuse it, and the session they would resolve from it is nobody.
    for (const path of ['/api/zero/query', '/api/zero/mutate']) expect((await admin.client.post(path, {})).status).toBe(401);
    const asRequest = (cookie: string) => ({get: (h: string) => (h.toLowerCase() === 'cookie' ? cookie : undefined)}) as unknown as Request;
    expect(await sessionFromRequest(pool, asRequest(admin.cookie))).toBeNull();
    expect(await sessionFromRequest(pool, asRequest(`dot_session=${secret}`))).toBeNull();
    // The console itself still answers the administrator.
    expect((await admin.client.get('/api/v1/platform/auth/me')).status).toBe(200);
  });
});
