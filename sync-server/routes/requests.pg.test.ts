import pg from 'pg';
import {afterAll, beforeAll, describe, expect, inject, it} from 'vitest';
import {Client, signupCompany} from '../testing/http.ts';

let db: pg.Client;
beforeAll(async () => {
  db = new pg.Client({connectionString: inject('pgUrl')});
  await db.connect();
});
afterAll(() => db.end());

describe('REST /api/v1/requests', () => {
  it('creates, reads, updates and moves a request, and the history says who did what', async () => {
    const {client, me} = await signupCompany('Rest Co');
    const created = await client.post('/api/v1/requests', {clientName: 'Ержан', clientPhone: '8 (701) 111-22-33', text: 'Нужен ремонт'});
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({number: 1, clientPhone: '+77011112233', status: 'new', source: 'api', createdBy: me.member.id});
    const id = created.body.id;

    const patched = await client.patch(`/api/v1/requests/${id}`, {text: 'Нужен ремонт крыши', status: 'in_progress'});
    expect(patched.status).toBe(200);
    expect(patched.body).toMatchObject({text: 'Нужен ремонт крыши', status: 'in_progress'});
    expect((await client.post(`/api/v1/requests/${id}/comments`, {body: 'Выезжаю'})).status).toBe(201);

    const history = await client.get(`/api/v1/requests/${id}/history`);
    const summary = history.body.data.map((e: any) => [e.entity, e.action, e.via, e.mutator, e.actorId]);
    expect(summary).toEqual([
      ['request', 'insert', 'rest', 'request.create', me.member.id],
      ['request', 'update', 'rest', 'request.update', me.member.id],
      ['request', 'update', 'rest', 'request.setStatus', me.member.id],
      ['request_comment', 'insert', 'rest', 'request.addComment', me.member.id],
    ]);
    expect(history.body.data[1].changes.text).toEqual({old: 'Нужен ремонт', new: 'Нужен ремонт крыши'});
  });

  it('refuses a move the workflow does not allow, and a move from a stale status', async () => {
    const {client} = await signupCompany('Flow Co');
    const {body} = await client.post('/api/v1/requests', {clientPhone: '+77011112233', text: 'x'});
    const bad = await client.patch(`/api/v1/requests/${body.id}`, {status: 'new'}, {'accept-language': 'en'});
    expect(bad.status).toBe(200); // already new: nothing to do
    expect((await client.patch(`/api/v1/requests/${body.id}`, {status: 'cancelled'})).status).toBe(200);
    const reopenToDone = await client.patch(`/api/v1/requests/${body.id}`, {status: 'done'}, {'accept-language': 'en'});
    expect(reopenToDone.status).toBe(409);
    expect(reopenToDone.body.error).toMatchObject({code: 'invalid_transition', current: 'cancelled', attempted: 'done'});
    const stale = await client.patch(`/api/v1/requests/${body.id}`, {status: 'in_progress', expectedStatus: 'new'});
    expect(stale.status).toBe(409);
    expect(stale.body.error).toMatchObject({code: 'conflict', current: 'cancelled', attempted: 'in_progress'});
  });

  it('answers bad input with 400 naming each field, in the caller language, and saves nothing', async () => {
    const {client} = await signupCompany('Bad Input Co');
    const res = await client.post('/api/v1/requests', {clientPhone: '12', text: ''}, {'accept-language': 'kk'});
    expect(res.status).toBe(400);
    expect(res.body.error.fields.map((f: any) => f.field)).toEqual(['clientPhone', 'text']);
    expect(res.body.error.fields[1].text).toBe('Өтінім мәтіні: Бұл өрісті толтырыңыз');
    expect((await client.get('/api/v1/requests')).body.data).toEqual([]);
  });

  it('executes a write once per Idempotency-Key', async () => {
    const {client} = await signupCompany('Idem Co');
    const headers = {'idempotency-key': 'op-create-1'};
    const first = await client.post('/api/v1/requests', {clientPhone: '+77011112233', text: 'once'}, headers);
    const second = await client.post('/api/v1/requests', {clientPhone: '+77011112233', text: 'once'}, headers);
    expect(first.status).toBe(201);
    expect(second.status).toBe(201);
    expect((await client.get('/api/v1/requests')).body.data).toHaveLength(1);
    // The same id twice is also one request (a device replaying its own write).
    const id = '01940000-0000-7000-8000-000000000001';
    await client.post('/api/v1/requests', {id, clientPhone: '+77011112233', text: 'a'});
    await client.post('/api/v1/requests', {id, clientPhone: '+77011112233', text: 'a'});
    expect((await client.get('/api/v1/requests')).body.data).toHaveLength(2);
  });

  it('filters the list by words (Russian and Kazakh, any case) and by period', async () => {
    const {client} = await signupCompany('Filter Co');
    await client.post('/api/v1/requests', {title: 'Ремонт КРЫШИ', createdAt: Date.UTC(2026, 10, 1)});
    await client.post('/api/v1/requests', {text: 'Шатырды жөндеу керек', createdAt: Date.UTC(2026, 10, 10)});
    await client.post('/api/v1/requests', {clientName: 'Әлия', text: '50% скидка', createdAt: Date.UTC(2026, 10, 20)});
    const words = async (q: string) => (await client.get(`/api/v1/requests?q=${encodeURIComponent(q)}`)).body.data.length;
    expect(await words('крыши')).toBe(1);
    expect(await words('ЖӨНДЕУ')).toBe(1);
    expect(await words('әлия')).toBe(1);
    expect(await words('%')).toBe(1); // a literal percent sign, not "anything"
    const period = await client.get(`/api/v1/requests?createdFrom=${Date.UTC(2026, 10, 5)}&createdTo=${Date.UTC(2026, 10, 15)}`);
    expect(period.body.data.map((r: any) => r.text)).toEqual(['Шатырды жөндеу керек']);
  });

  it('pages with a cursor (before + beforeId) without skipping requests created in the same millisecond', async () => {
    const {client} = await signupCompany('Paging Co');
    const at = Date.UTC(2026, 10, 1);
    for (let i = 0; i < 5; i++) await client.post('/api/v1/requests', {title: `r${i}`, createdAt: i < 4 ? at : at - 1000});
    const seen: string[] = [];
    let path = '/api/v1/requests?limit=2';
    for (let page = 0; page < 5; page++) {
      const {body} = await client.get(path);
      if (!body.data.length) break;
      seen.push(...body.data.map((r: any) => r.title));
      const last = body.data.at(-1);
      path = `/api/v1/requests?limit=2&before=${last.createdAt}&beforeId=${last.id}`;
    }
    expect(seen.sort()).toEqual(['r0', 'r1', 'r2', 'r3', 'r4']);
  });

  it('numbers requests #1, #2, … per company without gaps or twins under concurrency', async () => {
    const {client} = await signupCompany('Numbers Co');
    await Promise.all(Array.from({length: 20}, (_, i) => client.post('/api/v1/requests', {clientPhone: '+77011112233', text: `r${i}`})));
    const {body} = await client.get('/api/v1/requests?limit=500');
    expect(body.data.map((r: any) => r.number).sort((a: number, b: number) => a - b)).toEqual(Array.from({length: 20}, (_, i) => i + 1));
  });

  it('writes every change to an append-only audit log', async () => {
    const {client} = await signupCompany('Audit Co');
    const {body} = await client.post('/api/v1/requests', {clientPhone: '+77011112233', text: 'x'});
    await expect(db.query(`update audit_log set via = 'forged' where entity_id = $1`, [body.id])).rejects.toThrow(/append-only/);
    await expect(db.query(`delete from audit_log where entity_id = $1`, [body.id])).rejects.toThrow(/append-only/);
  });

  it('writes the parts of a request through routes derived from their mutators: same paths, statuses and answers', async () => {
    const {client, me} = await signupCompany('Parts Co');
    const {body: request} = await client.post('/api/v1/requests', {text: 'Проверить котёл', priority: 'urgent', responsibleId: me.member.id});
    const id = request.id;

    // A comment: 201 with the comment; one per Idempotency-Key.
    const key = {'idempotency-key': 'comment-1'};
    const comment = await client.post(`/api/v1/requests/${id}/comments`, {body: 'Выезжаю', mentions: [me.member.id]}, key);
    expect(comment.status).toBe(201);
    expect(comment.body).toMatchObject({requestId: id, body: 'Выезжаю', authorId: me.member.id, mentions: [me.member.id]});
    expect((await client.post(`/api/v1/requests/${id}/comments`, {body: 'Выезжаю', mentions: [me.member.id]}, key)).body.id).toBe(comment.body.id);
    // The key with another body is not a repeat: refused, nothing added (rest/idempotent.ts).
    expect((await client.post(`/api/v1/requests/${id}/comments`, {body: 'Выезжаю'}, key)).status).toBe(422);
    expect((await client.get(`/api/v1/requests/${id}/comments`)).body.data).toHaveLength(1);

    // The checklist: an item without a position goes after the last one; ticked and removed with 204.
    const first = await client.post(`/api/v1/requests/${id}/checklist`, {text: 'Давление', position: 5});
    const second = await client.post(`/api/v1/requests/${id}/checklist`, {text: 'Газ'});
    expect([first.status, first.body.position, second.status, second.body.position]).toEqual([201, 5, 201, 6]);
    expect((await client.patch(`/api/v1/checklist-items/${second.body.id}`, {done: true})).status).toBe(204);
    expect((await client.req('DELETE', `/api/v1/checklist-items/${first.body.id}`)).status).toBe(204);
    expect((await client.get(`/api/v1/requests/${id}`)).body.checklist.map((c: any) => [c.text, c.done])).toEqual([['Газ', true]]);

    // Watching: on by default, 200 with the watchers.
    const watching = await client.post(`/api/v1/requests/${id}/watchers`, {memberId: me.member.id});
    expect([watching.status, watching.body.data.map((w: any) => w.memberId)]).toEqual([200, [me.member.id]]);
    const stopped = await client.post(`/api/v1/requests/${id}/watchers`, {memberId: me.member.id, watching: false});
    expect([stopped.status, stopped.body.data]).toEqual([200, []]);

    // Accepting an urgent request: 200 with the request.
    const accepted = await client.post(`/api/v1/requests/${id}/accept`);
    expect([accepted.status, accepted.body.acceptedBy]).toEqual([200, me.member.id]);

    // A 404 names the request, in the caller's language.
    const missing = await client.post('/api/v1/requests/no-such-request/comments', {body: 'x'}, {'accept-language': 'en'});
    expect([missing.status, missing.body.error.code, missing.body.error.message]).toEqual([404, 'not_found', 'Request not found or not accessible']);
    const noItem = await client.patch('/api/v1/checklist-items/no-such-item', {done: true});
    expect(noItem.status).toBe(404);
  });

  it('documents every route in OpenAPI', async () => {
    const res = await new Client().get('/api/v1/openapi.json');
    expect(res.status).toBe(200);
    expect(res.body.openapi).toBe('3.1.0');
    for (const p of ['/requests', '/requests/{id}', '/requests/{id}/comments', '/requests/{id}/history', '/members', '/auth/signup', '/invites']) {
      expect(Object.keys(res.body.paths)).toContain(p);
    }
    expect(res.body.paths['/requests'].post.requestBody.content['application/json'].schema.properties).toHaveProperty('clientPhone');
  });
});
