import {describe, expect, it} from 'vitest';
import {filterInvoices, registryFilterSchema, sortInvoices, type RegistryRow} from './registry.ts';

const row = (id: string, o: Partial<RegistryRow> = {}): RegistryRow => ({
  id,
  number: `№${id}`,
  status: 'received',
  counterparty_id: 'c1',
  budget_line_id: 'l1',
  purpose: '',
  project: '',
  branch: '',
  invoice_date: '2026-12-01',
  pay_by: '',
  amount_kzt: 100,
  created_at: 1,
  counterparty: {name: 'ТОО «Ёлка»', bin: '240540123458'},
  ...o,
});

const rows = [
  row('1', {status: 'approval', purpose: 'Аренда офиса', project: 'Склад', invoice_date: '2026-11-30', pay_by: '2026-12-10', created_at: 3}),
  row('2', {
    status: 'paid',
    counterparty_id: 'c2',
    counterparty: {name: 'ИП Петров', bin: '900515301234'},
    budget_line_id: 'l2',
    branch: 'Алматы',
    created_at: 2,
    amount_kzt: 500,
  }),
  row('3', {status: 'rejected', invoice_date: '2026-12-15', created_at: 1, amount_kzt: 50}),
];

describe('the registry filter', () => {
  it('keeps everything with an empty filter', () => expect(filterInvoices(rows, {}).map((r) => r.id)).toEqual(['1', '2', '3']));
  it('finds words in the number, purpose and counterparty (ё as е, any case), all words needed', () => {
    expect(filterInvoices(rows, {q: 'аренда'}).map((r) => r.id)).toEqual(['1']);
    expect(filterInvoices(rows, {q: 'елка'}).map((r) => r.id)).toEqual(['1', '3']);
    expect(filterInvoices(rows, {q: '900515'}).map((r) => r.id)).toEqual(['2']);
    expect(filterInvoices(rows, {q: 'елка аренда'}).map((r) => r.id)).toEqual(['1']);
  });
  it('filters by status, counterparty, line, project, branch, dates and pay-by', () => {
    expect(filterInvoices(rows, {status: ['paid', 'rejected']}).map((r) => r.id)).toEqual(['2', '3']);
    expect(filterInvoices(rows, {counterpartyId: 'c2'}).map((r) => r.id)).toEqual(['2']);
    expect(filterInvoices(rows, {lineId: 'l1'}).map((r) => r.id)).toEqual(['1', '3']);
    expect(filterInvoices(rows, {project: 'Склад'}).map((r) => r.id)).toEqual(['1']);
    expect(filterInvoices(rows, {branch: 'Алматы'}).map((r) => r.id)).toEqual(['2']);
    expect(filterInvoices(rows, {from: '2026-12-01', to: '2026-12-14'}).map((r) => r.id)).toEqual(['2']);
    expect(filterInvoices(rows, {payByTo: '2026-12-31'}).map((r) => r.id)).toEqual(['1']);
  });
  it('reads a query string the same way (status=a,b)', () => {
    const f = registryFilterSchema.parse({status: 'paid, rejected', q: 'x'});
    expect(f.status).toEqual(['paid', 'rejected']);
  });
  it('sorts newest first by default, by amount or date on demand, ties by id', () => {
    expect(sortInvoices(rows).map((r) => r.id)).toEqual(['1', '2', '3']);
    expect(sortInvoices(rows, 'amount', 'asc').map((r) => r.id)).toEqual(['3', '1', '2']);
    expect(sortInvoices(rows, 'invoiceDate', 'desc').map((r) => r.id)).toEqual(['3', '2', '1']);
    expect(sortInvoices(rows, 'payBy', 'asc')[0]!.id).toBe('1');
  });
});
