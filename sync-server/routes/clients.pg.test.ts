// The CRM against the real stack: matching across channels (public form,
// REST) by any spelling of a number, merge and undo, import and export, the
// contacts permission, and tenancy.
import pg from 'pg';
import {afterAll, beforeAll, describe, expect, inject, it} from 'vitest';
import type {MemberContext} from '#shared/auth/context.ts';
import type {Permission} from '#shared/auth/permissions.ts';
import {queries} from '#shared/queries/index.ts';
import {Client, colleagueWith as colleague, ownerContext, signupCompany} from '../testing/http.ts';
import {createZeroDb} from '../zero/db.ts';

let db: pg.Pool;
beforeAll(() => {
  db = new pg.Pool({connectionString: inject('pgUrl')});
});
afterAll(() => db.end());

async function publicRequest(slug: string, phone: string, name: string, text: string) {
  const res = await fetch(`${inject('baseUrl')}/c/${slug}/request`, {
    method: 'POST',
    headers: {'content-type': 'application/x-www-form-urlencoded'},
    body: new URLSearchParams({name, phone, text}).toString(),
    redirect: 'manual',
  });
  expect(res.status).toBe(303);
}

const colleagueWith = (owner: Client, companyId: string, key: string, permissions: Permission[]) => colleague(db, owner, companyId, key, permissions);

describe('CRM: one client across channels', () => {
  it('lands a form request and a later one with the phone typed differently on one repeat client', async () => {
    const {client, me} = await signupCompany('CRM Match Co');
    await publicRequest(me.company.slug, '+7 777 123 45 67', 'Айгерим', 'Торт на субботу');
    const second = await client.post('/api/v1/requests', {clientPhone: '8 (777) 123-45-67', clientEmail: 'Aigerim@Mail.kz', text: 'Ещё один торт'});
    expect(second.status).toBe(201);
    const third = await client.post('/api/v1/requests', {clientName: 'Ержан', clientPhone: '87011112233', text: 'Другой человек'});

    const list = await client.get('/api/v1/clients');
    expect(list.body.total).toBe(2);
    const aigerim = list.body.data.find((c: any) => c.name === 'Айгерим');
    expect(aigerim).toMatchObject({source: 'form', phones: ['+77771234567'], emails: ['aigerim@mail.kz'], stats: {requests: 2, repeat: true}});
    expect(second.body.clientId).toBe(aigerim.id);
    expect(third.body.clientId).not.toBe(aigerim.id);

    // Search: either script, part of the number, and the dry-run match for bots.
    expect((await client.get('/api/v1/clients?q=aigerim')).body.data.map((c: any) => c.id)).toEqual([aigerim.id]);
    expect((await client.get('/api/v1/clients?q=777%20123')).body.data.map((c: any) => c.id)).toEqual([aigerim.id]);
    expect((await client.get('/api/v1/clients?repeat=yes')).body.total).toBe(1);
    const match = await client.post('/api/v1/clients/match', {messenger: {kind: 'whatsapp', id: 'wa.me/77771234567'}});
    expect(match.body.clientId).toBe(aigerim.id);

    const card = await client.get(`/api/v1/clients/${aigerim.id}`);
    expect(card.body.requestIds).toHaveLength(2);

    const doc = await client.get('/api/v1/openapi.json');
    expect(Object.keys(doc.body.paths)).toEqual(
      expect.arrayContaining([
        '/clients',
        '/clients/{id}',
        '/clients/match',
        '/clients/merge',
        '/clients/merges/{id}/undo',
        '/clients/import',
        '/clients/import/preview',
        '/clients/export',
      ]),
    );
  });

  it('makes one client when the same person sends several forms at once', async () => {
    const {client, me} = await signupCompany('CRM Race Co');
    const spellings = ['+7 702 555 44 33', '8 702 555 44 33', '87025554433', '7025554433', '8 (702) 555-44-33'];
    await Promise.all(spellings.map((p, i) => publicRequest(me.company.slug, p, 'Дана', `заявка ${i}`)));
    const list = await client.get('/api/v1/clients');
    expect(list.body.total).toBe(1);
    expect(list.body.data[0].stats.requests).toBe(5);
  });
});

describe('CRM: merge and undo', () => {
  it('keeps everything of both records, and the undo gives both back', async () => {
    const {client} = await signupCompany('CRM Merge Co');
    const a = (await client.post('/api/v1/clients', {name: 'Асель Нурланова', phones: ['8 701 000 00 01'], tags: ['vip']})).body;
    const b = (await client.post('/api/v1/clients', {name: 'Asel Nurlanova', emails: ['asel@mail.kz'], tags: ['опт'], birthday: '1990-03-15'})).body;
    await client.post(`/api/v1/clients/${b.id}/notes`, {body: 'Любит шоколад'});
    const req = (await client.post('/api/v1/requests', {clientEmail: 'asel@mail.kz', text: 'Торт'})).body;
    expect(req.clientId).toBe(b.id);

    const dups = await client.get('/api/v1/clients/duplicates');
    expect(dups.body.data).toEqual([expect.objectContaining({keep: a.id, other: b.id, reason: 'name'})]);

    const merge = await client.post('/api/v1/clients/merge', {survivorId: a.id, mergedId: b.id});
    expect(merge.status).toBe(201);
    const merged = (await client.get(`/api/v1/clients/${a.id}`)).body;
    expect(merged).toMatchObject({name: 'Асель Нурланова', phones: ['+77010000001'], emails: ['asel@mail.kz'], tags: ['vip', 'опт'], birthday: '1990-03-15'});
    expect(merged.notes.map((n: any) => n.body)).toEqual(['Любит шоколад']);
    expect(merged.requestIds).toEqual([req.id]);
    expect((await client.get('/api/v1/clients')).body.total).toBe(1);
    // A new request from the merged record's email now finds the survivor.
    expect((await client.post('/api/v1/requests', {clientEmail: 'asel@mail.kz', text: 'Ещё'})).body.clientId).toBe(a.id);

    const undone = await client.post(`/api/v1/clients/merges/${merge.body.id}/undo`);
    expect(undone.status).toBe(200);
    expect(undone.body.undoneAt).toEqual(expect.any(Number));
    const backA = (await client.get(`/api/v1/clients/${a.id}`)).body;
    const backB = (await client.get(`/api/v1/clients/${b.id}`)).body;
    expect(backA).toMatchObject({phones: ['+77010000001'], emails: [], tags: ['vip'], birthday: null});
    expect(backB).toMatchObject({name: 'Asel Nurlanova', emails: ['asel@mail.kz'], tags: ['опт'], birthday: '1990-03-15', mergedInto: null});
    expect(backB.notes.map((n: any) => n.body)).toEqual(['Любит шоколад']);
    expect(backB.requestIds).toEqual([req.id]);
    // The request made while merged stays with the survivor.
    expect(backA.requestIds).toHaveLength(1);

    const history = await db.query(`select mutator, entity, action from audit_log where entity = 'client_merge' and entity_id = $1 order by created_at`, [
      merge.body.id,
    ]);
    expect(history.rows).toEqual([
      {mutator: 'client.merge', entity: 'client_merge', action: 'insert'},
      {mutator: 'client.unmerge', entity: 'client_merge', action: 'update'},
    ]);
  });
});

describe('CRM: one phone, one client (issue 11)', () => {
  it('refuses a new client with a phone another client has, naming the field and that client, unless asked on purpose', async () => {
    const {client} = await signupCompany('CRM Taken Phone Co');
    const asel = (await client.post('/api/v1/clients', {name: 'Асель', phones: ['+7 701 000 00 01']})).body;
    for (const [lang, message] of [
      ['ru', 'Клиент с этим телефоном уже есть: Асель'],
      ['kk', 'Бұл телефон нөмірімен клиент бұрыннан бар: Асель'],
      ['en', 'A client with this phone already exists: Асель'],
    ] as const) {
      const res = await client.post('/api/v1/clients', {name: 'Асель Н.', phones: ['8 (701) 000-00-01']}, {'accept-language': lang});
      expect(res.status).toBe(409);
      expect(res.body.error).toMatchObject({code: 'conflict', existingId: asel.id, fields: [{field: 'phones', message}]});
    }
    // The same number as a WhatsApp id is the same person too.
    const wa = await client.post('/api/v1/clients', {name: 'Кто-то', whatsapp: ['wa.me/77010000001']});
    expect(wa.status).toBe(409);
    expect(wa.body.error).toMatchObject({existingId: asel.id, fields: [{field: 'whatsapp'}]});
    expect((await client.get('/api/v1/clients')).body.total).toBe(1);
    // A phone of a record merged into Асель is Асель's.
    const old = (await client.post('/api/v1/clients', {name: 'Асель старая', phones: ['87010000009']})).body;
    expect((await client.post('/api/v1/clients/merge', {survivorId: asel.id, mergedId: old.id})).status).toBe(201);
    expect((await client.post('/api/v1/clients', {name: 'Ещё раз', phones: ['87010000009']})).body.error).toMatchObject({existingId: asel.id});

    // On purpose (one family number, two people): a separate record.
    const daughter = await client.post('/api/v1/clients', {name: 'Дочь Асель', phones: ['87010000001'], allowSharedPhone: true});
    expect(daughter.status).toBe(201);
    expect(daughter.body.phones).toEqual(['+77010000001']);
    // Replaying the same create (same id) is still harmless.
    expect((await client.post('/api/v1/clients', {id: daughter.body.id, name: 'Дочь Асель', phones: ['87010000001']})).status).toBe(201);
    expect((await client.get('/api/v1/clients')).body.total).toBe(2);
  });

  it('lists a phone both records had once after a merge, in the data and on the card, and the undo gives it back', async () => {
    const {client} = await signupCompany('CRM Merge Shared Phone Co');
    const a = (await client.post('/api/v1/clients', {name: 'Асель Нурланова', phones: ['8 701 000 00 01'], emails: ['asel@mail.kz']})).body;
    const b = (
      await client.post('/api/v1/clients', {name: 'Asel', phones: ['+7 701 000 00 01', '+7 701 000 00 02'], emails: ['ASEL@mail.kz'], allowSharedPhone: true})
    ).body;
    const merge = await client.post('/api/v1/clients/merge', {survivorId: a.id, mergedId: b.id});
    expect(merge.status).toBe(201);

    const rows = await db.query(`select kind, value from client_contact where client_id = $1 order by kind, value`, [a.id]);
    expect(rows.rows).toEqual([
      {kind: 'email', value: 'asel@mail.kz'},
      {kind: 'phone', value: '+77010000001'},
      {kind: 'phone', value: '+77010000002'},
    ]);
    expect(merge.body.moved.contacts).toHaveLength(1);
    expect((await client.get(`/api/v1/clients/${a.id}`)).body).toMatchObject({phones: ['+77010000001', '+77010000002'], emails: ['asel@mail.kz']});

    expect((await client.post(`/api/v1/clients/merges/${merge.body.id}/undo`)).status).toBe(200);
    expect((await client.get(`/api/v1/clients/${a.id}`)).body).toMatchObject({phones: ['+77010000001'], emails: ['asel@mail.kz']});
    const backB = (await client.get(`/api/v1/clients/${b.id}`)).body;
    expect([...backB.phones].sort()).toEqual(['+77010000001', '+77010000002']);
    expect(backB.emails).toEqual(['asel@mail.kz']);
  });
});

describe('CRM: import and export', () => {
  it('previews a spreadsheet row by row, imports all or nothing, and does not duplicate on a second import', async () => {
    const {client} = await signupCompany('CRM Import Co');
    const csv = 'Имя;Телефон;Email;Теги\r\nАйгерим;8 701 111 22 33;a@mail.kz;vip\r\nЕржан;12345;;\r\nДана;+7 777 444 55 66;;опт, vip\r\n';
    const preview = await client.req('POST', '/api/v1/clients/import/preview', csv, {'content-type': 'text/csv', 'accept-language': 'ru'});
    expect(preview.status).toBe(200);
    expect(preview.body.mapping).toEqual(['name', 'phone', 'email', 'tags']);
    expect(preview.body.problems).toEqual([{line: 3, issues: [{field: 'phones', code: 'v.phone'}]}]);
    expect(preview.body.summary).toEqual({created: 2, updated: 0, repeated: 0});

    // A row with an error refuses the whole import.
    const bad = await client.post(
      '/api/v1/clients/import',
      {
        rows: [
          {name: 'Айгерим', phones: ['87011112233']},
          {name: 'Ержан', phones: ['12345']},
        ],
      },
      {'accept-language': 'ru'},
    );
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields[0]).toMatchObject({field: 'rows.1.phones', message: expect.stringContaining('номер')});
    expect((await client.get('/api/v1/clients')).body.total).toBe(0);

    const rows = preview.body.rows.map((r: any) => r.row);
    expect((await client.post('/api/v1/clients/import', {rows})).body).toEqual({created: 2, updated: 0, repeated: 0});
    const again = await client.post('/api/v1/clients/import', {rows: rows.map(({id: _id, ...r}: any) => ({...r, tags: ['повтор']}))});
    expect(again.body).toEqual({created: 0, updated: 2, repeated: 0});
    const list = (await client.get('/api/v1/clients?sort=name')).body;
    expect(list.total).toBe(2);
    expect(list.data.map((c: any) => [c.name, c.tags, c.source])).toEqual([
      ['Айгерим', ['vip', 'повтор'], 'import'],
      ['Дана', ['опт', 'vip', 'повтор'], 'import'],
    ]);
  });

  it('exports CSV and XLSX in the caller’s language and writes each export to the audit log', async () => {
    const {client, me} = await signupCompany('CRM Export Co');
    await client.post('/api/v1/clients', {name: 'Айгерим', phones: ['87011112233'], tags: ['vip']});
    const csv = await client.req('GET', '/api/v1/clients/export?format=csv', undefined, {'accept-language': 'kk'});
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toContain('text/csv');
    expect(csv.body).toContain('Клиент аты;Телефон нөмірі');
    expect(csv.body).toContain('Айгерим;+7 701 111 22 33');
    const xlsx = await fetch(`${inject('baseUrl')}/api/v1/clients/export?format=xlsx`, {headers: {cookie: client.cookie}});
    expect(
      Buffer.from(await xlsx.arrayBuffer())
        .subarray(0, 2)
        .toString(),
    ).toBe('PK');
    const log = await db.query(`select actor_id, via, mutator, changes from audit_log where company_id = $1 and entity = 'client_export' order by created_at`, [
      me.company.id,
    ]);
    expect(log.rows.map((r) => [r.actor_id, r.via, r.mutator, r.changes.format, r.changes.row_count, r.changes.with_contacts])).toEqual([
      [me.member.id, 'rest', 'client.logExport', 'csv', 1, true],
      [me.member.id, 'rest', 'client.logExport', 'xlsx', 1, true],
    ]);
  });
});

describe('CRM: personal data and tenancy', () => {
  it('shows contacts only to roles with clients.contacts, on REST and in the synced queries', async () => {
    const {client: owner, me} = await signupCompany('CRM Privacy Co');
    await owner.post('/api/v1/clients', {name: 'Айгерим', phones: ['87011112233'], emails: ['a@mail.kz']});
    const marketing = await colleagueWith(owner, me.company.id, 'marketing', ['clients.read']);

    const list = await marketing.get('/api/v1/clients');
    expect(list.body.data).toHaveLength(1);
    expect(list.body.data[0].name).toBe('Айгерим');
    expect(JSON.stringify(list.body)).not.toContain('7011112233');
    expect(JSON.stringify(list.body)).not.toContain('a@mail.kz');
    // Searching by number cannot probe for it either.
    expect((await marketing.get('/api/v1/clients?q=701%20111')).body.total).toBe(0);
    expect((await marketing.post('/api/v1/clients/match', {phone: '87011112233'})).status).toBe(404);
    expect((await marketing.get('/api/v1/clients/export')).status).toBe(404);
    // Writing contacts blind is refused; writing the rest is not allowed without clients.manage.
    expect((await marketing.post('/api/v1/clients', {name: 'x'})).status).toBe(404);
    const clientId = list.body.data[0].id;
    const manager = await colleagueWith(owner, me.company.id, 'manager', ['clients.read', 'clients.manage']);
    expect((await manager.patch(`/api/v1/clients/${clientId}`, {phones: []})).status).toBe(404);
    expect((await manager.patch(`/api/v1/clients/${clientId}`, {tags: ['vip']})).status).toBe(200);
    expect((await owner.get(`/api/v1/clients/${clientId}`)).body.phones).toEqual(['+77011112233']);

    const zdb = createZeroDb(db);
    const {rows: members} = await db.query(`select id from member where company_id = $1 and role = 'marketing'`, [me.company.id]);
    const ctx: MemberContext = {
      kind: 'member',
      userID: 'u',
      memberID: members[0].id,
      companyID: me.company.id,
      role: 'marketing',
      permissions: ['clients.read'],
      via: 'sync',
    };
    expect(await zdb.run(queries.clients.contacts.fn({args: undefined, ctx}))).toEqual([]);
    expect(await zdb.run(queries.clients.list.fn({args: undefined, ctx}))).toHaveLength(1);
    expect(await zdb.run(queries.clients.exports.fn({args: undefined, ctx}))).toEqual([]);
  });

  it('never shows one company’s clients to another, through REST or the synced queries', async () => {
    const a = await signupCompany('CRM Tenant A');
    const b = await signupCompany('CRM Tenant B');
    const secret = (await a.client.post('/api/v1/clients', {name: 'Секрет А', phones: ['87010000009']})).body;
    const other = (await a.client.post('/api/v1/clients', {name: 'Секрет А2', emails: ['a2@mail.kz']})).body;
    await a.client.post(`/api/v1/clients/${secret.id}/notes`, {body: 'заметка А'});
    const merge = (await a.client.post('/api/v1/clients/merge', {survivorId: secret.id, mergedId: other.id})).body;
    const mine = (await b.client.post('/api/v1/clients', {name: 'Клиент Б'})).body;

    expect((await b.client.get('/api/v1/clients')).body.data.map((c: any) => c.name)).toEqual(['Клиент Б']);
    expect((await b.client.get(`/api/v1/clients/${secret.id}`)).status).toBe(404);
    expect((await b.client.patch(`/api/v1/clients/${secret.id}`, {name: 'чужой'})).status).toBe(404);
    expect((await b.client.post(`/api/v1/clients/${secret.id}/notes`, {body: 'чужая'})).status).toBe(404);
    expect((await b.client.post('/api/v1/clients/merge', {survivorId: mine.id, mergedId: secret.id})).status).toBe(404);
    expect((await b.client.post(`/api/v1/clients/merges/${merge.id}/undo`)).status).toBe(404);
    expect((await b.client.post('/api/v1/clients/match', {phone: '87010000009'})).body.clientId).toBeNull();
    // B cannot reuse A's client id.
    await b.client.post('/api/v1/clients', {id: secret.id, name: 'подмена'});
    expect((await a.client.get(`/api/v1/clients/${secret.id}`)).body.name).toBe('Секрет А');

    const zdb = createZeroDb(db);
    const ctxB = ownerContext(b.me);
    const results = [
      await zdb.run(queries.clients.list.fn({args: undefined, ctx: ctxB})),
      [await zdb.run(queries.clients.one.fn({args: {id: secret.id}, ctx: ctxB}))],
      await zdb.run(queries.clients.contacts.fn({args: undefined, ctx: ctxB})),
      await zdb.run(queries.clients.requests.fn({args: undefined, ctx: ctxB})),
      await zdb.run(queries.clients.notes.fn({args: {clientId: secret.id}, ctx: ctxB})),
      await zdb.run(queries.clients.merges.fn({args: undefined, ctx: ctxB})),
      await zdb.run(queries.clients.dismissals.fn({args: undefined, ctx: ctxB})),
      await zdb.run(queries.clients.exports.fn({args: undefined, ctx: ctxB})),
      await zdb.run(queries.clients.requestHistory.fn({args: {ids: [secret.id]}, ctx: ctxB})),
    ];
    const text = JSON.stringify(results);
    expect(text).not.toContain(a.me.company.id);
    expect(text).not.toContain('Секрет А');
    expect(text).not.toContain('7010000009');

    // Only now: B's request with A's client's number makes B's own client.
    const bReq = (await b.client.post('/api/v1/requests', {clientPhone: '87010000009', text: 'x'})).body;
    expect(bReq.clientId).not.toBe(secret.id);
  });

  it('names the wrong field in the caller’s language and saves nothing', async () => {
    const {client} = await signupCompany('CRM Bad Input Co');
    const res = await client.post('/api/v1/clients', {name: '', phones: ['12'], birthday: '31.02.1990'}, {'accept-language': 'ru'});
    expect(res.status).toBe(400);
    expect(res.body.error.fields.map((f: any) => f.text)).toEqual([
      'Телефоны: Укажите номер телефона, например +7 701 234 56 78',
      'День рождения: Нужна дата: ДД.ММ.ГГГГ',
    ]);
    expect((await client.get('/api/v1/clients')).body.total).toBe(0);
  });
});
