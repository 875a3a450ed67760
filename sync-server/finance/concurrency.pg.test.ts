// F5 under concurrency: twenty invoices on one budget line, each sent for
// approval while the line was empty (so none was given the finance director's
// step), then all decided at the same moment by twenty parallel calls. The
// last approval takes the line's advisory lock and re-reads the committed
// figures after it: the sum approved without the extra step never passes the
// limit; the rest wait for the finance director, who can still approve them.
import {afterAll, describe, expect, it} from 'vitest';
import {approvalsOf, financeCompany, member, pool, upload} from './testing.ts';

afterAll(() => pool.end());

const LIMIT = 100_000_000; // 1,000,000 ₸
const AMOUNT = 7_000_000; // 70,000 ₸: fourteen fit, twenty do not

describe('twenty invoices decided at once on one budget line', () => {
  it('never approves past the limit without the finance director', async () => {
    const {owner, lineId, counterpartyId} = await financeCompany('Финансы: гонка', {plan: LIMIT, limit: LIMIT});
    // One step by finance, the finance director when past the limit.
    const chain = [
      {key: 'finance', name: 'Бухгалтерия', role: 'finance', group: 0},
      {key: 'cfo', name: 'Финансовый директор', role: 'cfo', group: 1, overLimit: true},
    ];
    expect((await owner.put('/api/v1/finance/settings', {invoiceChain: chain, documentChain: chain.slice(0, 1), remindDays: 14})).status).toBe(204);
    const fin = await member(owner, 'Бухгалтер Айгуль', 'finance');
    const cfo = await member(owner, 'Финдиректор Марат', 'cfo');
    const fileId = await upload(owner, 'invoice.pdf');

    const ids: string[] = [];
    for (let i = 0; i < 20; i++) {
      const id = crypto.randomUUID();
      const made = await owner.post('/api/v1/invoices', {
        id,
        number: `Г-${i}`,
        counterpartyId,
        amount: AMOUNT,
        budgetLineId: lineId,
        invoiceDate: '2026-12-06',
        payBy: '2026-12-20',
        fileId,
      });
      expect(made.status, JSON.stringify(made.body)).toBe(201);
      expect((await owner.post(`/api/v1/invoices/${id}/submit`, {})).status).toBe(200);
      ids.push(id);
    }
    const steps = await Promise.all(ids.map(async (id) => (await approvalsOf(owner, id))[0]!));
    expect(steps.every((s) => s.stepKey === 'finance')).toBe(true);

    // All twenty at once.
    const answers = await Promise.all(steps.map((s) => fin.client.post(`/api/v1/approvals/${s.id}/decide`, {decision: 'approved'})));
    expect(answers.map((a) => a.status)).toEqual(ids.map(() => 204));

    const {rows} = await pool.query<{id: string; status: string; amount_kzt: string; limit_steps: number}>(
      `select i.id, i.status, i.amount_kzt::text,
              (select count(*)::int from approval a where a.entity_id = i.id and a.why = 'limit') as limit_steps
         from invoice i where i.budget_line_id = $1`,
      [lineId],
    );
    const plain = rows.filter((r) => r.status === 'approved' && r.limit_steps === 0);
    const waiting = rows.filter((r) => r.status === 'approval');
    const sum = plain.reduce((s, r) => s + Number(r.amount_kzt), 0);
    expect(sum).toBeLessThanOrEqual(LIMIT);
    // Decided one after another under the lock: exactly as many as fit, the rest wait for the finance director.
    expect(plain.length).toBe(Math.floor(LIMIT / AMOUNT));
    expect(waiting.length).toBe(20 - plain.length);
    expect(waiting.every((r) => r.limit_steps === 1)).toBe(true);

    // The finance director approves one past the limit: it is approved, knowingly.
    const extra = (await approvalsOf(owner, waiting[0]!.id)).find((a) => a.why === 'limit')!;
    expect(extra).toMatchObject({stepKey: 'cfo', decision: 'pending'});
    expect((await cfo.client.post(`/api/v1/approvals/${extra.id}/decide`, {decision: 'approved'})).status).toBe(204);
    expect((await owner.get(`/api/v1/invoices/${waiting[0]!.id}`)).body.status).toBe('approved');
  });
});
