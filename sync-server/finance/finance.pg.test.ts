// Invoices to payment (F1–F5) through the same mutators the app runs, over
// REST: a counterparty's BIN is checked; an invoice of 600,000 ₸ asks finance,
// then the head (the amount); the head cannot jump the queue; the last
// approval commits it to its budget line; finance pays it and the line's
// actual moves; the registry exports to CSV and XLSX with Cyrillic intact;
// an invoice past the limit asks the finance director from the start; a
// decision sent after a colleague decided is refused naming them; a document
// returned goes back to draft; an overdue step reminds, then escalates.
import {afterAll, describe, expect, inject, it} from 'vitest';
import {readSheet} from 'read-excel-file/node';
import {lineFigures} from '#shared/finance/budget.ts';
import {approvalsOf, contract, financeCompany, member, pool, upload, type Approval} from './testing.ts';

afterAll(() => pool.end());

describe('invoices with approval chains and budgets', () => {
  it('goes from received to paid through finance and the head; the budget and the export follow', async () => {
    const {owner, me, lineId, counterpartyId, companyId} = await financeCompany('Финансы: путь счёта');
    const fin = await member(owner, 'Бухгалтер Айгуль', 'finance');
    const head = await member(owner, 'Руководитель Ерлан', 'head');

    const bad = await owner.post('/api/v1/counterparties', {name: 'ИП Ошибка', bin: '900515301235', iban: 'KZ00125KZT5004100100'});
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields.map((f: {field: string}) => f.field)).toEqual(['bin', 'iban']);

    const id = crypto.randomUUID();
    const created = await owner.post('/api/v1/invoices', {
      id,
      number: 'СФ-001',
      counterpartyId,
      amount: 60_000_000,
      purpose: 'Аренда склада за декабрь',
      budgetLineId: lineId,
      invoiceDate: '2026-12-06',
      payBy: '2026-12-20',
      basisId: await contract(companyId),
      fileId: await upload(owner, 'invoice.pdf'),
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect(created.body).toMatchObject({status: 'received', amountKzt: 60_000_000, rate: 1, currency: 'KZT'});

    const sent = await owner.post(`/api/v1/invoices/${id}/submit`, {});
    expect(sent.status, JSON.stringify(sent.body)).toBe(200);
    expect(sent.body).toMatchObject({status: 'approval', round: 1});
    const steps = await approvalsOf(owner, id);
    expect(steps.map((s) => [s.stepKey, s.grp, s.why, s.decision])).toEqual([
      ['finance', 0, 'chain', 'pending'],
      ['head', 1, 'amount', 'pending'],
    ]);
    const [finStep, headStep] = steps;

    // The head waits for finance; a reason is needed to return.
    const early = await head.client.post(`/api/v1/approvals/${headStep!.id}/decide`, {decision: 'approved'});
    expect(early.status).toBe(409);
    expect(early.body.error.message).toContain('очередь');
    expect((await fin.client.post(`/api/v1/approvals/${finStep!.id}/decide`, {decision: 'returned'})).status).toBe(400);

    // "На согласовании у меня": the head sees the step once finance approved.
    expect((await fin.client.post(`/api/v1/approvals/${finStep!.id}/decide`, {decision: 'approved'})).status).toBe(204);
    expect((await head.client.post(`/api/v1/approvals/${headStep!.id}/decide`, {decision: 'approved'})).status).toBe(204);
    // Each group's approvers were told when its turn came; the author, of the outcome.
    await owner.post('/__test/jobs/run', {});
    const told = await pool.query(`select kind, member_id, title from notification where subject_id = $1 and channel = 'inapp' order by created_at, kind`, [
      id,
    ]);
    expect(told.rows.map((r) => [r.kind, r.member_id])).toEqual([
      ['approval.submitted', fin.id],
      ['approval.group', head.id],
      ['approval.approved', me.member.id],
    ]);
    expect(told.rows[0].title).toBe('Согласуйте счёт СФ-001 на 600\u00a0000\u00a0₸');
    const approved = (await owner.get(`/api/v1/invoices/${id}`)).body;
    expect(approved.status).toBe('approved');
    expect(approved.approvedAt).toBeGreaterThan(0);

    const figures = async () => {
      const [line] = (await owner.get('/api/v1/budget-lines?period=2026-12')).body.data;
      return lineFigures(
        {plan: line.plan, limit_amount: line.limitAmount},
        line.invoices.map((i: {id: string; status: string; amountKzt: number}) => ({id: i.id, status: i.status, amount_kzt: i.amountKzt})),
      );
    };
    expect(await figures()).toMatchObject({committed: 60_000_000, actual: 0, remainder: 40_000_000});

    // Head cannot pay; finance can.
    expect((await head.client.post(`/api/v1/invoices/${id}/move`, {to: 'paid'})).status).toBe(409);
    const paid = await fin.client.post(`/api/v1/invoices/${id}/move`, {to: 'paid', paidOn: '2026-12-10'});
    expect(paid.status, JSON.stringify(paid.body)).toBe(200);
    expect(paid.body).toMatchObject({status: 'paid', paidOn: '2026-12-10', paidBy: fin.id});
    expect(await figures()).toMatchObject({committed: 0, actual: 60_000_000, remainder: 40_000_000});

    // The export: the registry as filtered, Cyrillic intact, semicolons and a BOM; and as XLSX.
    const csv = await fetch(`${inject('baseUrl')}/api/v1/invoices/export?format=csv&status=paid&q=склад`, {headers: {cookie: owner.cookie}});
    expect(csv.status).toBe(200);
    const text = new TextDecoder('utf-8', {ignoreBOM: true}).decode(await csv.arrayBuffer());
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const lines = text.slice(1).split('\r\n');
    expect(lines[0]).toContain('Номер;Дата;Контрагент;БИН/ИИН;Сумма');
    expect(lines[1]).toContain('СФ-001;2026-12-06;ТОО «Ромашка»;240540123458;600000;KZT');
    expect(lines[1]).toContain('Оплачен');
    expect(lines[1], lines[1]).toContain('Бухгалтер Айгуль, Руководитель Ерлан');
    const none = await fetch(`${inject('baseUrl')}/api/v1/invoices/export?format=csv&status=rejected`, {headers: {cookie: owner.cookie}});
    expect((await none.text()).trim().split('\r\n')).toHaveLength(1);
    const xlsx = await fetch(`${inject('baseUrl')}/api/v1/invoices/export?format=xlsx`, {headers: {cookie: owner.cookie}});
    expect(xlsx.headers.get('content-type')).toContain('spreadsheetml');
    const book = Buffer.from(await xlsx.arrayBuffer());
    expect(book.subarray(0, 2).toString()).toBe('PK');
    const sheet = (await readSheet(book)) as unknown[][];
    expect(sheet[0]!.slice(0, 5)).toEqual(['Номер', 'Дата', 'Контрагент', 'БИН/ИИН', 'Сумма']);
    expect(sheet[1]!.slice(0, 5)).toEqual(['СФ-001', '2026-12-06', 'ТОО «Ромашка»', '240540123458', 600000]);

    // The report: under plan in December, with the reason written on the line.
    expect((await owner.put(`/api/v1/budget-lines/${lineId}/note`, {note: 'Склад арендовали дешевле'})).status).toBe(204);
    const report = (await owner.get('/api/v1/budget/report?from=2026-01&to=2026-12')).body.data;
    expect(report).toMatchObject([
      {period: '2026-12', item: 'Аренда', actual: 60_000_000, deviation: -40_000_000, state: 'under', notes: ['Склад арендовали дешевле']},
    ]);
    const reportCsv = await fetch(`${inject('baseUrl')}/api/v1/budget/report?format=csv`, {headers: {cookie: owner.cookie}});
    expect(await reportCsv.text()).toContain('недорасход;Склад арендовали дешевле');

    // The line is in use: it cannot be removed.
    expect((await owner.req('DELETE', `/api/v1/budget-lines/${lineId}`)).status).toBe(409);
  });

  it('asks the finance director from the start when the invoice takes the line past its limit', async () => {
    const {owner, lineId, counterpartyId} = await financeCompany('Финансы: лимит');
    const make = async (amount: number) => {
      const id = crypto.randomUUID();
      const fileId = await upload(owner, 'invoice.pdf');
      expect(
        (await owner.post('/api/v1/invoices', {id, counterpartyId, amount, budgetLineId: lineId, invoiceDate: '2026-12-06', payBy: '2026-12-20', fileId}))
          .status,
      ).toBe(201);
      expect((await owner.post(`/api/v1/invoices/${id}/submit`, {})).status).toBe(200);
      return id;
    };
    const small = await make(30_000_000);
    expect((await approvalsOf(owner, small)).map((s) => s.stepKey)).toEqual(['finance']);
    const big = await make(130_000_000);
    expect((await approvalsOf(owner, big)).map((s) => [s.stepKey, s.why])).toEqual([
      ['finance', 'chain'],
      ['head', 'amount'],
      ['cfo', 'limit'],
    ]);
  });

  it('refuses a decision sent after a colleague decided, naming them; the rejection voids the rest', async () => {
    const {owner, lineId, counterpartyId} = await financeCompany('Финансы: офлайн');
    const first = await member(owner, 'Бухгалтер Айгуль', 'finance');
    const second = await member(owner, 'Бухгалтер Бахыт', 'finance');
    const id = crypto.randomUUID();
    const fileId = await upload(owner, 'invoice.pdf');
    expect(
      (
        await owner.post('/api/v1/invoices', {
          id,
          counterpartyId,
          amount: 60_000_000,
          budgetLineId: lineId,
          invoiceDate: '2026-12-06',
          payBy: '2026-12-20',
          fileId,
        })
      ).status,
    ).toBe(201);
    expect((await owner.post(`/api/v1/invoices/${id}/submit`, {})).status).toBe(200);
    const [step] = await approvalsOf(owner, id);
    expect((await first.client.post(`/api/v1/approvals/${step!.id}/decide`, {decision: 'rejected', reason: 'Нет договора'})).status).toBe(204);
    const opId = crypto.randomUUID();
    const late = await second.client.post(`/api/v1/approvals/${step!.id}/decide`, {decision: 'approved'}, {'idempotency-key': opId});
    expect(late.status).toBe(409);
    // Recorded for the device's outbox, which shows the refusal with its reason.
    const refused = await pool.query(`select mutator, code, details from refused_op where op_id = $1`, [opId]);
    expect(refused.rows[0]).toMatchObject({
      mutator: 'approval.decide',
      code: 'conflict',
      details: {messageKey: 'finance.approvalDecided', params: {who: 'Бухгалтер Айгуль'}},
    });
    expect(late.body.error.message).toBe('Уже решено: Бухгалтер Айгуль');
    expect(late.body.error).toMatchObject({code: 'conflict', current: 'rejected', attempted: 'approved'});
    const inv = (await owner.get(`/api/v1/invoices/${id}`)).body;
    expect(inv).toMatchObject({status: 'rejected', reason: 'Нет договора'});
    expect(inv.approvals.map((a: Approval) => [a.stepKey, a.decision])).toEqual([
      ['finance', 'rejected'],
      ['head', 'void'],
    ]);
    // The same decision replayed by its author changes nothing and is not refused.
    expect((await first.client.post(`/api/v1/approvals/${step!.id}/decide`, {decision: 'rejected', reason: 'Нет договора'})).status).toBe(204);
    // Returned work goes round again: received → rejected by hand needs a reason.
    expect((await owner.post(`/api/v1/invoices/${id}/move`, {to: 'paid'})).status).toBe(409);
  });

  it('makes an invoice from a payment request, its invoice and basis files attached', async () => {
    const {owner, lineId} = await financeCompany('Финансы: из заявки');
    expect((await owner.post('/api/v1/request-types/templates/back_office')).status).toBe(201);
    const payment = ((await owner.get('/api/v1/request-types')).body.data as {id: string; key: string}[]).find((t) => t.key === 'payment')!;
    const request = await owner.post('/api/v1/requests', {typeId: payment.id, title: 'Оплата бумаги', fields: {supplier: 'ТОО «Бумага»', amount: 250_000_00}});
    expect(request.status, JSON.stringify(request.body)).toBe(201);
    for (const kind of ['invoice', 'basis', 'photo'])
      expect((await owner.post(`/api/v1/requests/${request.body.id}/attachments`, {fileId: await upload(owner, `${kind}.pdf`), kind})).status).toBe(201);
    const id = crypto.randomUUID();
    const made = await owner.post('/api/v1/invoices', {
      id,
      amount: 250_000_00,
      purpose: 'Бумага А4',
      budgetLineId: lineId,
      invoiceDate: '2026-12-06',
      requestId: request.body.id,
    });
    expect(made.status, JSON.stringify(made.body)).toBe(201);
    expect((await owner.post(`/api/v1/invoices/${id}/attachments`, {fileId: await upload(owner, 'act.pdf'), kind: 'act'})).status).toBe(204);
    expect((await owner.post(`/api/v1/invoices/${id}/attachments`, {fileId: await upload(owner, 'logo.pdf'), kind: 'logo'})).status).toBe(400);
    const card = (await owner.get(`/api/v1/invoices/${id}`)).body;
    expect(card.requestId).toBe(request.body.id);
    expect(card.attachments.map((a: {kind: string}) => a.kind).sort()).toEqual(['act', 'basis', 'invoice']);
    // The act belongs to the invoice only: an executor (requests, no finance.read) cannot fetch it; finance can.
    // The request's own invoice file stays readable to whoever sees the request.
    const actId = card.attachments.find((a: {kind: string}) => a.kind === 'act').fileId as string;
    const requestFile = card.attachments.find((a: {kind: string}) => a.kind === 'invoice').fileId as string;
    const executor = await member(owner, 'Исполнитель Бахыт', 'executor');
    const fin = await member(owner, 'Бухгалтер Гаухар', 'finance');
    expect((await executor.client.get(`/api/v1/files/${actId}`)).status).toBe(404);
    expect((await fin.client.get(`/api/v1/files/${actId}`)).status).toBe(200);
    expect((await executor.client.get(`/api/v1/files/${requestFile}`)).status).toBe(200);
    // A foreign currency needs a rate: given, or from the company's table on the invoice date.
    const usd = await owner.post('/api/v1/invoices', {amount: 100_00, currency: 'USD', invoiceDate: '2026-12-06'});
    expect(usd.status).toBe(400);
    expect(usd.body.error.fields.map((f: {field: string}) => f.field)).toEqual(['rate']);
    expect((await owner.post('/api/v1/rates', {currency: 'USD', onDate: '2026-12-01', rate: 512.5})).status).toBe(204);
    const withRate = await owner.post('/api/v1/invoices', {amount: 100_00, currency: 'USD', invoiceDate: '2026-12-06'});
    expect(withRate.body).toMatchObject({rate: 512.5, amountKzt: 5_125_000});
  });

  it('sends a returned document back to draft with the reason', async () => {
    const {owner, companyId} = await financeCompany('Финансы: документ');
    const lawyer = await member(owner, 'Юрист Дана', 'lawyer');
    const doc = await contract(companyId, 'Договор поставки');
    await pool.query(`update document set status = 'approval', round = 1 where id = $1`, [doc]);
    const step = crypto.randomUUID();
    await pool.query(
      `insert into approval (id, company_id, entity, entity_id, round, step_key, name, role, grp, decision, created_at)
       values ($1, $2, 'document', $3, 1, 'lawyer', 'Юрист', 'lawyer', 0, 'pending', now())`,
      [step, companyId, doc],
    );
    expect((await lawyer.client.post(`/api/v1/approvals/${step}/decide`, {decision: 'returned', reason: 'Исправьте реквизиты'})).status).toBe(204);
    const {rows} = await pool.query('select status, reason from document where id = $1', [doc]);
    expect(rows[0]).toEqual({status: 'draft', reason: 'Исправьте реквизиты'});
  });

  it('reminds the approvers of an overdue step once, then escalates to the heads', async () => {
    const {owner, lineId, counterpartyId} = await financeCompany('Финансы: сроки');
    await member(owner, 'Бухгалтер Айгуль', 'finance');
    const id = crypto.randomUUID();
    const fileId = await upload(owner, 'invoice.pdf');
    expect(
      (
        await owner.post('/api/v1/invoices', {
          id,
          counterpartyId,
          amount: 1_000_00,
          budgetLineId: lineId,
          invoiceDate: '2026-12-06',
          payBy: '2026-12-20',
          fileId,
        })
      ).status,
    ).toBe(201);
    expect((await owner.post(`/api/v1/invoices/${id}/submit`, {})).status).toBe(200);
    const [step] = await approvalsOf(owner, id);
    await pool.query(`update approval set due_at = now() - interval '1 hour' where id = $1`, [step!.id]);
    for (let i = 0; i < 3; i++) await owner.post('/__test/jobs/run', {});
    let row = (await pool.query('select reminded_at, escalated_at from approval where id = $1', [step!.id])).rows[0];
    expect(row.reminded_at).not.toBeNull();
    expect(row.escalated_at).toBeNull();
    await pool.query(`update approval set due_at = now() - interval '25 hours', reminded_at = now() where id = $1`, [step!.id]);
    for (let i = 0; i < 3; i++) await owner.post('/__test/jobs/run', {});
    row = (await pool.query('select reminded_at, escalated_at from approval where id = $1', [step!.id])).rows[0];
    expect(row.escalated_at).not.toBeNull();
    const {rows} = await pool.query(`select count(*)::int as n from notification where kind = 'approval.escalate' and subject_id = $1`, [id]);
    expect(rows[0].n).toBeGreaterThan(0);
  });
});
