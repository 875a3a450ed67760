// Issue 18: a company the platform stops stops everywhere at once — the live
// sync of a device already connected, sign-in (with the reason), the app's
// /auth/me, API keys, its public pages ("temporarily unavailable") and its due
// jobs — and reinstating brings everything back with nothing lost.
import fs from 'node:fs';
import path from 'node:path';
import {strFromU8, unzipSync} from 'fflate';
import pg from 'pg';
import {afterAll, beforeAll, describe, expect, inject, it} from 'vitest';
import {listenForRevokedSessions, trackLiveSync} from '../../auth/live-sync.ts';
import {hashSecret} from '../../auth/tokens.ts';
import {Client, signupCompany} from '../../testing/http.ts';
import {consoleClient} from '../testing.ts';

let pool: pg.Pool;
let admin: Client;
let stopListening: () => Promise<void>;
beforeAll(async () => {
  pool = new pg.Pool({connectionString: inject('pgUrl')});
  admin = (await consoleClient(pool)).client;
  // This process listens like every API process does: a stopped company's sockets close here too.
  stopListening = listenForRevokedSessions(inject('pgUrl'));
});
afterAll(async () => {
  await stopListening();
  await pool.end();
});

/** A relayed sync socket stand-in: closed means the device stopped receiving. */
class Socket {
  closed = false;
  private onClose: (() => void) | undefined;
  close() {
    this.closed = true;
    this.onClose?.();
  }
  once(_event: 'close', listener: () => void) {
    this.onClose = listener;
  }
}

const until = async (check: () => boolean | Promise<boolean>, ms = 5000) => {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 50));
  }
};

async function dueJob(companyId: string): Promise<string> {
  const id = crypto.randomUUID();
  await pool.query(`insert into job (id, queue, company_id, payload, run_at) values ($1, 'request.mention', $2, '{"commentId": "none"}', to_timestamp(0))`, [
    id,
    companyId,
  ]);
  return id;
}
const jobState = async (id: string) => (await pool.query<{state: string}>('select state from job where id = $1', [id])).rows[0]?.state;
const runJobs = async () => expect((await new Client().post('/__test/jobs/run', {})).status).toBe(200);

describe('a company the platform stops', () => {
  it('refuses a stop without a reason or a status it does not know, naming the field, and writes nothing', async () => {
    const {me} = await signupCompany('Без причины');
    const id = me.company.id;
    const noReason = await admin.post(`/api/v1/platform/companies/${id}/status`, {status: 'suspended', reason: '  '});
    expect(noReason.status).toBe(400);
    expect(noReason.body.error.fields[0].field).toBe('reason');
    expect(noReason.body.error.message).toContain('Причина');
    expect((await admin.post(`/api/v1/platform/companies/${id}/status`, {status: 'paused', reason: 'x'})).status).toBe(400);
    expect((await admin.post(`/api/v1/platform/companies/${id}/status`, {status: 'active'})).status).toBe(409);
    expect((await admin.post(`/api/v1/platform/companies/nope/status`, {status: 'blocked', reason: 'x'})).status).toBe(404);
    const {rows} = await pool.query('select status from company where id = $1', [id]);
    expect(rows[0].status).toBe('active');
    // A company's own session is not a console session.
    const {client: owner} = await signupCompany('Не консоль');
    expect((await owner.post(`/api/v1/platform/companies/${id}/status`, {status: 'blocked', reason: 'x'})).status).toBe(401);
  });

  it('stops sync, sign-in, /auth/me, API keys, public pages and jobs at once; reinstated, all of it is back', async () => {
    const {client: owner, me} = await signupCompany('Салон на паузе');
    const other = await signupCompany('Соседний салон');
    const id = me.company.id;
    const key = (await owner.post('/api/v1/api-keys', {label: 'Интеграция'})).body.key as string;
    const api = new Client(undefined, {authorization: `Bearer ${key}`});
    expect((await api.get('/api/v1/auth/me')).status).toBe(200);
    const created = await owner.post('/api/v1/requests', {text: 'Заявка до паузы'});
    expect(created.status).toBe(201);
    const feedToken = `feed${crypto.randomUUID().replace(/-/g, '')}`;
    await pool.query(`insert into calendar_feed (member_id, company_id, token_hash) values ($1, $2, $3)`, [me.member.id, id, hashSecret(feedToken)]);
    expect((await new Client().get(`/cal/${feedToken}.ics`)).status).toBe(200);

    const phone = new Socket();
    const neighbour = new Socket();
    trackLiveSync(owner.cookie, phone);
    trackLiveSync(other.client.cookie, neighbour);
    await new Promise((r) => setTimeout(r, 300)); // the listener's LISTEN is in place

    const reason = 'Не оплачен тариф за ноябрь';
    const stopped = await admin.post(`/api/v1/platform/companies/${id}/status`, {status: 'suspended', reason});
    expect(stopped.status).toBe(200);
    expect(stopped.body.company).toMatchObject({id, status: 'suspended', statusReason: reason, deleteAfter: null});

    // The device that was connected stops receiving; the other company's does not.
    await until(() => phone.closed);
    expect(neighbour.closed).toBe(false);

    const meNow = await owner.get('/api/v1/auth/me');
    expect(meNow.status).toBe(403);
    expect(meNow.body).toMatchObject({error: {code: 'company_suspended'}, status: 'suspended', reason, deleteAfter: null});
    expect(meNow.body.error.message).toContain(reason);
    expect((await owner.get('/api/v1/requests')).status).toBe(403);
    expect((await api.get('/api/v1/requests')).body.error.code).toBe('company_suspended');

    // Sign-in: the right password hears why; a wrong one hears nothing about the company.
    const login = await new Client().post('/api/v1/auth/login', {email: me.user.email, password: 'password1'});
    expect(login.status).toBe(403);
    expect(login.body).toMatchObject({error: {code: 'company_suspended'}, reason});
    const english = await new Client().req('POST', '/api/v1/auth/login', {email: me.user.email, password: 'password1'}, {'accept-language': 'en'});
    expect(english.body.error.message).toBe(`The company is suspended. Reason: ${reason}`);
    expect((await new Client().post('/api/v1/auth/login', {email: me.user.email, password: 'wrong-one'})).status).toBe(401);

    // Public pages: temporarily unavailable, not "not found", and none of its data.
    const site = await new Client().get(`/c/${me.company.slug}`);
    expect(site.status).toBe(503);
    expect(site.body).toContain('Страница временно недоступна');
    expect(site.body).not.toContain('Салон на паузе');
    expect((await new Client().get(`/c/${me.company.slug}/request`)).status).toBe(503);
    const kk = await new Client().req('GET', `/c/${me.company.slug}/request?lang=kk`);
    expect(kk.body).toContain('Бет уақытша қолжетімсіз');
    expect((await new Client().get(`/c/${other.me.company.slug}/request`)).status).toBe(200);
    expect((await new Client().get(`/cal/${feedToken}.ics`)).status).toBe(503);

    // Due work waits: a job of the stopped company is not run, the neighbour's is.
    const held = await dueJob(id);
    const theirs = await dueJob(other.me.company.id);
    await runJobs();
    expect(await jobState(held)).toBe('pending');
    expect(await jobState(theirs)).toBe('done');

    const audit = await pool.query(`select action, reason from platform_audit where company_id = $1`, [id]);
    expect(audit.rows).toEqual([{action: 'company.suspended', reason}]);

    // Reinstated: the same session, the same key, the same pages; the waiting job runs; the request is there.
    const back = await admin.post(`/api/v1/platform/companies/${id}/status`, {status: 'active'});
    expect(back.body.company).toMatchObject({status: 'active', statusReason: null, deleteAfter: null});
    expect((await owner.get('/api/v1/auth/me')).status).toBe(200);
    expect((await api.get('/api/v1/auth/me')).status).toBe(200);
    expect((await owner.get(`/api/v1/requests/${created.body.id}`)).status).toBe(200);
    expect((await new Client().get(`/c/${me.company.slug}/request`)).status).toBe(200);
    expect((await new Client().get(`/cal/${feedToken}.ics`)).status).toBe(200);
    expect((await new Client().post('/api/v1/auth/login', {email: me.user.email, password: 'password1'})).status).toBe(200);
    await runJobs();
    expect(await jobState(held)).toBe('done');
  });

  it('deleted: the owner can still download the data (no secrets); after the grace period the purge removes it all but the platform audit', async () => {
    const {client: owner, me} = await signupCompany('Уходим');
    const id = me.company.id;
    expect((await owner.post('/api/v1/requests', {text: 'Последняя заявка'})).status).toBe(201);
    await pool.query(`insert into calendar_feed (member_id, company_id, token_hash) values ($1, $2, 'secret-hash')`, [me.member.id, id]);
    const fileId = crypto.randomUUID();
    expect((await owner.req('PUT', `/api/v1/files/${fileId}`, 'договор', {'content-type': 'text/plain', 'x-file-name': 'd.txt'})).status).toBe(201);
    const bytes = path.join(inject('dataDir'), 'files', (await pool.query('select storage_key from file where id = $1', [fileId])).rows[0].storage_key);
    expect(fs.existsSync(bytes)).toBe(true);

    const deleted = await admin.post(`/api/v1/platform/companies/${id}/status`, {status: 'deleted', reason: 'Просьба владельца'});
    expect(deleted.status).toBe(200);
    const days = (deleted.body.company.deleteAfter - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(29.9);
    expect(days).toBeLessThan(30.1);
    expect((await owner.get('/api/v1/auth/me')).body).toMatchObject({status: 'deleted', deleteAfter: deleted.body.company.deleteAfter});

    const res = await fetch(`${owner.base}/api/v1/company/export`, {headers: {cookie: owner.cookie}});
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/zip');
    const files = unzipSync(new Uint8Array(await res.arrayBuffer()));
    const requests = JSON.parse(strFromU8(files['request.json']!));
    expect(requests.map((r: {text: string}) => r.text)).toContain('Последняя заявка');
    expect(JSON.parse(strFromU8(files['company.json']!))[0].name).toBe('Уходим');
    expect(files['session.json']).toBeUndefined();
    // The manifest names the migrations applied, one of which is called "…token_hash": a name, not a secret.
    const all = Object.entries(files)
      .filter(([name]) => name !== 'manifest.json')
      .map(([, f]) => strFromU8(f))
      .join('\n');
    expect(all).not.toContain('token_hash');
    expect(all).not.toContain('password_hash');
    expect(all).not.toContain('secret-hash');

    // Within the grace period nothing goes.
    await runJobs();
    expect((await pool.query('select 1 from company where id = $1', [id])).rowCount).toBe(1);
    await pool.query(`update company_account set delete_after = now() - interval '1 minute' where company_id = $1`, [id]);
    await runJobs();
    expect((await pool.query('select 1 from company where id = $1', [id])).rowCount).toBe(0);
    expect((await pool.query('select 1 from request where company_id = $1', [id])).rowCount).toBe(0);
    expect((await pool.query('select 1 from audit_log where company_id = $1', [id])).rowCount).toBe(0);
    // The bytes of its files go with the rows.
    expect(fs.existsSync(bytes)).toBe(false);
    const audit = await pool.query(`select action from platform_audit where company_id = $1 order by id`, [id]);
    expect(audit.rows.map((r) => r.action)).toEqual(['company.deleted', 'company.purge']);
  });
});
