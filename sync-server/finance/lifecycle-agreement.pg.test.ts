// "An invoice move refused on the device is refused on the server too":
// random invoices (with or without a counterparty, budget line, pay-by date,
// invoice file and basis), brought to a random status (received, on
// approval, approved, returned), then moved to a random status. The device's
// answer (the pure lifecycle over what the device reads of the card) must be
// the server's answer, reason for reason.
import fc from 'fast-check';
import {afterAll, describe, expect, it} from 'vitest';
import {pendingStepNames} from '#shared/finance/chain.ts';
import {checkInvoiceMove, INVOICE_STATUSES, invoiceSnapshot} from '#shared/finance/lifecycle.ts';
import {contract, financeCompany, pool, upload} from './testing.ts';

afterAll(() => pool.end());

type Card = {
  status: string;
  round: number;
  counterpartyId: string | null;
  budgetLineId: string | null;
  payBy: string;
  basisId: string | null;
  attachments: {kind: string}[];
  approvals: {id: string; name: string; stepKey: string; grp: number; role: string; memberId: string | null; decision: string; round: number}[];
};

describe('the invoice lifecycle on the device and on the server', () => {
  it('refuses and allows the same moves, for the same reasons', async () => {
    const {owner, lineId, counterpartyId, companyId} = await financeCompany('Финансы: согласие');
    const fileId = await upload(owner, 'invoice.pdf');
    const basis = await contract(companyId);
    let allowed = 0;
    let refused = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          counterparty: fc.boolean(),
          line: fc.boolean(),
          payBy: fc.boolean(),
          file: fc.boolean(),
          basis: fc.boolean(),
          start: fc.constantFrom('received', 'approval', 'approved', 'returned'),
          to: fc.constantFrom(...INVOICE_STATUSES.filter((s) => s !== 'approved')),
          comment: fc.constantFrom('', 'Нет договора'),
        }),
        async (c) => {
          // Only a complete invoice can have been sent for approval.
          const ready = c.start === 'received' ? c : {...c, counterparty: true, line: true, payBy: true, file: true};
          const id = crypto.randomUUID();
          const made = await owner.post('/api/v1/invoices', {
            id,
            amount: 1_000_00,
            invoiceDate: '2026-12-06',
            ...(ready.counterparty && {counterpartyId}),
            ...(ready.line && {budgetLineId: lineId}),
            ...(ready.payBy && {payBy: '2026-12-20'}),
            ...(ready.file && {fileId}),
            ...(ready.basis && {basisId: basis}),
          });
          expect(made.status, JSON.stringify(made.body)).toBe(201);
          if (c.start !== 'received') {
            expect((await owner.post(`/api/v1/invoices/${id}/submit`, {})).status).toBe(200);
            if (c.start !== 'approval') {
              const [step] = (await owner.get(`/api/v1/invoices/${id}`)).body.approvals;
              const decision = c.start === 'approved' ? {decision: 'approved'} : {decision: 'returned', reason: 'Доработать'};
              const decided = await owner.post(`/api/v1/approvals/${step.id}/decide`, decision);
              expect(decided.status, JSON.stringify(decided.body)).toBe(204);
            }
          }
          // What the device knows: the card.
          const card = (await owner.get(`/api/v1/invoices/${id}`)).body as Card;
          expect(card.status).toBe(c.start);
          const rows = card.approvals
            .filter((a) => a.round === card.round)
            .map((a) => ({step_key: a.stepKey, name: a.name, grp: a.grp, role: a.role, member_id: a.memberId, decision: a.decision}));
          const snapshot = invoiceSnapshot(
            {status: card.status, counterparty_id: card.counterpartyId, budget_line_id: card.budgetLineId, pay_by: card.payBy, basis_id: card.basisId},
            card.attachments.map((a) => a.kind),
            pendingStepNames(rows),
          );
          const device = c.to === card.status ? [] : checkInvoiceMove(snapshot, c.to, c.comment);

          const server =
            c.to === 'approval'
              ? await owner.post(`/api/v1/invoices/${id}/submit`, {})
              : await owner.post(`/api/v1/invoices/${id}/move`, {to: c.to, ...(c.comment && {comment: c.comment})});
          if (!device.length) {
            allowed++;
            expect(server.status, `${JSON.stringify(c)} → ${JSON.stringify(server.body)}`).toBe(200);
            expect(server.body.status).toBe(c.to);
          } else if (device.some((b) => b.kind === 'no_such_move')) {
            refused++;
            // Submitting what is on approval already is a replay: nothing changes.
            if (c.to === 'approval' && card.status === 'approval') expect(server.status).toBe(200);
            else expect(server.status, `${JSON.stringify(c)} → ${JSON.stringify(server.body)}`).toBe(409);
          } else {
            refused++;
            expect(server.status, `${JSON.stringify(c)} → ${JSON.stringify(server.body)}`).toBe(422);
            expect(server.body.error.blockers).toEqual(device);
          }
        },
      ),
      {numRuns: 60},
    );
    expect(allowed).toBeGreaterThan(3);
    expect(refused).toBeGreaterThan(3);
  });
});
