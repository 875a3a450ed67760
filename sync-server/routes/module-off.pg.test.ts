// A module switched off in the company settings is off on the server too
// (P4, issue 12): its named queries match nothing, its mutators refuse through
// REST and through the executor (what sync pushes run), its REST routes refuse,
// its public pages are gone and its jobs do not run for that company. The
// refusal says which module is off, in the caller's language, and comes before
// "not found" for a member who would otherwise be allowed.
import pg from 'pg';
import {afterAll, beforeAll, describe, expect, inject, it} from 'vitest';
import {mutators} from '#shared/mutators/index.ts';
import {queries} from '#shared/queries/index.ts';
import {memberContext, resolveSession} from '../auth/sessions.ts';
import {Client, signupCompany, uniqueEmail} from '../testing/http.ts';
import {createZeroDb} from '../zero/db.ts';
import {createExecutor} from '../zero/execute.ts';

let pool: pg.Pool;
beforeAll(() => {
  pool = new pg.Pool({connectionString: inject('pgUrl')});
});
afterAll(() => pool.end());

async function ctxOf(c: Client) {
  const s = await resolveSession(pool, c.cookie.replace(/^dot_session=/, ''));
  return memberContext(s!, 'sync');
}

/** A refusal thrown by the executor, as its code and details. */
async function refusalOf(p: Promise<unknown>): Promise<{message: string; details: unknown}> {
  try {
    await p;
  } catch (e) {
    return e as {message: string; details: unknown};
  }
  throw new Error('the write was not refused');
}

/** A job of this company's queue, due long ago; returns its state after the worker ran. */
async function jobRun(companyId: string, queue: string, payload: unknown): Promise<{state: string; last_error: string}> {
  const id = crypto.randomUUID();
  await pool.query(`insert into job (id, queue, company_id, payload, run_at) values ($1, $2, $3, $4, to_timestamp(0))`, [
    id,
    queue,
    companyId,
    JSON.stringify(payload),
  ]);
  await new Client().post('/__test/jobs/run', {});
  const {rows} = await pool.query<{state: string; last_error: string}>('select state, last_error from job where id = $1', [id]);
  return rows[0]!;
}

const OFF_RU = 'Модуль «Заявки» выключен в настройках компании';

describe('a module switched off', () => {
  it('refuses on every path — named query, mutator through REST and the executor, REST route, public page, job — and comes back when switched on', async () => {
    const {client: owner, me} = await signupCompany('Модули выключаются');
    const email = uniqueEmail('staff');
    expect((await owner.post('/api/v1/members', {name: 'Сотрудник', email, role: 'staff', password: 'colleague1'})).status).toBe(201);
    const staff = new Client();
    expect((await staff.post('/api/v1/auth/login', {email, password: 'colleague1'})).status).toBe(200);
    const created = await owner.post('/api/v1/requests', {text: 'Заявка до выключения'});
    expect(created.status).toBe(201);
    const id = created.body.id as string;
    const zdb = createZeroDb(pool);
    const executor = createExecutor({pool, zdb});
    expect((await zdb.run(queries.requests.list.fn({args: undefined, ctx: await ctxOf(owner)}))).map((r) => r.id)).toEqual([id]);
    expect((await new Client().get(`/c/${me.company.slug}/request`)).status).toBe(200);
    expect(await jobRun(me.company.id, 'request.mention', {commentId: 'none'})).toMatchObject({state: 'done'});

    expect((await owner.patch('/api/v1/company/modules', {modules: {requests: false}})).status).toBe(200);

    // The context: the module's permissions withheld, nothing else.
    const ctx = await ctxOf(owner);
    expect(ctx.permissions).not.toContain('requests.read');
    expect(ctx.withheld).toEqual(expect.arrayContaining(['requests.read', 'requests.create', 'requests.update']));
    expect(ctx.modulesOff).toContain('requests');
    expect(ctx.permissions).toEqual(expect.arrayContaining(['clients.read', 'team.manage', 'company.manage']));
    const session = (await owner.get('/api/v1/auth/me')).body;
    expect(session.modulesOff).toContain('requests');
    expect(session.permissions).not.toContain('requests.read');

    // Named queries (what a device syncs) match nothing.
    expect(await zdb.run(queries.requests.list.fn({args: undefined, ctx}))).toEqual([]);
    expect(await zdb.run(queries.requests.card.fn({args: {id}, ctx}))).toBeUndefined();
    expect(await zdb.run(queries.requestConfig.types.fn({args: undefined, ctx}))).toEqual([]);

    // Mutators through the executor (a sync push runs exactly this): module_off naming the module, before "not found".
    for (const write of [
      mutators.request.create({id: crypto.randomUUID(), text: 'после выключения', createdAt: Date.now()}),
      mutators.request.addComment({id: crypto.randomUUID(), requestId: id, body: 'комментарий', createdAt: Date.now()}),
      mutators.request.setStatus({id: 'no-such-request', from: 'new', to: 'done', at: Date.now()}),
    ]) {
      const name = write.mutator.mutatorName;
      const e = await refusalOf(executor.run(write, ctx));
      expect(e.message, name).toBe('module_off');
      expect(e.details, name).toEqual({code: 'module_off', module: 'requests'});
    }
    const {rows} = await pool.query('select count(*)::int as n from request where company_id = $1', [me.company.id]);
    expect(rows[0].n).toBe(1);

    // REST: reads and writes (mutators through REST), for the owner and for a colleague who may work on requests.
    for (const c of [owner, staff]) {
      const list = await c.req('GET', '/api/v1/requests', undefined, {'accept-language': 'ru'});
      expect(list.status).toBe(403);
      expect(list.body.error).toEqual({code: 'module_off', module: 'requests', message: OFF_RU});
    }
    expect((await owner.post('/api/v1/requests', {text: 'после выключения'})).body.error.code).toBe('module_off');
    expect((await owner.post(`/api/v1/requests/${id}/comments`, {body: 'ещё'})).body.error.code).toBe('module_off');
    const missing = await owner.patch('/api/v1/requests/no-such-request', {status: 'done'});
    expect([missing.status, missing.body.error.code]).toEqual([403, 'module_off']);
    expect((await owner.get(`/api/v1/requests/${id}?lang=en`)).body.error.message).toBe('The “Requests” module is switched off in the company settings');
    expect((await owner.get(`/api/v1/requests/${id}?lang=kk`)).body.error.message).toBe('«Өтінімдер» модулі компания баптауларында өшірілген');
    expect((await owner.get('/api/v1/request-types')).body.error.code).toBe('module_off');
    // Other modules and the team are untouched.
    expect((await owner.get('/api/v1/clients')).status).toBe(200);
    expect((await owner.get('/api/v1/members')).status).toBe(200);

    // The public request form is gone, and the module's jobs do not run for this company.
    expect((await new Client().get(`/c/${me.company.slug}/request`)).status).toBe(404);
    expect(await jobRun(me.company.id, 'request.mention', {commentId: 'none'})).toEqual({state: 'cancelled', last_error: 'module_off: requests'});

    // Switched on again: all of it works as before.
    expect((await owner.patch('/api/v1/company/modules', {modules: {requests: true}})).status).toBe(200);
    expect((await owner.get('/api/v1/requests')).body.data.map((r: {id: string}) => r.id)).toEqual([id]);
    expect((await zdb.run(queries.requests.list.fn({args: undefined, ctx: await ctxOf(owner)}))).map((r) => r.id)).toEqual([id]);
    expect(await jobRun(me.company.id, 'request.mention', {commentId: 'none'})).toMatchObject({state: 'done'});
  });

  it('names the module that is off: online booking', async () => {
    const {client: owner} = await signupCompany('Запись выключена');
    expect((await owner.get('/api/v1/booking/masters')).status).toBe(200);
    expect((await owner.patch('/api/v1/company/modules', {modules: {booking: false}})).status).toBe(200);
    const r = await owner.req('GET', '/api/v1/booking/masters', undefined, {'accept-language': 'ru'});
    expect(r.status).toBe(403);
    expect(r.body.error.message).toBe('Модуль «Онлайн-запись» выключен в настройках компании');
    expect((await owner.get('/api/v1/requests')).status).toBe(200);
  });
});
