// Configuring requests over REST: templates, types, fields, message templates,
// saved views, editing a workflow under live requests, and executors imported
// from a spreadsheet — all or nothing.
import writeXlsxFile from 'write-excel-file/node';
import {describe, expect, inject, it} from 'vitest';
import {Client, signupCompany} from '../testing/http.ts';

async function preview(client: Client, body: Uint8Array | string, mime: string) {
  const res = await fetch(`${inject('baseUrl')}/api/v1/members/import/preview`, {
    method: 'POST',
    headers: {cookie: client.cookie, 'content-type': mime},
    body: typeof body === 'string' ? body : new Uint8Array(body),
  });
  return {status: res.status, body: (await res.json()) as any};
}

const workflow = (statuses: string[]) => ({
  initial: statuses[0],
  statuses: statuses.map((key, i) => ({key, name: {ru: key, kk: key, en: key}, color: '#2563eb', kind: i === statuses.length - 1 ? 'done' : 'open'})),
  transitions: statuses.slice(1).map((to, i) => ({from: statuses[i], to})),
  sla: {mode: 'calendar', escalateAfterHours: 2},
});

describe('request configuration over REST', () => {
  it('installs a template once, and every company starts with the small-business one', async () => {
    const {client} = await signupCompany('Templates Co');
    const start = (await client.get('/api/v1/request-types')).body.data;
    expect(start.map((t: any) => [t.key, t.isDefault])).toEqual([['request', true]]);
    expect((await client.post('/api/v1/request-types/templates/service_desk')).status).toBe(201);
    expect((await client.post('/api/v1/request-types/templates/service_desk')).status).toBe(201);
    const types = (await client.get('/api/v1/request-types')).body.data;
    expect(types.filter((t: any) => t.template === 'service_desk').length).toBeGreaterThan(0);
    expect(new Set(types.map((t: any) => t.key)).size).toBe(types.length);
    expect((await client.post('/api/v1/request-types/templates/nonsense')).status).toBe(400);
  });

  it('keeps a field’s kind once created, and validates values by kind', async () => {
    const {client} = await signupCompany('Fields Co');
    const type = (await client.get('/api/v1/request-types')).body.data[0];
    const field = await client.post(`/api/v1/request-types/${type.id}/fields`, {
      key: 'budget',
      label: {ru: 'Бюджет', kk: 'Бюджет', en: 'Budget'},
      kind: 'money',
    });
    expect(field.status).toBe(201);
    const changed = await client.post(`/api/v1/request-types/${type.id}/fields`, {id: field.body.id, key: 'budget', label: {ru: 'Бюджет'}, kind: 'text'});
    expect(changed.status).toBe(400);
    expect(changed.body.error.fields[0]).toMatchObject({field: 'kind'});

    const bad = await client.post('/api/v1/requests', {title: 'Ремонт', fields: {budget: 'много'}}, {'accept-language': 'ru'});
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields[0].field).toBe('fields.budget');
    const good = await client.post('/api/v1/requests', {title: 'Ремонт', fields: {budget: 150_000_00}});
    expect(good.status).toBe(201);
    expect(good.body.fields).toEqual({budget: 150_000_00});
  });

  it('edits a workflow under live requests: a removed status stays readable and is left by a guided move', async () => {
    const {client} = await signupCompany('Workflow Co');
    const created = await client.post('/api/v1/request-types', {
      key: 'repair',
      name: {ru: 'Ремонт', kk: 'Жөндеу', en: 'Repair'},
      workflow: workflow(['new', 'check', 'done']),
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const typeId = created.body.id;
    const r = await client.post('/api/v1/requests', {typeId, title: 'Кондиционер'});
    expect((await client.patch(`/api/v1/requests/${r.body.id}`, {status: 'check'})).status).toBe(200);

    // "check" is removed from the workflow.
    const edited = await client.req('PUT', `/api/v1/request-types/${typeId}`, {
      key: 'repair',
      name: {ru: 'Ремонт', kk: 'Жөндеу', en: 'Repair'},
      workflow: workflow(['new', 'work', 'done']),
    });
    expect(edited.status, JSON.stringify(edited.body)).toBe(200);
    const still = await client.get(`/api/v1/requests/${r.body.id}`);
    expect(still.body).toMatchObject({status: 'check', title: 'Кондиционер'});
    const moved = await client.patch(`/api/v1/requests/${r.body.id}`, {status: 'work'});
    expect(moved.status, JSON.stringify(moved.body)).toBe(200);
    expect(moved.body.status).toBe('work');
    // A workflow must be whole: a transition to a status it does not list is refused, naming the field.
    const broken = await client.req('PUT', `/api/v1/request-types/${typeId}`, {
      key: 'repair',
      name: {ru: 'Ремонт'},
      workflow: {...workflow(['new', 'done']), transitions: [{from: 'new', to: 'nowhere'}]},
    });
    expect(broken.status).toBe(400);
    expect(broken.body.error.fields[0].field).toMatch(/^workflow/);
  });

  it('saves nothing of a PATCH whose status change is refused', async () => {
    const {client} = await signupCompany('Atomic Co');
    const r = await client.post('/api/v1/requests', {title: 'Старое', text: 'x'});
    const refused = await client.patch(`/api/v1/requests/${r.body.id}`, {title: 'Новое', status: 'in_progress', expectedStatus: 'done'});
    expect(refused.status).toBe(409);
    expect((await client.get(`/api/v1/requests/${r.body.id}`)).body.title).toBe('Старое');
  });

  it('keeps message templates and saved views', async () => {
    const {client} = await signupCompany('Texts Co');
    const tpl = await client.post('/api/v1/message-templates', {key: 'thanks', name: {ru: 'Спасибо'}, body: {ru: 'Спасибо за обращение!'}});
    expect(tpl.status, JSON.stringify(tpl.body)).toBe(201);
    expect((await client.get('/api/v1/message-templates')).body.data.map((m: any) => m.body.ru)).toContain('Спасибо за обращение!');
    const empty = await client.post('/api/v1/message-templates', {key: 'x', name: {ru: 'X'}, body: {ru: ''}}, {'accept-language': 'kk'});
    expect(empty.status).toBe(400);
    const view = await client.post('/api/v1/saved-views', {name: 'Срочные мои', filters: {priority: ['urgent'], mine: true}});
    expect(view.status).toBe(201);
    expect((await client.get('/api/v1/saved-views')).body.data).toEqual([
      expect.objectContaining({name: 'Срочные мои', filters: {priority: ['urgent'], mine: true}}),
    ]);
    // Another person does not see my views.
    const other = await signupCompany('Texts Other');
    expect((await other.client.get('/api/v1/saved-views')).body.data).toEqual([]);
  });
});

describe('executors from a spreadsheet (S2 layout)', () => {
  const header = ['№ пп', 'Фамилия', 'Имя', 'Отчество', 'Должность'];

  it('previews an .xlsx with row-level problems, then imports the good rows in one step', async () => {
    const {client} = await signupCompany('Executors Co');
    const xlsx = await writeXlsxFile([
      header.map((value) => ({value})),
      [{value: 1}, {value: 'Сейтқали'}, {value: 'Әсел'}, {value: 'Маратқызы'}, {value: 'Электрик'}],
      [{value: 2}, {value: ''}, {value: 'Иван'}, {value: ''}, {value: 'Сантехник'}],
      [{value: 3}, {value: 'Ким'}, {value: 'Олег'}, {value: ''}, {value: 'Мастер'}],
    ]).toBuffer();
    const p = await preview(client, xlsx, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(p.status, JSON.stringify(p.body)).toBe(200);
    expect(p.body.missingColumns).toEqual([]);
    expect(p.body.rows.map((r: any) => r.lastName)).toEqual(['Сейтқали', 'Ким']);
    expect(p.body.problems).toEqual([expect.objectContaining({line: 3, issues: [{field: 'lastName', code: 'v.required'}]})]);

    const imported = await client.post('/api/v1/members/import', {rows: p.body.rows.map(({line: _l, ...r}: any) => r)});
    expect(imported.status, JSON.stringify(imported.body)).toBe(201);
    expect(imported.body.created).toBe(2);
    const members = (await client.get('/api/v1/members')).body.data;
    expect(members.map((m: any) => m.name)).toEqual(expect.arrayContaining(['Сейтқали Әсел Маратқызы', 'Ким Олег']));
  });

  it('imports nothing when one row is bad, and says which', async () => {
    const {client} = await signupCompany('Executors Bad');
    const res = await client.post('/api/v1/members/import', {
      rows: [
        {lastName: 'Ок', firstName: 'Ок', position: 'Мастер'},
        {lastName: '', firstName: 'Нет', position: 'Мастер'},
      ],
    });
    expect(res.status).toBe(400);
    expect(res.body.error.fields[0].field).toBe('rows.1.lastName');
    expect((await client.get('/api/v1/members')).body.data).toHaveLength(1);
  });

  it('reads a .csv too and names missing columns; refuses a file that is not a table', async () => {
    const {client} = await signupCompany('Executors CSV');
    const csv = '\uFEFF№ пп;Фамилия;Имя;Должность\n1;Ахметов;Ерлан;Водитель\n';
    const p = await preview(client, csv, 'text/csv');
    expect(p.status).toBe(200);
    expect(p.body.rows).toEqual([expect.objectContaining({lastName: 'Ахметов', firstName: 'Ерлан', middleName: '', position: 'Водитель'})]);
    const junk = await preview(client, Buffer.from([0x50, 0x4b, 1, 2, 3]), 'application/octet-stream');
    expect(junk.status).toBe(400);
    expect(junk.body.error.fields[0].field).toBe('file');
  });
});
