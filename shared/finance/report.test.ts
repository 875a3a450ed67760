import {describe, expect, it} from 'vitest';
import {budgetReport, granularityOf, invoicesByLine, monthsOf, rollPeriod, type ReportLine} from './report.ts';

const line = (id: string, period: string, o: Partial<ReportLine> = {}): ReportLine => ({
  id,
  period,
  item_id: 'rent',
  project: '',
  branch: '',
  plan: 1000,
  note: '',
  item: {name: 'Аренда'},
  ...o,
});

describe('periods', () => {
  it('knows months, quarters and years', () => {
    expect(['2026-12', '2026-Q4', '2026'].map(granularityOf)).toEqual(['month', 'quarter', 'year']);
    expect(monthsOf('2026-Q2')).toEqual({first: '2026-04', last: '2026-06'});
    expect(monthsOf('2026')).toEqual({first: '2026-01', last: '2026-12'});
    expect(rollPeriod('2026-11', 'quarter')).toBe('2026-Q4');
    expect(rollPeriod('2026-Q1', 'year')).toBe('2026');
    expect(rollPeriod('2026', 'month')).toBe('2026');
  });
});

describe('the over/under report', () => {
  const lines = [
    line('a', '2026-01', {note: 'Подорожала аренда'}),
    line('b', '2026-02'),
    line('c', '2026-Q2', {item_id: 'it', item: {name: 'ИТ'}, plan: 5000}),
    line('d', '2027-01'),
  ];
  const invoices = [
    {id: '1', status: 'paid', amount_kzt: 1200, budget_line_id: 'a'},
    {id: '2', status: 'approved', amount_kzt: 300, budget_line_id: 'b'},
    {id: '3', status: 'approval', amount_kzt: 999, budget_line_id: 'b'},
    {id: '4', status: 'rejected', amount_kzt: 999, budget_line_id: 'c'},
    {id: '5', status: 'closed', amount_kzt: 5000, budget_line_id: 'c'},
  ];
  it('says over, under or on plan per period and line, with the notes', () => {
    const rows = budgetReport(lines, invoicesByLine(invoices), {from: '2026-01', to: '2026-12'});
    expect(rows.map((r) => [r.period, r.item, r.state, r.deviation, r.notes])).toEqual([
      ['2026-01', 'Аренда', 'over', 200, ['Подорожала аренда']],
      ['2026-02', 'Аренда', 'under', -700, []],
      ['2026-Q2', 'ИТ', 'on', 0, []],
    ]);
    expect(rows[1]).toMatchObject({actual: 0, committed: 300, forecast: 999, remainder: 700});
  });
  it('rolls months up into quarters', () => {
    const rows = budgetReport(lines, invoicesByLine(invoices), {from: '2026-01', to: '2026-03', by: 'quarter'});
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({period: '2026-Q1', plan: 2000, actual: 1200, committed: 300, deviation: -500, state: 'under', lineIds: ['a', 'b']});
  });
});
