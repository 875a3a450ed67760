// The small sections: workload (a company's open tasks and those closed in the
// period are few, so their rows are loaded and shared/tasks/workload.ts counts
// them, as on the tasks screen) and finance (invoices grouped in SQL; budget
// lines with their invoices loaded and figured by shared/finance/budget.ts).
import type {FinanceSection, WorkloadSection} from '#shared/analytics/types.ts';
import {lineFigures} from '#shared/finance/budget.ts';
import {monthsOf} from '#shared/finance/report.ts';
import {isOpenTask} from '#shared/tasks/lifecycle.ts';
import {workload} from '#shared/tasks/workload.ts';
import {byKey, iso, ms, type Scope} from './common.ts';

export async function workloadSection(s: Scope): Promise<WorkloadSection> {
  const {rows} = await s.pool.query<{assignee_id: string | null; status: string; deadline: number | null; created_at: number; closed_at: number | null}>(
    `select assignee_id, status, ${ms('deadline')} as deadline, ${ms('created_at')} as created_at, ${ms('closed_at')} as closed_at
       from task where company_id = $1 and assignee_id is not null and (status <> 'done' or closed_at >= $2::timestamptz)`,
    [s.companyId, iso(s.start)],
  );
  const tasks = rows
    .filter((r) => s.filters.responsibleId === undefined || r.assignee_id === s.filters.responsibleId)
    .map((r) => ({
      assigneeId: r.assignee_id,
      open: isOpenTask(r.status),
      deadline: r.deadline,
      createdAt: r.created_at,
      closedAt: r.status === 'done' ? r.closed_at : null,
    }));
  return {rows: workload(tasks, s.now, {from: s.start, to: s.end}).map((w) => ({key: w.memberId, open: w.open, overdue: w.overdue, closed: w.closed}))};
}

/** Invoice status groups: awaiting approval (sent, not yet decided), in payment (approved or paying), paid (paid or closed). */
export const INVOICE_GROUPS = {awaiting: ['approval'], paying: ['approved', 'paying'], paid: ['paid', 'closed']} as const;

export async function financeSection(s: Scope): Promise<FinanceSection> {
  const params: unknown[] = [s.companyId, iso(s.start), iso(s.end)];
  const where: string[] = [];
  for (const f of ['branch', 'project'] as const) {
    const v = s.filters[f];
    if (v === undefined) continue;
    params.push(v);
    where.push(`and ${f} = $${params.length}`);
  }
  const [groups, lines, onLines] = await Promise.all([
    s.pool.query<{status: string; n: string; amount: string}>(
      `select status, count(*) as n, sum(amount_kzt) as amount from invoice
        where company_id = $1 and created_at >= $2::timestamptz and created_at < $3::timestamptz ${where.join(' ')} group by 1`,
      params,
    ),
    s.pool.query<{id: string; period: string; branch: string; project: string; plan: string}>(
      'select id, period, branch, project, plan::text from budget_line where company_id = $1',
      [s.companyId],
    ),
    s.pool.query<{id: string; budget_line_id: string; status: string; amount_kzt: string}>(
      'select id, budget_line_id, status, amount_kzt::text from invoice where company_id = $1 and budget_line_id is not null',
      [s.companyId],
    ),
  ]);
  const group = (statuses: readonly string[]) => {
    const hit = groups.rows.filter((g) => statuses.includes(g.status));
    return {count: hit.reduce((a, g) => a + Number(g.n), 0), amount: hit.reduce((a, g) => a + Number(g.amount), 0)};
  };
  // A line overlaps the range when its months meet the range's months.
  const first = s.query.from.slice(0, 7);
  const last = s.query.to.slice(0, 7);
  const budget = lines.rows
    .filter((l) => (s.filters.branch === undefined || l.branch === s.filters.branch) && (s.filters.project === undefined || l.project === s.filters.project))
    .filter((l) => {
      const m = monthsOf(l.period);
      return m.first <= last && m.last >= first;
    })
    .map((l) => {
      const invoices = onLines.rows.filter((i) => i.budget_line_id === l.id).map((i) => ({id: i.id, status: i.status, amount_kzt: Number(i.amount_kzt)}));
      return {key: l.id, plan: Number(l.plan), actual: lineFigures({plan: Number(l.plan)}, invoices).actual};
    })
    .sort((a, b) => b.plan - a.plan || byKey(a.key, b.key));
  return {awaiting: group(INVOICE_GROUPS.awaiting), paying: group(INVOICE_GROUPS.paying), paid: group(INVOICE_GROUPS.paid), budget};
}
