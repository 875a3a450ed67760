import {describe, expect, it} from 'vitest';
import {createInvoiceArgs, decideArgs, saveCounterpartyArgs, saveLineArgs} from './validation.ts';
import {ibanKzFor} from './kz.ts';

const issues = (r: {success: boolean; error?: {issues: {path: PropertyKey[]; message: string}[]}}) =>
  (r.error?.issues ?? []).map((i) => `${i.path.join('.')}:${i.message}`);

describe('finance arguments', () => {
  it('names the field of a wrong BIN, IBAN or BIK with its own message', () => {
    const r = saveCounterpartyArgs.safeParse({id: 'c', name: 'ТОО «Ромашка»', bin: '900515301235', iban: 'KZ00125KZT5004100100', bik: 'XX', createdAt: 1});
    expect(issues(r)).toEqual(['bin:finance.v.bin', 'iban:finance.v.iban', 'bik:finance.v.bik']);
  });
  it('normalizes a good account and keeps empty details empty', () => {
    const iban = ibanKzFor('125KZT5004100100');
    const r = saveCounterpartyArgs.parse({id: 'c', name: 'X', bin: '240540123458', iban: iban.toLowerCase(), bik: 'kcjbkzkx', createdAt: 1});
    expect(r).toMatchObject({iban, bik: 'KCJBKZKX', bank: '', contact: ''});
    expect(saveCounterpartyArgs.parse({id: 'c', name: 'X', createdAt: 1})).toMatchObject({bin: '', iban: '', bik: ''});
  });
  it('takes periods as months, quarters or years', () => {
    for (const period of ['2026-12', '2026-Q4', '2026'])
      expect(saveLineArgs.safeParse({id: 'l', period, itemId: 'i', plan: 1, createdAt: 1}).success).toBe(true);
    expect(issues(saveLineArgs.safeParse({id: 'l', period: '2026-13', itemId: 'i', plan: 1, createdAt: 1}))).toEqual(['period:finance.v.period']);
  });
  it('wants a whole positive amount, a date and a currency of three letters', () => {
    const r = createInvoiceArgs.safeParse({id: 'i', amount: 0.5, currency: 'usdx', invoiceDate: '06.12.2026', createdAt: 1});
    expect(issues(r)).toEqual(['amount:finance.v.amount', 'currency:finance.v.currency', 'invoiceDate:finance.v.date']);
    expect(createInvoiceArgs.parse({id: 'i', amount: 100, invoiceDate: '2026-12-06', createdAt: 1}).currency).toBe('KZT');
  });
  it('needs a reason to reject or return, not to approve', () => {
    expect(decideArgs.safeParse({id: 'a', decision: 'approved', at: 1}).success).toBe(true);
    expect(issues(decideArgs.safeParse({id: 'a', decision: 'rejected', reason: ' ', at: 1}))).toEqual(['reason:finance.v.reason']);
  });
});
