import {describe, expect, it} from 'vitest';
import {createTranslator} from '../i18n/translate.ts';
import {invoiceTable, reportTable} from './export.ts';

const t = createTranslator('ru');

describe('finance spreadsheets', () => {
  it('writes the registry with Russian headers, tenge as numbers and who approved the current round', () => {
    const table = invoiceTable(
      [
        {
          number: 'СФ-1',
          invoice_date: '2026-12-06',
          amount: 100_00,
          currency: 'USD',
          rate: 512.5,
          amount_kzt: 5_125_000,
          purpose: 'Лицензия',
          project: 'Сайт',
          branch: '',
          pay_by: '2026-12-20',
          status: 'paid',
          paid_on: '2026-12-10',
          round: 2,
          counterparty: {name: 'ТОО «Ёж»', bin: '240540123458'},
          line: {period: '2026-12', item: {name: 'ИТ'}},
          approvals: [
            {round: 1, decision: 'approved', decider: {name: 'Старый'}},
            {round: 2, decision: 'approved', decider: {name: 'Айгуль'}},
            {round: 2, decision: 'void', decider: null},
          ],
        },
      ],
      t,
    );
    expect(table[0]).toContain('БИН/ИИН');
    expect(table[1]).toEqual([
      'СФ-1',
      '2026-12-06',
      'ТОО «Ёж»',
      '240540123458',
      100,
      'USD',
      512.5,
      51250,
      'Лицензия',
      'Сайт',
      '',
      'ИТ (2026-12)',
      '2026-12-20',
      'Оплачен',
      'Айгуль',
      '2026-12-10',
    ]);
  });
  it('writes the report with the state in words and the reasons', () => {
    const [header, row] = reportTable(
      [
        {
          period: '2026-12',
          lineIds: ['l'],
          itemId: 'i',
          item: 'Аренда',
          project: '',
          branch: '',
          plan: 100_00,
          limit: 100_00,
          actual: 120_00,
          committed: 0,
          forecast: 0,
          remainder: -20_00,
          deviation: 20_00,
          state: 'over',
          notes: ['Курс', 'Ремонт'],
        },
      ],
      t,
    );
    expect(header![11]).toBe('Итог');
    expect(row!.slice(-3)).toEqual([20, 'перерасход', 'Курс; Ремонт']);
  });
});
