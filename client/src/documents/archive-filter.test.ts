import {describe, expect, it} from 'vitest';
import {filterDocuments, matchesSearch, NO_FILTER} from './archive-filter.ts';
import {addDays, expiryOf, todayIn} from './use-documents.ts';

const doc = (over: Partial<Parameters<typeof matchesSearch>[0]> = {}) => ({
  id: 'd1',
  title: 'Договор аренды офиса',
  number: 'Д-17/2026',
  kind: 'contract',
  status: 'signed',
  project: 'Офис Алматы',
  signed_on: '2026-03-01',
  valid_until: '2027-03-01',
  counterparty_id: 'c1',
  counterparty: {name: 'ТОО «Алатау Плаза»', bin: '123456789012'},
  ...over,
});

describe('archive search', () => {
  it('finds by title, number, counterparty name or BIN, in any case, ё as е, quotes ignored', () => {
    expect(matchesSearch(doc(), 'аренды')).toBe(true);
    expect(matchesSearch(doc(), 'д-17')).toBe(true);
    expect(matchesSearch(doc(), 'тоо алатау')).toBe(true);
    expect(matchesSearch(doc(), '1234567890')).toBe(true);
    expect(matchesSearch(doc({title: 'Счёт на оплату'}), 'счет')).toBe(true);
    expect(matchesSearch(doc(), 'поставки')).toBe(false);
  });

  it('narrows by kind, status, counterparty, project and the signing dates; files found by text join the search', () => {
    const rows = [doc(), doc({id: 'd2', kind: 'act', signed_on: '2026-06-10', counterparty_id: 'c2', counterparty: {name: 'ИП Сейткали', bin: ''}})];
    expect(filterDocuments(rows, {...NO_FILTER, kind: 'act'}, '2026-12-06').map((d) => d.id)).toEqual(['d2']);
    expect(filterDocuments(rows, {...NO_FILTER, counterpartyId: 'c1'}, '2026-12-06').map((d) => d.id)).toEqual(['d1']);
    expect(filterDocuments(rows, {...NO_FILTER, from: '2026-04-01'}, '2026-12-06').map((d) => d.id)).toEqual(['d2']);
    expect(filterDocuments(rows, {...NO_FILTER, to: '2026-04-01'}, '2026-12-06').map((d) => d.id)).toEqual(['d1']);
    expect(filterDocuments(rows, {...NO_FILTER, project: 'офис алматы'}, '2026-12-06')).toHaveLength(2);
    expect(filterDocuments(rows, {...NO_FILTER, q: 'сейткали'}, '2026-12-06').map((d) => d.id)).toEqual(['d2']);
    expect(filterDocuments(rows, {...NO_FILTER, q: 'неустойка'}, '2026-12-06', new Set(['d1'])).map((d) => d.id)).toEqual(['d1']);
  });

  it('marks signed documents expiring within 30 days, and those past their date', () => {
    expect(expiryOf({status: 'signed', valid_until: '2026-12-20'}, '2026-12-06')).toBe('soon');
    expect(expiryOf({status: 'signed', valid_until: '2026-12-01'}, '2026-12-06')).toBe('past');
    expect(expiryOf({status: 'signed', valid_until: '2027-06-01'}, '2026-12-06')).toBe('none');
    expect(expiryOf({status: 'closed', valid_until: '2026-12-01'}, '2026-12-06')).toBe('none');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(todayIn('Asia/Almaty', Date.UTC(2026, 11, 6, 20))).toBe('2026-12-07');
  });
});
