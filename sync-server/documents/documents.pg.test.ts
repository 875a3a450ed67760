// The archive (D1–D4, issue 16) over REST, through the same mutators the app
// runs: a document made with its file is version 1; a new file is version 2
// and never overwrites the first (both readable, each with who and when);
// comments sit on a version; sending for approval makes the company's chain's
// rows, each pinned to the version it is about, and a new version on approval
// sends it back to draft; search finds by counterparty and by the text inside
// a PDF; a lawyer's draft — its card, its search hit and its file — reaches no
// one else.
import {createRequire} from 'node:module';
import PDFDocument from 'pdfkit';
import pg from 'pg';
import {afterAll, beforeAll, describe, expect, inject, it} from 'vitest';
import {Client, signupCompany, uniqueEmail} from '../testing/http.ts';

const require = createRequire(import.meta.url);
const FONT = require.resolve('@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf');

let pool: pg.Pool;
beforeAll(() => {
  pool = new pg.Pool({connectionString: inject('pgUrl')});
});
afterAll(() => pool.end());

function pdf(lines: string[]): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({size: 'A4', compress: true});
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.font(FONT).fontSize(12);
    for (const line of lines) doc.text(line);
    doc.end();
  });
}

async function upload(c: Client, name: string, body: Buffer | string, type = 'application/pdf'): Promise<string> {
  const id = crypto.randomUUID();
  const res = await fetch(`${inject('baseUrl')}/api/v1/files/${id}`, {
    method: 'PUT',
    headers: {cookie: c.cookie, 'content-type': type, 'x-file-name': encodeURIComponent(name)},
    body: typeof body === 'string' ? body : new Uint8Array(body),
  });
  expect(res.status).toBe(201);
  return id;
}

async function member(owner: Client, name: string, role: string): Promise<{client: Client; id: string}> {
  const email = uniqueEmail(role);
  const added = await owner.post('/api/v1/members', {name, email, role, password: 'password1'});
  expect(added.status, JSON.stringify(added.body)).toBe(201);
  const client = new Client();
  expect((await client.post('/api/v1/auth/login', {email, password: 'password1'})).status).toBe(200);
  return {client, id: added.body.id};
}

/** A company with finance (and so the archive) on, a lawyer, a head (documents.read) and a counterparty. */
async function archive(name: string) {
  const {client: owner, me} = await signupCompany(name);
  expect((await owner.patch('/api/v1/company/modules', {modules: {finance: true}})).status).toBe(200);
  for (const template of ['lawyer', 'head']) expect((await owner.post('/api/v1/roles', {template})).status).toBe(201);
  const lawyer = await member(owner, 'Юрист Алия', 'lawyer');
  const head = await member(owner, 'Руководитель Ерлан', 'head');
  const counterparty = crypto.randomUUID();
  await pool.query(`insert into counterparty (id, company_id, name, created_at, updated_at) values ($1, $2, $3, now(), now())`, [
    counterparty,
    me.company.id,
    `ТОО «Бумажный Двор ${name}»`,
  ]);
  return {owner, me, lawyer, head, counterparty};
}

type Version = {id: string; number: number; fileId: string; createdBy: string; createdAt: number; fileName: string};
type Approval = {stepKey: string; round: number; versionId: string; decision: string; role: string};

const runJobs = async (c: Client) => {
  for (let i = 0; i < 3; i++) await c.post('/__test/jobs/run', {});
};

describe('the document archive', () => {
  it('keeps every version, pins approvals to a version, finds by counterparty and by text, and keeps a draft its owner’s', async () => {
    const {owner, lawyer, head, counterparty} = await archive('Архив');
    const first = await upload(lawyer.client, 'Договор v1.pdf', await pdf(['Договор поставки № 17', 'Предмет: бумага офисная, формат А4, Жолбарыс']));

    // D1: made with its file → version 1, a draft of its author.
    const made = await lawyer.client.post('/api/v1/documents', {
      title: 'Договор поставки бумаги',
      kind: 'contract',
      number: '17/2026',
      counterpartyId: counterparty,
      project: 'Офис',
      validUntil: '2031-12-31',
      fileId: first,
      note: 'первая редакция',
    });
    expect(made.status, JSON.stringify(made.body)).toBe(201);
    const id = made.body.id as string;
    expect(made.body).toMatchObject({status: 'draft', ownerId: lawyer.id, round: 0});
    let card = (await lawyer.client.get(`/api/v1/documents/${id}`)).body;
    expect(card.versions.map((v: Version) => [v.number, v.fileId, v.createdBy])).toEqual([[1, first, lawyer.id]]);

    // A lawyer's draft is not everyone's: not listed, not found, its file refused — the head holds wide permissions, not this one.
    expect(((await head.client.get('/api/v1/documents')).body.data as {id: string}[]).map((d) => d.id)).not.toContain(id);
    expect((await head.client.get(`/api/v1/documents/${id}`)).status).toBe(404);
    expect((await head.client.get(`/api/v1/files/${first}`)).status).toBe(404);
    expect((await head.client.get(`/api/v1/documents/search?q=${encodeURIComponent('Бумажный Двор')}`)).body.ids).toEqual([]);
    // The owner of the company keeps the archive (documents.manage): sees the draft.
    expect((await owner.get(`/api/v1/files/${first}`)).status).toBe(200);

    // D2: a second file is version 2; the first stays, both readable, each with who and when.
    const second = await upload(lawyer.client, 'Договор v2.pdf', await pdf(['Договор поставки № 17, редакция 2']));
    const v2 = await lawyer.client.post(`/api/v1/documents/${id}/versions`, {fileId: second, note: 'правки контрагента'});
    expect(v2.status, JSON.stringify(v2.body)).toBe(201);
    expect(v2.body).toMatchObject({number: 2, fileId: second, createdBy: lawyer.id, note: 'правки контрагента'});
    card = (await lawyer.client.get(`/api/v1/documents/${id}`)).body;
    expect(card.versions.map((v: Version) => [v.number, v.fileId])).toEqual([
      [2, second],
      [1, first],
    ]);
    for (const v of card.versions as Version[]) expect(v.createdAt).toBeGreaterThan(0);
    const [fileOne, fileTwo] = await Promise.all([lawyer.client.get(`/api/v1/files/${first}`), lawyer.client.get(`/api/v1/files/${second}`)]);
    expect([fileOne.status, fileTwo.status]).toEqual([200, 200]);
    expect(fileOne.headers.get('content-security-policy')).toContain('sandbox');
    const versionOne = (card.versions as Version[]).find((v) => v.number === 1)!;
    const versionTwo = (card.versions as Version[]).find((v) => v.number === 2)!;

    // Comments on a version.
    expect((await lawyer.client.post(`/api/v1/documents/${id}/comments`, {body: 'Пункт 4.2 — срок оплаты', versionId: versionOne.id})).status).toBe(204);
    expect((await lawyer.client.post(`/api/v1/documents/${id}/comments`, {body: 'Согласовано с контрагентом'})).status).toBe(204);
    card = (await lawyer.client.get(`/api/v1/documents/${id}`)).body;
    expect(card.comments.map((c: {body: string; versionId: string}) => [c.body, c.versionId])).toEqual([
      ['Пункт 4.2 — срок оплаты', versionOne.id],
      ['Согласовано с контрагентом', versionTwo.id],
    ]);

    // D3: to approval — the default chain (lawyer, then head), every row pinned to version 2.
    const colleague = await member(owner, 'Юрист Дана', 'lawyer');
    const sent = await lawyer.client.post(`/api/v1/documents/${id}/move`, {to: 'approval'});
    expect(sent.status, JSON.stringify(sent.body)).toBe(200);
    expect(sent.body).toMatchObject({status: 'approval', round: 1});
    card = (await lawyer.client.get(`/api/v1/documents/${id}`)).body;
    expect(card.approvals.map((a: Approval) => [a.stepKey, a.role, a.round, a.versionId, a.decision])).toEqual([
      ['lawyer', 'lawyer', 1, versionTwo.id, 'pending'],
      ['head', 'head', 1, versionTwo.id, 'pending'],
    ]);
    // The lawyers' step is due now; the head's becomes due when theirs is done.
    expect(card.approvals.map((a: Approval & {dueAt: number | null}) => a.dueAt !== null)).toEqual([true, false]);
    // Signing waits for them, and says for whom.
    const early = await lawyer.client.post(`/api/v1/documents/${id}/move`, {to: 'signed'});
    expect(early.status).toBe(422);
    expect(early.body.error.blockers).toEqual([{kind: 'approvals_pending', steps: ['Юрист', 'Руководитель']}]);
    // No longer a draft: the head sees it, and its files.
    expect((await head.client.get(`/api/v1/documents/${id}`)).status).toBe(200);
    expect((await head.client.get(`/api/v1/files/${second}`)).status).toBe(200);
    // The first step's people are told it waits for them (not the one who sent it); the head's turn comes after the lawyers'.
    await runJobs(owner);
    const titles = async (c: Client) => ((await c.get('/api/v1/notifications')).body.data as {title: string}[]).map((n) => n.title);
    expect(await titles(colleague.client)).toContain('Документ на согласовании: Договор поставки бумаги');
    expect(await titles(lawyer.client)).not.toContain('Документ на согласовании: Договор поставки бумаги');
    expect(await titles(head.client)).not.toContain('Документ на согласовании: Договор поставки бумаги');

    // A new version while on approval: the approvers were asked about another file — back to draft, their steps void.
    const third = await upload(lawyer.client, 'Договор v3.pdf', await pdf(['Договор поставки № 17, редакция 3']));
    const v3 = await lawyer.client.post(`/api/v1/documents/${id}/versions`, {fileId: third});
    expect(v3.body.number).toBe(3);
    card = (await lawyer.client.get(`/api/v1/documents/${id}`)).body;
    expect(card.status).toBe('draft');
    expect(card.approvals.map((a: Approval) => a.decision)).toEqual(['void', 'void']);
    expect((await lawyer.client.post(`/api/v1/documents/${id}/move`, {to: 'approval'})).body.round).toBe(2);
    card = (await lawyer.client.get(`/api/v1/documents/${id}`)).body;
    const round2 = (card.approvals as Approval[]).filter((a) => a.round === 2);
    expect(round2.map((a) => [a.stepKey, a.versionId, a.decision])).toEqual([
      ['lawyer', v3.body.id, 'pending'],
      ['head', v3.body.id, 'pending'],
    ]);
    // Decided (approval.decide is finance's write; here the rows are decided directly), then signed: the day is recorded.
    await pool.query(`update approval set decision = 'approved', decided_at = now() where entity_id = $1 and round = 2`, [id]);
    const signed = await lawyer.client.post(`/api/v1/documents/${id}/move`, {to: 'signed'});
    expect(signed.status, JSON.stringify(signed.body)).toBe(200);
    expect(signed.body.signedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    // A signed document's file is fixed.
    const locked = await lawyer.client.post(`/api/v1/documents/${id}/versions`, {fileId: await upload(lawyer.client, 'v4.pdf', await pdf(['v4']))});
    expect(locked.status).toBe(409);
    expect((await lawyer.client.get(`/api/v1/documents/${id}`)).body.versions.length).toBe(3);

    // D4: found by the counterparty's name, and by a word only inside the first PDF (once its text is read).
    expect((await head.client.get(`/api/v1/documents/search?q=${encodeURIComponent('бумажный двор')}`)).body.ids).toEqual([id]);
    await runJobs(owner);
    const texts = await pool.query(`select version_id from document_text where document_id = $1`, [id]);
    expect(texts.rows.length).toBeGreaterThanOrEqual(3);
    expect((await head.client.get(`/api/v1/documents/search?q=${encodeURIComponent('Жолбарыс')}`)).body.ids).toEqual([id]);
    expect((await head.client.get(`/api/v1/documents/search?q=${encodeURIComponent('офисная')}`)).body.ids).toEqual([id]);
    // Another company finds nothing of it, by the same words.
    const other = await archive('Чужой архив');
    expect((await other.owner.get(`/api/v1/documents/search?q=${encodeURIComponent('Жолбарыс')}`)).body.ids).toEqual([]);
    expect((await other.owner.get(`/api/v1/documents/${id}`)).status).toBe(404);
    expect((await other.owner.get(`/api/v1/files/${first}`)).status).toBe(404);
  });

  it('a draft’s text is not found by others; links; validity: a reminder once before "valid until", expired after', async () => {
    const {owner, lawyer, head} = await archive('Сроки документов');
    const file = await upload(lawyer.client, 'Черновик.pdf', await pdf(['Секретный черновик Қарлығаш']));
    const draft = (await lawyer.client.post('/api/v1/documents', {title: 'Черновик соглашения', fileId: file})).body;
    await runJobs(owner);
    expect((await lawyer.client.get(`/api/v1/documents/search?q=${encodeURIComponent('Қарлығаш')}`)).body.ids).toEqual([draft.id]);
    expect((await head.client.get(`/api/v1/documents/search?q=${encodeURIComponent('Қарлығаш')}`)).body.ids).toEqual([]);

    // Links to a task, once; a link to another company's record is refused naming the field.
    const task = (await owner.post('/api/v1/tasks', {title: 'Подписать договор'})).body;
    expect((await lawyer.client.post(`/api/v1/documents/${draft.id}/links`, {entity: 'task', entityId: task.id})).status).toBe(204);
    expect((await lawyer.client.post(`/api/v1/documents/${draft.id}/links`, {entity: 'task', entityId: task.id})).status).toBe(204);
    const bad = await lawyer.client.post(`/api/v1/documents/${draft.id}/links`, {entity: 'request', entityId: crypto.randomUUID()});
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields.map((f: {field: string}) => f.field)).toEqual(['entityId']);
    const links = (await lawyer.client.get(`/api/v1/documents/${draft.id}`)).body.links as {id: string; entityId: string}[];
    expect(links.map((l) => l.entityId)).toEqual([task.id]);
    expect((await head.client.req('DELETE', `/api/v1/document-links/${links[0]!.id}`)).status).toBe(404);
    expect((await lawyer.client.req('DELETE', `/api/v1/document-links/${links[0]!.id}`)).status).toBe(204);

    // Dates are checked, naming the field.
    const wrong = await lawyer.client.post('/api/v1/documents', {title: 'Наоборот', signedOn: '2026-12-01', validUntil: '2026-11-01'});
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.fields.map((f: {field: string}) => f.field)).toEqual(['validUntil']);

    // Two signed documents: one valid for five more days (reminded once), one past its date (expired).
    const day = (offset: number) => new Date(Date.now() + 5 * 3600_000 + offset * 86_400_000).toISOString().slice(0, 10);
    const soon = (await lawyer.client.post('/api/v1/documents', {title: 'Аренда склада', signedOn: day(-300), validUntil: day(5)})).body;
    const past = (await lawyer.client.post('/api/v1/documents', {title: 'Старая аренда', signedOn: day(-400), validUntil: day(-2)})).body;
    await pool.query(`update document set status = 'signed' where id = any($1)`, [[soon.id, past.id]]);
    await runJobs(owner);
    const a = (await lawyer.client.get(`/api/v1/documents/${soon.id}`)).body;
    const b = (await lawyer.client.get(`/api/v1/documents/${past.id}`)).body;
    expect(a.status).toBe('signed');
    expect(a.remindedAt).toBeGreaterThan(0);
    expect(b.status).toBe('expired');
    await runJobs(owner);
    const told = ((await lawyer.client.get('/api/v1/notifications')).body.data as {title: string}[]).map((n) => n.title);
    expect(told.filter((t) => t.includes('Аренда склада'))).toHaveLength(1);
    expect(told.find((t) => t.includes('Аренда склада'))).toMatch(/^Срок документа истекает/);
  });
});
