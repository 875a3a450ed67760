// P1 by the registries, not by a hand-kept list: every named query the devices
// sync and every REST route the OpenAPI document lists is run as company B
// against company A's records. A query or a route without a probe here fails
// the test, so a new module cannot forget to prove its scoping.
import {mustGetQuery} from '@rocicorp/zero';
import pg from 'pg';
import {afterAll, beforeAll, describe, expect, inject, it} from 'vitest';
import {merged} from '#shared/module/define.ts';
import {SHARED_MODULES} from '#shared/module/list.ts';
import {queries} from '#shared/queries/index.ts';
import {bookPublicly, salon} from './testing/salon.ts';
import {ownerContext, signupCompany} from './testing/http.ts';
import {SHARED} from './testing/messengers/shared-bots.ts';
import {createZeroDb} from './zero/db.ts';
import {FINANCE_SECRETS, financeRecords, ID_OF, NOT_TENANT_DATA, PATH_PROBES, QUERY_OF, QUERY_PROBES, names, type Ids} from './testing/registry-probes.ts';

let pool: pg.Pool;
beforeAll(() => {
  pool = new pg.Pool({connectionString: inject('pgUrl')});
});
afterAll(() => pool.end());

describe('tenancy, by the registries', () => {
  it('every named query and every REST route shows company B none of company A', async () => {
    const s = await salon('Реестр А');
    const a = s.owner;
    const request = (await a.post('/api/v1/requests', {clientName: 'Секрет Реестра', clientPhone: '+77015550101', text: 'только для А'})).body;
    await a.post(`/api/v1/requests/${request.id}/comments`, {body: 'коммент А'});
    const category = (await a.post('/api/v1/catalog/categories', {title: 'Категория А'})).body;
    const item = (await a.post('/api/v1/catalog/items', {title: 'Товар Реестра', price: 100, categoryId: category.id})).body;
    const client = (await a.post('/api/v1/clients', {name: 'Клиент Реестра', phones: ['+77015550102']})).body;
    await a.post(`/api/v1/clients/${client.id}/notes`, {body: 'заметка А'});
    const other = (await a.post('/api/v1/clients', {name: 'Второй Реестра', phones: ['+77015550103']})).body;
    const merge = (await a.post('/api/v1/clients/merge', {survivorId: client.id, mergedId: other.id})).body;
    const booked = await bookPublicly(s, {name: 'Гость Реестра', phone: '+77015550104'});
    expect((await a.post('/api/v1/roles', {template: 'lawyer'})).status).toBe(201);
    const types = (await a.get('/api/v1/request-types')).body.data;
    const file = crypto.randomUUID();
    expect((await a.req('PUT', `/api/v1/files/${file}`, 'файл А', {'content-type': 'text/plain', 'x-file-name': 'a.txt'})).status).toBe(201);
    const checklist = (await a.post(`/api/v1/requests/${request.id}/checklist`, {text: 'пункт А'})).body;
    const field = (await a.post(`/api/v1/request-types/${types[0].id}/fields`, {key: 'secret_field', label: {ru: 'Поле А'}, kind: 'text'})).body;
    await pool.query(`insert into review (id, company_id, rating, text, status, created_at) values ($1, $2, 5, 'Отзыв Реестра', 'pending', now())`, [
      `rv-${request.id}`,
      s.me.company.id,
    ]);
    // A client writes to A's master through the platform's shared Telegram bot; A connects a bot of its own.
    const links = (await a.get('/api/v1/messaging/links')).body.masters[0].links;
    const start = new URL(links.telegram).searchParams.get('start');
    const hook = await fetch(`${inject('baseUrl')}/hooks/telegram/shared`, {
      method: 'POST',
      headers: {'content-type': 'application/json', 'x-telegram-bot-api-secret-token': SHARED.telegram.secret},
      body: JSON.stringify({
        update_id: 77_001,
        message: {
          message_id: 1,
          date: 1780300800,
          from: {id: 6660001, is_bot: false, first_name: 'Телеграм Реестра'},
          chat: {id: 6660001, type: 'private'},
          text: `/start ${start}`,
        },
      }),
    });
    expect(hook.status).toBe(200);
    let conversation = '';
    for (let i = 0; i < 100 && !conversation; i++) {
      conversation = (await a.get('/api/v1/conversations')).body.data[0]?.id ?? '';
      if (!conversation) await new Promise((r) => setTimeout(r, 50));
    }
    expect(conversation).not.toBe('');
    expect((await a.put('/api/v1/channels/telegram', {token: '123456789:AAE-registry-token-of-company-a'})).status).toBe(200);
    // A task with a checklist item and a dependency, and a meeting with a commitment.
    const task = (await a.post('/api/v1/tasks', {title: 'Задача Реестра', requestId: request.id})).body;
    const before = (await a.post('/api/v1/tasks', {title: 'Раньше Реестра'})).body;
    expect((await a.post(`/api/v1/tasks/${task.id}/blockers`, {blockerId: before.id})).status).toBe(204);
    expect((await a.post(`/api/v1/tasks/${task.id}/checks`, {text: 'пункт задачи А'})).status).toBe(204);
    const taskCard = (await a.get(`/api/v1/tasks/${task.id}`)).body;
    // A document of the archive (finance switched on) with its file, read for its text, and a link.
    expect((await a.patch('/api/v1/company/modules', {modules: {finance: true}})).status).toBe(200);
    const docFile = crypto.randomUUID();
    expect((await a.req('PUT', `/api/v1/files/${docFile}`, 'Архив Реестра: текст', {'content-type': 'text/plain', 'x-file-name': 'd.txt'})).status).toBe(201);
    const document = (await a.post('/api/v1/documents', {title: 'Документ Реестра', fileId: docFile})).body;
    expect((await a.post(`/api/v1/documents/${document.id}/links`, {entity: 'task', entityId: task.id})).status).toBe(204);
    const documentLink = (await a.get(`/api/v1/documents/${document.id}`)).body.links[0].id;
    await a.post('/__test/jobs/run', {});
    const meeting = crypto.randomUUID();
    const at = Date.parse('2031-01-06T10:00:00+05:00');
    expect(
      (await a.put(`/api/v1/meetings/${meeting}`, {topic: 'Встреча Реестра', startsAt: at, endsAt: at + 3600_000, participants: [{memberId: s.me.member.id}]}))
        .status,
    ).toBe(200);
    expect(
      (
        await a.put(`/api/v1/meetings/${meeting}/commitments`, {
          items: [{id: crypto.randomUUID(), text: 'Обещание Реестра', ownerId: s.me.member.id, dueAt: at + 86_400_000}],
        })
      ).status,
    ).toBe(200);
    // Support access the owner gave (issue 18).
    const supportGrant = (await a.post('/api/v1/support/grants', {hours: 2, note: 'Доступ Реестра'})).body.id as string;
    expect(supportGrant).toBeTruthy();
    const finance = await financeRecords(a, file);
    const ids: Ids = {
      ...finance,
      task: task.id,
      taskLink: taskCard.blockers[0].id,
      taskCheck: taskCard.checks[0].id,
      meeting,
      supportGrant,
      conversation,
      file,
      checklist: checklist.id,
      place: s.place,
      request: request.id,
      item: item.id,
      category: category.id,
      client: client.id,
      master: s.master,
      booking: booked.id,
      member: s.me.member.id,
      review: `rv-${request.id}`,
      merge: merge.id,
      type: types[0].id,
      field: field.id,
      document: document.id,
      documentLink,
    };
    const secrets = [
      'Документ Реестра',
      document.id,
      s.me.company.id,
      'Секрет Реестра',
      'Товар Реестра',
      'Клиент Реестра',
      'Гость Реестра',
      'Поле А',
      'Телеграм Реестра',
      'Задача Реестра',
      'Встреча Реестра',
      'Обещание Реестра',
      task.id,
      meeting,
      conversation,
      request.id,
      item.id,
      client.id,
      booked.id,
      ...FINANCE_SECRETS,
      finance.invoice,
    ];

    const b = await signupCompany('Реестр Б');
    // B has the archive on too: its routes answer from B's (empty) archive, not "module off".
    expect((await b.client.patch('/api/v1/company/modules', {modules: {finance: true}})).status).toBe(200);
    const ctxB = ownerContext(b.me);
    expect((await b.client.patch('/api/v1/company/modules', {modules: {finance: true}})).status).toBe(200);

    // Every named query.
    const all = names(merged(SHARED_MODULES, 'queries') as Record<string, Record<string, unknown>>);
    expect(
      all.filter((n) => !(n in QUERY_PROBES)),
      'named queries without a tenancy probe',
    ).toEqual([]);
    const zdb = createZeroDb(pool);
    for (const name of all) {
      const rows = await zdb.run(mustGetQuery(queries, name).fn({args: QUERY_PROBES[name]!(ids) as never, ctx: ctxB}) as never);
      const text = JSON.stringify(rows ?? null);
      for (const secret of secrets) expect(text, `${name} shows company A's ${secret}`).not.toContain(secret);
    }

    // Every REST route of the OpenAPI document, as B.
    const doc = (await b.client.get('/api/v1/openapi.json')).body as {paths: Record<string, Record<string, {security?: unknown}>>};
    const missing: string[] = [];
    const leaks: string[] = [];
    for (const [path, ops] of Object.entries(doc.paths)) {
      // Public entry points (a calendar feed's secret address, the public forms) have no session to scope.
      // The console's routes take no company session at all: platform/console-access.pg.test.ts probes every one of them.
      if (path.startsWith('/platform/') || NOT_TENANT_DATA.has(path) || !Object.values(ops).some((op) => op.security)) continue;
      const params = [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
      if (params.some((p) => !(p in PATH_PROBES))) {
        missing.push(path);
        continue;
      }
      const url = path.replace(/\{(\w+)\}/g, (_, p: string) => (p === 'id' && ID_OF[path] ? ids[ID_OF[path]] : PATH_PROBES[p]!(ids)));
      for (const [method, op] of Object.entries(ops)) {
        if (!op.security) continue;
        if (method !== 'get' && !params.length) continue; // writes without an id act on B's own company
        const res = await b.client.req(
          method.toUpperCase(),
          `/api/v1${url}${method === 'get' && path.includes('bookings') ? '?masterId=' + ids.master + '&from=0&to=9999999999999' : method === 'get' && QUERY_OF[path] ? QUERY_OF[path](ids) : ''}`,
          method === 'get' || method === 'delete' ? undefined : {},
        );
        const text = typeof res.body === 'string' ? res.body : JSON.stringify(res.body ?? null);
        if (params.length && res.status < 400) leaks.push(`${method.toUpperCase()} ${path} → ${res.status}`);
        for (const secret of secrets) if (text.includes(secret)) leaks.push(`${method.toUpperCase()} ${path} shows ${secret}`);
      }
    }
    expect(missing, 'REST routes with a path parameter no probe fills').toEqual([]);
    expect(leaks).toEqual([]);

    // A's records are as they were.
    expect((await a.get(`/api/v1/requests/${request.id}`)).body.text).toBe('только для А');
    expect((await a.get(`/api/v1/catalog/items/${item.id}`)).body.title).toBe('Товар Реестра');
    expect((await a.get(`/api/v1/clients/${client.id}`)).body.name).toBe('Клиент Реестра');
    expect((await a.get(`/api/v1/files/${file}`)).body).toBe('файл А');
  });
});
