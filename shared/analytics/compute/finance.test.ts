// Payments by stage, budget plan vs actual, and the tasks' workload against
// brute-force counts; one budget quarter by hand.
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {localToUtc} from '../../booking/zone.ts';
import {taskStatusKind} from '../../tasks/lifecycle.ts';
import type {AnalyticsInput} from '../input.ts';
import type {FinanceSection, WorkloadSection} from '../types.ts';
import {computeDashboard} from './index.ts';
import {randomCase, type AnalyticsCase} from './testing/arbitrary.ts';
import {inPeriodOf, set, sortedBy} from './testing/brute.ts';

/** Every "YYYY-MM" a budget period names: a month, the three of a quarter, the twelve of a year. */
function monthsRef(period: string): string[] {
  const y = period.slice(0, 4);
  const all = Array.from({length: 12}, (_, i) => `${y}-${String(i + 1).padStart(2, '0')}`);
  if (/^\d{4}-\d{2}$/.test(period)) return [period];
  if (/^\d{4}-Q\d$/.test(period)) return all.slice((Number(period[6]) - 1) * 3, Number(period[6]) * 3);
  return all;
}

function expectedFinance(c: AnalyticsCase): FinanceSection {
  const {input, query: q} = c;
  const inP = inPeriodOf(c);
  const fits = (x: {branch: string; project: string}) =>
    (set(q, 'branch') === null || x.branch === set(q, 'branch')) && (set(q, 'project') === null || x.project === set(q, 'project'));
  const invoices = input.invoices.filter((i) => inP(i.created_at) && fits(i));
  const group = (statuses: string[]) => {
    const of = invoices.filter((i) => statuses.includes(i.status));
    return {count: of.length, amount: of.reduce((s, i) => s + i.amount_kzt, 0)};
  };
  const rangeMonths: string[] = [];
  for (let m = q.from.slice(0, 7); m <= q.to.slice(0, 7);) {
    rangeMonths.push(m);
    const [y, mm] = m.split('-').map(Number);
    m = mm === 12 ? `${y! + 1}-01` : `${y}-${String(mm! + 1).padStart(2, '0')}`;
  }
  const lines = input.budget.filter((l) => fits(l) && monthsRef(l.period).some((m) => rangeMonths.includes(m)));
  return {
    awaiting: group(['approval']),
    paying: group(['approved', 'paying']),
    paid: group(['paid', 'closed']),
    budget: sortedBy(
      lines.map((l) => ({
        key: l.id,
        plan: l.plan,
        actual: l.invoices.filter((i) => i.status === 'paid' || i.status === 'closed').reduce((s, i) => s + i.amount_kzt, 0),
      })),
      ['plan'],
      'key',
    ),
  };
}

function expectedWorkload(c: AnalyticsCase): WorkloadSection {
  const inP = inPeriodOf(c);
  const member = set(c.query, 'responsibleId');
  const tasks = c.input.tasks.filter((t) => t.assignee_id && (member === null || t.assignee_id === member));
  const open = (t: (typeof tasks)[number]) => !['done', 'cancelled'].includes(taskStatusKind(t.status));
  const rows = [...new Set(tasks.map((t) => t.assignee_id!))].map((key) => {
    const mine = tasks.filter((t) => t.assignee_id === key);
    return {
      key,
      open: mine.filter(open).length,
      overdue: mine.filter((t) => open(t) && t.deadline !== null && t.deadline !== undefined && t.deadline < c.now).length,
      closed: mine.filter((t) => taskStatusKind(t.status) === 'done' && t.closed_at !== null && t.closed_at !== undefined && inP(t.closed_at)).length,
    };
  });
  return {
    rows: sortedBy(
      rows.filter((r) => r.open + r.closed > 0),
      ['overdue', 'open'],
      'key',
    ),
  };
}

describe('finance and workload sections', () => {
  it('every figure equals a brute-force count over the same rows', () => {
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        const c = randomCase(seed);
        const d = computeDashboard(c.input, c.query, c.now);
        expect(d.finance).toEqual(expectedFinance(c));
        expect(d.workload).toEqual(expectedWorkload(c));
      }),
      {numRuns: 150},
    );
  });

  it('December in Almaty: invoices by stage, and the Q4 and December lines of the branch', () => {
    const at = (d: string) => localToUtc(d, 600, 'Asia/Almaty');
    const inv = (status: string, amount_kzt: number, branch = 'almaty') => ({status, amount_kzt, branch, project: '', created_at: at('2026-12-03')});
    const line = (id: string, period: string, plan: number, branch = 'almaty') => ({
      id,
      period,
      branch,
      project: '',
      plan,
      invoices: [
        {id: `${id}1`, status: 'paid', amount_kzt: 100},
        {id: `${id}2`, status: 'approved', amount_kzt: 50},
      ],
    });
    const input: AnalyticsInput = {
      timeZone: 'Asia/Almaty',
      grants: {sections: ['finance'], funnelBookings: false, funnelChats: false},
      types: [],
      requests: [],
      stages: [],
      reviews: [],
      siteStats: [],
      conversations: [],
      bookings: [],
      masters: [],
      clients: [],
      tasks: [],
      invoices: [inv('approval', 1000), inv('returned', 500), inv('paying', 700), inv('closed', 300), inv('rejected', 9999), inv('paid', 1, 'astana')],
      budget: [line('q4', '2026-Q4', 5000), line('dec', '2026-12', 9000), line('nov', '2026-11', 1000), line('other', '2026-12', 1, 'astana')],
    };
    const f = computeDashboard(input, {from: '2026-12-01', to: '2026-12-31', branch: 'almaty'}, at('2026-12-20')).finance!;
    expect(f).toEqual({
      awaiting: {count: 1, amount: 1000},
      paying: {count: 1, amount: 700},
      paid: {count: 1, amount: 300},
      budget: [
        {key: 'dec', plan: 9000, actual: 100},
        {key: 'q4', plan: 5000, actual: 100},
      ],
    });
  });
});
