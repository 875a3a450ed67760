// Issue 19: a company's own export, imported into a new empty company on the
// same server, gives the same data under new ids — per table the same counts,
// the same contents, the files' bytes — and the two companies share no row.
// A non-empty company, a damaged archive and a row the database refuses are all
// a 400 naming what is wrong, with nothing written.
import {strFromU8, strToU8, unzipSync, zipSync} from 'fflate';
import pg from 'pg';
import {afterAll, beforeAll, describe, expect, inject, it} from 'vitest';
import {bookPublicly, salon, type Salon} from '../../testing/salon.ts';
import {Client, colleagueWith, signupCompany} from '../../testing/http.ts';
import {NOT_IMPORTED} from './apply.ts';

let pool: pg.Pool;
beforeAll(() => {
  pool = new pg.Pool({connectionString: inject('pgUrl')});
});
afterAll(() => pool.end());

async function exportOf(owner: Client): Promise<Uint8Array> {
  const res = await fetch(`${owner.base}/api/v1/company/export`, {headers: {cookie: owner.cookie}});
  expect(res.status).toBe(200);
  return new Uint8Array(await res.arrayBuffer());
}

async function importInto(owner: Client, zip: Uint8Array, headers: Record<string, string> = {}): Promise<{status: number; body: any}> {
  const res = await fetch(`${owner.base}/api/v1/company/import`, {
    method: 'POST',
    headers: {cookie: owner.cookie, 'content-type': 'application/zip', 'accept-language': 'ru', ...headers},
    body: new Uint8Array(zip),
  });
  return {status: res.status, body: await res.json()};
}

/** Every table's rows of one company, by table (the tables an import writes). */
async function rowsOf(companyId: string): Promise<Map<string, Record<string, unknown>[]>> {
  const {rows: tables} = await pool.query<{t: string}>(
    `select table_name as t from information_schema.columns where table_schema = 'public' and column_name = 'company_id'
        and table_name not in (select table_name from information_schema.views where table_schema = 'public')`,
  );
  const out = new Map<string, Record<string, unknown>[]>();
  for (const {t} of tables) out.set(t, (await pool.query(`select * from "${t}" where company_id = $1`, [companyId])).rows);
  return out;
}

async function fill(s: Salon): Promise<{colleague: string; fileId: string; tag: string}> {
  const a = s.owner;
  const client = (await a.post('/api/v1/clients', {name: 'Айгуль Экспортова', phones: ['+77015550301']})).body;
  const request = (
    await a.post('/api/v1/requests', {clientName: '=HYPERLINK("http://evil","Позвонить")', clientPhone: '+77015550302', text: 'Заявка для переноса'})
  ).body;
  expect((await a.post(`/api/v1/requests/${request.id}/comments`, {body: 'Комментарий к заявке'})).status).toBe(201);
  expect((await a.post(`/api/v1/requests/${request.id}/checklist`, {text: 'Пункт списка'})).status).toBe(201);
  const category = (await a.post('/api/v1/catalog/categories', {title: 'Стрижки'})).body;
  const child = (await a.post('/api/v1/catalog/categories', {title: 'Детские', parentId: category.id})).body;
  expect((await a.post('/api/v1/catalog/items', {title: 'Модельная стрижка', price: 500_000, categoryId: child.id})).status).toBe(201);
  expect((await a.post(`/api/v1/clients/${client.id}/notes`, {body: 'Любит кофе'})).status).toBe(201);
  await bookPublicly(s, {name: 'Гость Переноса', phone: '+77015550303'});
  expect((await a.post('/api/v1/roles', {template: 'lawyer'})).status).toBe(201);
  const fileId = crypto.randomUUID();
  expect(
    (await a.req('PUT', `/api/v1/files/${fileId}`, 'байты договора', {'content-type': 'text/plain', 'x-file-name': encodeURIComponent('договор.txt')})).status,
  ).toBe(201);
  const task = (await a.post('/api/v1/tasks', {title: 'Позвонить клиенту', requestId: request.id})).body;
  const before = (await a.post('/api/v1/tasks', {title: 'Сначала это'})).body;
  expect((await a.post(`/api/v1/tasks/${task.id}/blockers`, {blockerId: before.id})).status).toBe(204);
  expect((await a.post(`/api/v1/tasks/${task.id}/attachments`, {fileId})).status).toBeLessThan(300);
  await colleagueWith(pool, a, s.me.company.id, 'helper', ['requests.read']);
  const colleague = (await pool.query(`select id from member where company_id = $1 and name = 'helper'`, [s.me.company.id])).rows[0].id;
  await a.post('/__test/jobs/run', {});
  return {colleague, fileId, tag: s.master};
}

describe('a company takes its data to a new company', () => {
  it('exports everything and imports it into an empty company under new ids, files included; the two share no row', async () => {
    const s = await salon('Экспорт А');
    const {colleague, fileId, tag} = await fill(s);
    const zip = await exportOf(s.owner);
    const inside = unzipSync(zip);
    const manifest = JSON.parse(strFromU8(inside['manifest.json']!));
    expect(manifest.tables.request.rows).toBe(1);
    expect(strFromU8(inside[manifest.files[0].path]!)).toBe('байты договора');
    // The CSV is for a spreadsheet: a formula a visitor typed is text there (security.md).
    const csv = strFromU8(inside['csv/request.csv']!);
    expect(csv).toContain(`'=HYPERLINK(`);
    expect(csv).not.toMatch(/;"?=HYPERLINK/);

    const {client: b, me: meB} = await signupCompany('Импорт Б');
    const done = await importInto(b, zip);
    expect(done.status, JSON.stringify(done.body)).toBe(200);
    expect(done.body.files).toBe(1);

    const A = await rowsOf(s.me.company.id);
    const B = await rowsOf(meB.company.id);
    for (const [table, rows] of A) {
      if (
        NOT_IMPORTED.has(table) ||
        table === 'audit_log' ||
        table.startsWith('analytics_') ||
        table === 'session' ||
        table === 'job' ||
        table.startsWith('idempotent')
      )
        continue;
      expect(B.get(table)!.length, table).toBe(rows.length);
    }
    // History comes along (with the import's own record on top).
    expect(B.get('audit_log')!.length).toBeGreaterThan(A.get('audit_log')!.length);
    const {rows: record} = await pool.query(`select actor_id, changes from audit_log where company_id = $1 and mutator = 'company.import'`, [meB.company.id]);
    expect(record).toHaveLength(1);
    expect(record[0].actor_id).toBe(meB.member.id);
    expect(record[0].changes.import.tables.request).toBe(1);
    // Not one row in common, and nothing in B still says an id of A.
    const aIds = new Set([...A.values()].flat().flatMap((r) => (r.id === undefined ? [] : [r.id])));
    for (const [table, rows] of B) for (const r of rows) if (r.id !== undefined) expect(aIds.has(r.id), `${table} ${r.id}`).toBe(false);
    for (const table of B.keys()) {
      const {rows} = await pool.query(
        `select count(*)::int as n, json_agg(t) as r from "${table}" t where company_id = $1 and (t::text like $2 or t::text like $3 or t::text like $4)`,
        [meB.company.id, `%${s.me.company.id}%`, `%${tag}%`, `%${fileId}%`],
      );
      expect(rows[0].n, `${table} still names an id of company A: ${JSON.stringify(rows[0].r)}`).toBe(0);
    }
    // The contents, and the links between records, arrive intact.
    const by = (m: typeof A, t: string, col: string) =>
      m
        .get(t)!
        .map((r) => String(r[col]))
        .sort();
    for (const [t, col] of [
      ['request', 'text'],
      ['request', 'client_name'],
      ['request', 'created_at'],
      ['request', 'number'],
      ['request_stage', 'entered_at'],
      ['catalog_category', 'number'],
      ['client', 'name'],
      ['client_note', 'body'],
      ['catalog_item', 'price'],
      ['booking', 'starts_at'],
      ['booking', 'client_name'],
      ['task', 'title'],
      ['role', 'key'],
      ['member', 'name'],
    ] as const)
      expect(by(B, t, col), `${t}.${col}`).toEqual(by(A, t, col));
    const blocker = B.get('task_link')![0]!;
    expect(B.get('task')!.find((t) => t.id === blocker.blocker_id)!.title).toBe('Сначала это');
    const kid = B.get('catalog_category')!.find((c) => c.title === 'Детские')!;
    expect(B.get('catalog_category')!.find((c) => c.id === kid.parent_id)!.title).toBe('Стрижки');
    const service = B.get('booking_service')![0]!;
    expect(service.place_ids).toEqual([B.get('booking_place')![0]!.id]);
    // The importing owner took the old owner's place; the colleague is a member without a login.
    expect(B.get('booking_master')![0]!.member_id).toBe(meB.member.id);
    const helper = B.get('member')!.find((m) => m.name === 'helper')!;
    expect(helper.user_id).toBeNull();
    expect(helper.id).not.toBe(colleague);
    // The file's bytes were put back through storage and are B's.
    const newFile = B.get('file')![0]!;
    const read = await b.get(`/api/v1/files/${newFile.id}`);
    expect(read.status).toBe(200);
    expect(read.body).toBe('байты договора');
    expect((await s.owner.get(`/api/v1/files/${newFile.id}`)).status).toBe(404);
    expect((await b.get('/api/v1/requests')).body.data[0].text).toBe('Заявка для переноса');

    // B is not empty any more: a second import is refused, naming why, and nothing changes.
    const again = await importInto(b, zip);
    expect(again.status).toBe(400);
    expect(again.body.error.message).toContain('новую компанию');
    expect((await pool.query('select count(*)::int as n from request where company_id = $1', [meB.company.id])).rows[0].n).toBe(1);
  });

  it('refuses a damaged archive and a row the database refuses, naming what is wrong, with nothing written', async () => {
    const s = await salon('Экспорт В');
    const fileId = crypto.randomUUID();
    expect((await s.owner.req('PUT', `/api/v1/files/${fileId}`, 'настоящие байты', {'content-type': 'text/plain', 'x-file-name': 'f.txt'})).status).toBe(201);
    expect((await s.owner.post('/api/v1/requests', {clientName: 'Клиент', clientPhone: '+77015550311', text: 'Заявка'})).status).toBe(201);
    const files = unzipSync(await exportOf(s.owner));
    const manifest = JSON.parse(strFromU8(files['manifest.json']!));
    const {client: c, me} = await signupCompany('Пустая Г');
    const before = await rowsOf(me.company.id);
    const counts = (m: typeof before) => Object.fromEntries([...m].map(([t, r]) => [t, t === 'audit_log' ? 0 : r.length]));

    const notZip = await importInto(c, strToU8('это не архив'));
    expect(notZip.status).toBe(400);
    expect(notZip.body.error.message).toContain('не архив экспорта');
    const swapped = zipSync({...files, [manifest.files[0].path]: strToU8('подменённые байты')});
    const hash = await importInto(c, swapped);
    expect(hash.status).toBe(400);
    expect(hash.body.error.message).toContain(manifest.files[0].path);
    const short = zipSync({...files, 'request.json': strToU8('[]')});
    expect((await importInto(c, short)).body.error.message).toContain('request.json');
    // A request pointing at a member who is not in the archive: the database refuses it, and the roles, profile
    // and request type the import had already replaced are back as they were, and no file is left in storage.
    const requests = JSON.parse(strFromU8(files['request.json']!));
    requests[0].responsible_id = 'nobody-of-this-company';
    const broken = await importInto(c, zipSync({...files, 'request.json': strToU8(JSON.stringify(requests))}));
    expect(broken.status).toBe(400);
    expect(broken.body.error.message).toContain('«request»');
    expect(counts(await rowsOf(me.company.id))).toEqual(counts(before));
    const {rows: stored} = await pool.query('select count(*)::int as n from file where company_id = $1', [me.company.id]);
    expect(stored[0].n).toBe(0);
    // Only the owner imports; in English the refusal is in English.
    const colleague = await colleagueWith(pool, c, me.company.id, 'staffer', ['requests.read']);
    expect((await importInto(colleague, zipSync(files))).status).toBe(404);
    const en = await importInto(c, strToU8('x'), {'accept-language': 'en'});
    expect(en.body.error.message).toContain('not a dot export');
  });
});
