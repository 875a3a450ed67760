// Issue 18: a platform administrator reads a company's data only with its
// owner's open support grant — none, revoked or expired: 403 and nothing; each
// read is audited and shows in the company's access log.
import pg from 'pg';
import {afterAll, beforeAll, describe, expect, inject, it} from 'vitest';
import {mutators} from '#shared/mutators/index.ts';
import {queries} from '#shared/queries/index.ts';
import {memberContext, resolveSession} from '../../auth/sessions.ts';
import {type Client, colleagueWith, signupCompany} from '../../testing/http.ts';
import {createZeroDb} from '../../zero/db.ts';
import {createExecutor} from '../../zero/execute.ts';
import {consoleClient} from '../testing.ts';

let pool: pg.Pool;
beforeAll(() => {
  pool = new pg.Pool({connectionString: inject('pgUrl')});
});
afterAll(() => pool.end());

async function ctxOf(c: Client) {
  const s = await resolveSession(pool, c.cookie.replace(/^dot_session=/, ''));
  return memberContext(s!, 'sync');
}

describe('support access', () => {
  it('reads nothing without a grant, reads with one (audited, in the access log), and nothing once revoked or expired', async () => {
    const {client: owner, me} = await signupCompany('Салон с поддержкой');
    const id = me.company.id;
    expect((await owner.post('/api/v1/requests', {text: 'Не работает запись'})).status).toBe(201);
    const {client: admin} = await consoleClient(pool);
    const overview = `/api/v1/platform/companies/${id}/support/overview`;
    const zdb = createZeroDb(pool);
    const executor = createExecutor({pool, zdb});
    const ctx = await ctxOf(owner);

    const none = await admin.get(overview);
    expect(none.status).toBe(403);
    expect(none.body).toEqual({error: {code: 'no_support_grant', message: expect.stringContaining('поддержк')}});
    expect(JSON.stringify(none.body)).not.toContain('Не работает запись');

    // Only a member with company.manage may grant, and only for 1–72 hours.
    const staff = await colleagueWith(pool, owner, id, 'helper', ['requests.read']);
    const refused = (p: Promise<unknown>) =>
      p.then(
        () => 'written',
        () => 'refused',
      );
    expect(await refused(executor.run(mutators.support.grant({id: 'g-staff', hours: 5, at: Date.now()}), await ctxOf(staff)))).toBe('refused');
    expect(await refused(executor.run(mutators.support.grant({id: 'g-long', hours: 73, at: Date.now()}), ctx))).toBe('refused');
    expect((await pool.query(`select 1 from support_grant where id in ('g-staff', 'g-long')`)).rowCount).toBe(0);

    await executor.run(mutators.support.grant({id: 'g-1', hours: 2, note: 'Посмотрите запись', at: 0}), ctx);
    const grants = await zdb.run(queries.support.grants.fn({args: undefined, ctx}));
    expect(grants).toHaveLength(1);
    // The hours count from the server's clock, not the device's.
    expect(grants[0]!.expires_at - Date.now()).toBeGreaterThan(2 * 3_600_000 - 60_000);

    const read = await admin.get(overview);
    expect(read.status).toBe(200);
    expect(read.body.requests.map((r: {title: string}) => r.title)).toEqual(['Не работает запись']);
    expect(read.body.members.map((m: {email: string}) => m.email)).toContain(me.user.email);
    expect(read.body.modules.requests).toBe(true);

    const log = await owner.get('/api/v1/support/access-log');
    expect(log.status).toBe(200);
    expect(log.body.entries).toEqual([{at: expect.any(Number), who: 'Поддержка', what: 'overview'}]);
    expect((await staff.get('/api/v1/support/access-log')).status).toBe(404);

    await executor.run(mutators.support.revoke({id: 'g-1', at: Date.now()}), ctx);
    expect((await admin.get(overview)).status).toBe(403);

    await executor.run(mutators.support.grant({id: 'g-2', hours: 1, at: Date.now()}), ctx);
    expect((await admin.get(overview)).status).toBe(200);
    await pool.query(`update support_grant set created_at = now() - interval '2 hours', expires_at = now() - interval '1 minute' where id = 'g-2'`);
    const expired = await admin.get(overview);
    expect(expired.status).toBe(403);
    expect(JSON.stringify(expired.body)).not.toContain('Не работает запись');

    const audit = await pool.query(`select action from platform_audit where company_id = $1 and action = 'support.read'`, [id]);
    expect(audit.rowCount).toBe(2);
    // A company's own session never reaches the console.
    expect((await owner.get(overview)).status).toBe(401);
  });

  it('is given, listed and ended over REST too, counted from the server clock', async () => {
    const {client: owner, me} = await signupCompany('Салон с доступом по API');
    const {client: admin} = await consoleClient(pool);
    const overview = `/api/v1/platform/companies/${me.company.id}/support/overview`;
    const bad = await owner.post('/api/v1/support/grants', {hours: 100});
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toContain('hours');
    const given = await owner.post('/api/v1/support/grants', {hours: 3, note: 'Через API'});
    expect(given.status).toBe(201);
    expect(given.body).toMatchObject({note: 'Через API', revokedAt: null});
    expect(Math.abs(given.body.expiresAt - given.body.createdAt - 3 * 3_600_000)).toBeLessThan(1000);
    expect((await owner.get('/api/v1/support/grants')).body.data.map((g: {id: string}) => g.id)).toEqual([given.body.id]);
    expect((await admin.get(overview)).status).toBe(200);
    expect((await owner.post(`/api/v1/support/grants/${given.body.id}/revoke`, {})).status).toBe(204);
    expect((await admin.get(overview)).status).toBe(403);
    // Another company cannot end it, nor see it.
    const {client: other} = await signupCompany('Чужой салон');
    expect((await other.post(`/api/v1/support/grants/${given.body.id}/revoke`, {})).status).toBe(404);
    expect((await other.get('/api/v1/support/grants')).body.data).toEqual([]);
  });
});
