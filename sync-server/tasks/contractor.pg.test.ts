// P3, S1 §3: the external contractor sees only the tasks given to them, their
// request's needed fields (copied onto the task) and their own files —
// nothing else of the company on any path. Proven by the registries, like
// tenancy: every named query and every REST route of the OpenAPI document is
// run as the contractor against the company's other records.
import {mustGetQuery} from '@rocicorp/zero';
import pg from 'pg';
import {afterAll, beforeAll, describe, expect, inject, it} from 'vitest';
import type {MemberContext} from '#shared/auth/context.ts';
import {merged} from '#shared/module/define.ts';
import {SHARED_MODULES} from '#shared/module/list.ts';
import {queries} from '#shared/queries/index.ts';
import {Client, signupCompany, uniqueEmail} from '../testing/http.ts';
import {ID_OF, NOT_TENANT_DATA, PATH_PROBES, QUERY_OF, QUERY_PROBES, names, type Ids, FINANCE_SECRETS, financeRecords} from '../testing/registry-probes.ts';
import {createZeroDb} from '../zero/db.ts';

let pool: pg.Pool;
beforeAll(() => {
  pool = new pg.Pool({connectionString: inject('pgUrl')});
});
afterAll(() => pool.end());

async function upload(c: Client, text: string): Promise<string> {
  const id = crypto.randomUUID();
  expect((await c.req('PUT', `/api/v1/files/${id}`, text, {'content-type': 'text/plain', 'x-file-name': encodeURIComponent(`${text}.txt`)})).status).toBe(201);
  return id;
}

describe('the external contractor', () => {
  it('sees only their task, its needed fields and their own files, on every path', async () => {
    const {client: owner, me} = await signupCompany('Подрядная компания');
    expect((await owner.post('/api/v1/request-types/templates/back_office')).status).toBe(201);
    const email = uniqueEmail('contractor');
    const added = await owner.post('/api/v1/members', {name: 'Подрядчик Асхат', email, role: 'contractor', password: 'password1'});
    expect(added.status, JSON.stringify(added.body)).toBe(201);
    const contractorId = added.body.id as string;
    const colleague = await owner.post('/api/v1/members', {name: 'Коллега Скрытая', email: uniqueEmail('hidden'), role: 'finance', password: 'password1'});
    expect(colleague.status).toBe(201);

    // The company's work: a request with a client and a file, the contractor's task on it, a colleague's task, a meeting, a client record.
    const types = (await owner.get('/api/v1/request-types')).body.data as {id: string; key: string}[];
    const it = types.find((t) => t.key === 'it')!;
    const request = (
      await owner.post('/api/v1/requests', {
        typeId: it.id,
        title: 'Настроить сервер',
        clientName: 'Клиент Закрытый',
        text: 'Секрет заявки',
        fields: {category: 'setup', system: '1С Бухгалтерия'},
      })
    ).body;
    const file = await upload(owner, 'файл владельца');
    expect((await owner.post(`/api/v1/requests/${request.id}/attachments`, {fileId: file, kind: 'document'})).status).toBe(201);
    const mine = (await owner.post('/api/v1/tasks', {title: 'Задача подрядчика', requestId: request.id, assigneeId: contractorId, resultRequired: true})).body;
    const hidden = (await owner.post('/api/v1/tasks', {title: 'Чужая задача', requestId: request.id, assigneeId: colleague.body.id})).body;
    expect((await owner.post(`/api/v1/tasks/${hidden.id}/checks`, {text: 'чужой пункт'})).status).toBe(204);
    await owner.post(`/api/v1/tasks/${hidden.id}/comments`, {body: 'чужой комментарий'});
    const meeting = crypto.randomUUID();
    const at = Date.parse('2031-02-03T10:00:00+05:00');
    expect(
      (
        await owner.put(`/api/v1/meetings/${meeting}`, {
          topic: 'Закрытая встреча',
          startsAt: at,
          endsAt: at + 3600_000,
          participants: [{memberId: me.member.id}],
        })
      ).status,
    ).toBe(200);
    const client = (await owner.post('/api/v1/clients', {name: 'Клиент Базы', phones: ['+77015550177']})).body;

    const contractor = new Client();
    expect((await contractor.post('/api/v1/auth/login', {email, password: 'password1'})).status).toBe(200);
    // Their own work: a file they upload and attach to their task.
    const own = await upload(contractor, 'файл подрядчика');
    expect((await contractor.post(`/api/v1/tasks/${mine.id}/attachments`, {fileId: own, kind: 'photo'})).status).toBeLessThan(300);

    const session = (await contractor.get('/api/v1/auth/me')).body;
    const ctx: MemberContext = {
      kind: 'member',
      userID: session.user.id,
      memberID: session.member.id,
      companyID: session.company.id,
      role: session.member.role,
      roles: session.member.roles,
      permissions: session.permissions,
      via: 'sync',
    };
    const hiddenCard = (await owner.get(`/api/v1/tasks/${hidden.id}`)).body;
    const supportGrant = (await owner.post('/api/v1/support/grants', {hours: 1})).body.id as string;
    const ids: Ids = {
      ...(await financeRecords(owner, file)),
      task: hidden.id,
      taskLink: 'no-link',
      taskCheck: hiddenCard.checks[0].id,
      meeting,
      supportGrant,
      request: request.id,
      file,
      client: client.id,
      member: colleague.body.id,
      checklist: 'none',
      place: 'none',
      item: 'none',
      category: 'none',
      master: 'none',
      booking: 'none',
      review: 'none',
      merge: 'none',
      type: it.id,
      field: 'none',
      conversation: 'none',
      document: 'none',
      documentLink: 'none',
    };
    const secrets = [
      'Клиент Закрытый',
      'Секрет заявки',
      'Чужая задача',
      'чужой пункт',
      'чужой комментарий',
      'Закрытая встреча',
      'Клиент Базы',
      'Коллега Скрытая',
      'файл владельца',
      ...FINANCE_SECRETS,
      hidden.id,
      meeting,
      client.id,
    ];

    // Every named query: their task is there with the fields its doer needs; nothing else of the company is.
    const zdb = createZeroDb(pool);
    const all = names(merged(SHARED_MODULES, 'queries') as Record<string, Record<string, unknown>>);
    const leaks: string[] = [];
    for (const name of all) {
      const rows = await zdb.run(mustGetQuery(queries, name).fn({args: QUERY_PROBES[name]!(ids) as never, ctx}) as never);
      const text = JSON.stringify(rows ?? null);
      for (const secret of secrets) if (text.includes(secret)) leaks.push(`${name} shows ${secret}`);
    }
    const myTasks = await zdb.run(queries.tasks.mine.fn({args: undefined, ctx}));
    expect(myTasks.map((t) => t.title)).toEqual(['Задача подрядчика']);
    expect(myTasks[0]!.context).toEqual(expect.arrayContaining([expect.objectContaining({key: 'system', value: '1С Бухгалтерия'})]));

    // Every REST route of the OpenAPI document.
    const doc = (await contractor.get('/api/v1/openapi.json')).body as {paths: Record<string, Record<string, {security?: unknown}>>};
    for (const [path, ops] of Object.entries(doc.paths)) {
      if (NOT_TENANT_DATA.has(path) || !ops.get?.security) continue;
      const params = [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
      if (params.some((p) => !(p in PATH_PROBES))) continue; // the tenancy test fails for those
      const url = path.replace(/\{(\w+)\}/g, (_, p: string) => (p === 'id' && ID_OF[path] ? ids[ID_OF[path]] : PATH_PROBES[p]!(ids)));
      const res = await contractor.get(`/api/v1${url}${QUERY_OF[path] ? QUERY_OF[path](ids) : ''}`);
      const text = typeof res.body === 'string' ? res.body : JSON.stringify(res.body ?? null);
      for (const secret of secrets) if (text.includes(secret)) leaks.push(`GET ${path} shows ${secret}`);
    }
    expect(leaks).toEqual([]);

    // Their own file and task answer; the company's file and the other task do not.
    expect((await contractor.get(`/api/v1/files/${own}`)).body).toBe('файл подрядчика');
    expect((await contractor.get(`/api/v1/files/${file}`)).status).toBe(404);
    expect((await contractor.get(`/api/v1/tasks/${mine.id}`)).status).toBe(200);
    expect((await contractor.get(`/api/v1/tasks/${hidden.id}`)).status).toBe(404);
    // And they cannot write to what they do not see.
    expect((await contractor.post(`/api/v1/tasks/${hidden.id}/comments`, {body: 'подсмотрел'})).status).toBe(404);
  });
});
