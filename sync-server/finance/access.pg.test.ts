// Who sees which invoices (shared/finance/access.ts) with real rows: a
// spender (finance.own) sees the invoices they made and those they must
// approve — by their role or by name — and no one else's; the lines' figures
// they see count only those; a colleague who only reads cannot pay.
import {afterAll, describe, expect, it} from 'vitest';
import {financeCompany, member, pool, upload} from './testing.ts';

afterAll(() => pool.end());

describe('finance access with real rows', () => {
  it('shows a spender their own invoices and those they approve, by role or by name', async () => {
    const {owner, lineId, counterpartyId} = await financeCompany('Финансы: доступ');
    const author = await member(owner, 'Исполнитель Алия', 'executor');
    const other = await member(owner, 'Исполнитель Болат', 'executor');
    const manager = await member(owner, 'Менеджер Сауле', 'manager');
    // Finance checks, then the managers (a role with finance.own only), then Болат by name.
    const chain = [
      {key: 'finance', name: 'Бухгалтерия', role: 'finance', group: 0},
      {key: 'manager', name: 'Менеджер', role: 'manager', group: 1},
      {key: 'bolat', name: 'Болат', memberId: other.id, group: 2},
    ];
    expect((await owner.put('/api/v1/finance/settings', {invoiceChain: chain, documentChain: chain.slice(0, 1), remindDays: 14})).status).toBe(204);

    const id = crypto.randomUUID();
    const fileId = await upload(author.client, 'invoice.pdf');
    const made = await author.client.post('/api/v1/invoices', {
      id,
      number: 'Свой-1',
      counterpartyId,
      amount: 10_000_00,
      budgetLineId: lineId,
      invoiceDate: '2026-12-06',
      payBy: '2026-12-20',
      fileId,
    });
    expect(made.status, JSON.stringify(made.body)).toBe(201);
    const list = async (c: typeof owner) => ((await c.get('/api/v1/invoices')).body.data as {id: string}[]).map((i) => i.id);
    expect(await list(author.client)).toEqual([id]);
    expect(await list(other.client)).toEqual([]);
    expect(await list(manager.client)).toEqual([]);
    expect((await other.client.get(`/api/v1/invoices/${id}`)).status).toBe(404);
    // Only its author or finance.manage may change it; another spender is told it does not exist.
    expect((await other.client.patch(`/api/v1/invoices/${id}`, {purpose: 'чужое'})).status).toBe(404);

    expect((await author.client.post(`/api/v1/invoices/${id}/submit`, {})).status).toBe(200);
    // Now the manager (by role) and Болат (by name) must approve it: they see it, and its line's figures.
    expect(await list(manager.client)).toEqual([id]);
    expect(await list(other.client)).toEqual([id]);
    const lines = (await other.client.get('/api/v1/budget-lines')).body.data as {id: string; invoices: {id: string}[]}[];
    expect(lines.map((l) => [l.id, l.invoices.map((i) => i.id)])).toEqual([[lineId, [id]]]);
    // The owners see everything.
    expect(await list(owner)).toEqual([id]);
    // A spender cannot pay, whatever the status.
    expect((await author.client.post(`/api/v1/invoices/${id}/move`, {to: 'paid'})).status).toBe(409);
  });
});
