// Finance section (types.ts FinanceSection). Decisions the server SQL copies:
// - The status groups, as the issue names them: awaiting approval = on
//   approval; in payment = approved or paying (the budget's committed
//   bucket); paid = paid or closed (its actual bucket). Received, returned and
//   rejected invoices are in none (not yet sent, back with their author, refused).
// - Invoices created in the period, filters branch and project applied.
// - Budget lines whose period's months (shared/finance/report.ts monthsOf)
//   overlap the months of [from, to], filters branch and project applied;
//   actual = lineFigures(line, its invoices).actual, whatever their dates.
//   By plan (most first), then by key.
import {lineFigures} from '../../finance/budget.ts';
import {monthsOf} from '../../finance/report.ts';
import type {AnalyticsInput} from '../input.ts';
import type {FinanceSection} from '../types.ts';
import {byKey} from './figures.ts';
import {filterOf, inPeriod, type Scope} from './scope.ts';

type Sum = {count: number; amount: number};

export function financeSection(input: AnalyticsInput, scope: Scope): FinanceSection {
  const branch = filterOf(scope.query.branch);
  const project = filterOf(scope.query.project);
  const fits = (r: {readonly branch: string; readonly project: string}) =>
    (branch === undefined || r.branch === branch) && (project === undefined || r.project === project);
  const awaiting: Sum = {count: 0, amount: 0};
  const paying: Sum = {count: 0, amount: 0};
  const paid: Sum = {count: 0, amount: 0};
  const sumOf: Record<string, Sum | undefined> = {approval: awaiting, approved: paying, paying, paid, closed: paid};
  for (const inv of input.invoices) {
    if (!inPeriod(scope, inv.created_at) || !fits(inv)) continue;
    const sum = Object.hasOwn(sumOf, inv.status) ? sumOf[inv.status] : undefined;
    if (!sum) continue;
    sum.count++;
    sum.amount += inv.amount_kzt;
  }
  const first = scope.query.from.slice(0, 7);
  const last = scope.query.to.slice(0, 7);
  const budget = input.budget
    .filter((line) => {
      const months = monthsOf(line.period);
      return fits(line) && months.first <= last && months.last >= first;
    })
    .map((line) => ({key: line.id, plan: line.plan, actual: lineFigures(line, line.invoices).actual}))
    .sort((a, b) => b.plan - a.plan || byKey(a.key, b.key));
  return {awaiting, paying, paid, budget};
}
