// The REST twin of the executors import: the same LibreOffice-made .xlsx the
// e2e test picks on a phone, sent as raw bytes, previewed, then imported.
import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {signupCompany} from '../testing/http.ts';

const fixture = path.resolve('e2e/fixtures/executors-errors.xlsx');

describe('REST executors import', () => {
  it('previews every line of a LibreOffice .xlsx with what each bad row held, then imports the good ones in one step', async () => {
    const {client} = await signupCompany('Import Co');
    const res = await fetch(`${client.base}/api/v1/members/import/preview`, {
      method: 'POST',
      headers: {cookie: client.cookie, 'content-type': 'application/octet-stream'},
      body: fs.readFileSync(fixture),
    });
    expect(res.status).toBe(200);
    const preview = (await res.json()) as {
      rows: {line: number; lastName: string}[];
      problems: {line: number; issues: {field: string}[]; row: {firstName: string}}[];
    };
    expect(preview.rows.map((r) => [r.line, r.lastName])).toEqual([
      [2, 'Оспанов'],
      [4, 'оспанов'],
      [8, 'Тлеубаева'],
      [9, 'Ганиев'],
    ]);
    expect(preview.problems.map((p) => [p.line, p.issues.map((i) => i.field).join(), p.row.firstName])).toEqual([
      [3, 'lastName', 'Гульнар'],
      [5, 'position', 'Жанна'],
      [6, 'phone', 'Иван'],
    ]);

    const rows = preview.rows.filter((r) => r.line === 2 || r.line === 8).map(({line: _, ...r}) => r);
    const created = await client.post('/api/v1/members/import', {rows});
    expect(created.status).toBe(201);
    expect(created.body).toEqual({created: 2});
    const members = await client.get('/api/v1/members');
    expect(members.body.data.map((m: {name: string}) => m.name)).toEqual(expect.arrayContaining(['Оспанов Бауыржан Ерланович', 'Тлеубаева Мадина Кайратовна']));
  });
});
