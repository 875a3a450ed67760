import {describe, expect, it} from 'vitest';
import {checkInvoiceMove, invoiceSnapshot} from './lifecycle.ts';
import {checkDocumentMove, documentSnapshot} from '../documents/lifecycle.ts';

const ready = {status: 'received', counterparty_id: 'c1', budget_line_id: 'l1', pay_by: '2026-12-20', basis_id: null};

describe('invoice lifecycle', () => {
  it('names what an invoice lacks before it can go for approval', () => {
    const blockers = checkInvoiceMove(invoiceSnapshot({...ready, counterparty_id: null}, [], []), 'approval');
    expect(blockers).toEqual([
      {kind: 'field_missing', field: 'counterparty', label: {ru: 'Контрагент', kk: 'Контрагент', en: 'Counterparty'}},
      {kind: 'file_missing', fileKind: 'invoice'},
    ]);
    expect(checkInvoiceMove(invoiceSnapshot(ready, ['invoice'], []), 'approval')).toEqual([]);
  });

  it('cannot go to payment without the basis, the file and every approval', () => {
    const approved = {...ready, status: 'approved'};
    const blockers = checkInvoiceMove(invoiceSnapshot(approved, [], ['Руководитель']), 'paying');
    expect(blockers.map((b) => b.kind)).toEqual(['field_missing', 'file_missing', 'approvals_pending']);
    expect(checkInvoiceMove(invoiceSnapshot({...approved, basis_id: 'd1'}, ['invoice'], []), 'paid')).toEqual([]);
  });

  it('asks a reason to reject or return', () => {
    const s = invoiceSnapshot({...ready, status: 'approval'}, ['invoice'], ['Бухгалтерия']);
    expect(checkInvoiceMove(s, 'rejected')).toEqual([{kind: 'comment_required'}]);
    expect(checkInvoiceMove(s, 'returned', 'нет акта')).toEqual([]);
    expect(checkInvoiceMove(s, 'closed')).toEqual([{kind: 'no_such_move'}]);
  });
});

describe('document lifecycle', () => {
  it('needs a version to go for approval and every approval to be signed', () => {
    expect(checkDocumentMove(documentSnapshot('draft', 0, []), 'approval')).toEqual([{kind: 'file_missing', fileKind: 'version'}]);
    expect(checkDocumentMove(documentSnapshot('draft', 1, []), 'approval')).toEqual([]);
    expect(checkDocumentMove(documentSnapshot('approval', 1, ['Юрист']), 'signed')).toEqual([{kind: 'approvals_pending', steps: ['Юрист']}]);
    expect(checkDocumentMove(documentSnapshot('approval', 1, []), 'signed')).toEqual([]);
  });
});
