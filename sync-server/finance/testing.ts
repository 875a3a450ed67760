// What the finance pg tests share: a company with finance on and a budget
// line, members in template roles, an uploaded file, a signed contract.
import pg from 'pg';
import {expect, inject} from 'vitest';
import {Client, signupCompany, uniqueEmail} from '../testing/http.ts';

export const pool = new pg.Pool({connectionString: inject('pgUrl'), max: 2});

export async function upload(c: Client, name: string): Promise<string> {
  const id = crypto.randomUUID();
  const res = await fetch(`${inject('baseUrl')}/api/v1/files/${id}`, {
    method: 'PUT',
    headers: {cookie: c.cookie, 'content-type': 'application/pdf', 'x-file-name': name},
    body: Buffer.from(`%PDF-1.4 ${name}`),
  });
  expect(res.status).toBe(201);
  return id;
}

export async function member(owner: Client, name: string, role: string): Promise<{client: Client; id: string}> {
  const email = uniqueEmail(role);
  expect((await owner.post('/api/v1/roles', {template: role})).status).toBe(201);
  const added = await owner.post('/api/v1/members', {name, email, role, password: 'password1'});
  expect(added.status, JSON.stringify(added.body)).toBe(201);
  const client = new Client();
  expect((await client.post('/api/v1/auth/login', {email, password: 'password1'})).status).toBe(200);
  return {client, id: added.body.id};
}

/** A company with finance on, an expense item and a line of 1,000,000 ₸ (limit 1,200,000 ₸) for December 2026. */
export async function financeCompany(name: string, line: {plan: number; limit: number | null} = {plan: 100_000_000, limit: 120_000_000}) {
  const {client: owner, me} = await signupCompany(name);
  expect((await owner.patch('/api/v1/company/modules', {modules: {finance: true}})).status).toBe(200);
  const itemId = crypto.randomUUID();
  expect((await owner.post('/api/v1/expense-items', {id: itemId, name: 'Аренда'})).status).toBe(204);
  const lineId = crypto.randomUUID();
  const saved = await owner.post('/api/v1/budget-lines', {id: lineId, period: '2026-12', itemId, plan: line.plan, limit: line.limit});
  expect(saved.status, JSON.stringify(saved.body)).toBe(201);
  const counterpartyId = crypto.randomUUID();
  const cp = await owner.post('/api/v1/counterparties', {
    id: counterpartyId,
    name: 'ТОО «Ромашка»',
    bin: '240540123458',
    iban: 'KZ86125KZT5004100100',
    bik: 'KCJBKZKX',
  });
  expect(cp.status, JSON.stringify(cp.body)).toBe(201);
  return {owner, me, itemId, lineId, counterpartyId, companyId: me.company.id as string};
}

/** A signed contract to be an invoice's basis (the documents module makes them; here, straight in the database). */
export async function contract(companyId: string, title = 'Договор аренды №7'): Promise<string> {
  const id = crypto.randomUUID();
  await pool.query(
    `insert into document (id, company_id, title, kind, status, status_since, created_at, updated_at) values ($1, $2, $3, 'contract', 'signed', now(), now(), now())`,
    [id, companyId, title],
  );
  return id;
}

export type Approval = {id: string; stepKey: string; grp: number; why: string; decision: string; round: number; decidedBy: string | null};
export const approvalsOf = async (c: Client, id: string) => (await c.get(`/api/v1/invoices/${id}`)).body.approvals as Approval[];
