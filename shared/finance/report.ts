// The "overspent / underspent" report (F6): per period and budget line, the
// plan against what was spent and committed, with the reason people wrote on
// the line. Lines are budgeted by month, quarter or year; the report can roll
// them up to a coarser period. Pure: the screen and the export share it.
import {lineFigures, type InvoiceLike, type LineFigures} from './budget.ts';

export type Granularity = 'month' | 'quarter' | 'year';

/** "2026-12" → month, "2026-Q4" → quarter, "2026" → year. */
export function granularityOf(period: string): Granularity {
  if (/^\d{4}-Q[1-4]$/.test(period)) return 'quarter';
  if (/^\d{4}-\d{2}$/.test(period)) return 'month';
  return 'year';
}

/** The months a period covers, as "YYYY-MM" first and last. */
export function monthsOf(period: string): {first: string; last: string} {
  const year = period.slice(0, 4);
  const g = granularityOf(period);
  if (g === 'month') return {first: period, last: period};
  if (g === 'quarter') {
    const q = Number(period.slice(6));
    return {first: `${year}-${String(q * 3 - 2).padStart(2, '0')}`, last: `${year}-${String(q * 3).padStart(2, '0')}`};
  }
  return {first: `${year}-01`, last: `${year}-12`};
}

/** A period seen at a coarser granularity ("2026-11" as a quarter is "2026-Q4"); never finer. */
export function rollPeriod(period: string, to: Granularity): string {
  const g = granularityOf(period);
  const order = {month: 0, quarter: 1, year: 2};
  if (order[to] <= order[g]) return period;
  const year = period.slice(0, 4);
  if (to === 'year') return year;
  return `${year}-Q${Math.ceil(Number(period.slice(5, 7)) / 3)}`;
}

export type ReportLine = {
  readonly id: string;
  readonly period: string;
  readonly item_id: string;
  readonly project: string;
  readonly branch: string;
  readonly plan: number;
  readonly limit_amount?: number | null;
  readonly note: string;
  readonly item?: {readonly name: string} | null | undefined;
};

export type Deviation = 'over' | 'under' | 'on';

export type ReportRow = LineFigures & {
  readonly period: string;
  readonly lineIds: readonly string[];
  readonly itemId: string;
  readonly item: string;
  readonly project: string;
  readonly branch: string;
  /** actual + committed − plan: positive is overspent. */
  readonly deviation: number;
  readonly state: Deviation;
  /** The reasons written on the lines (F6). */
  readonly notes: readonly string[];
};

export type ReportOptions = {
  /** First and last month shown ("2026-01", "2026-12"); a line counts when its period overlaps them. */
  readonly from?: string;
  readonly to?: string;
  /** Roll lines up to this granularity (default: each line at its own). */
  readonly by?: Granularity;
};

const stateOf = (deviation: number): Deviation => (deviation > 0 ? 'over' : deviation < 0 ? 'under' : 'on');

/** Rows per (period, item, project, branch), ordered by period, then item name. */
export function budgetReport(lines: readonly ReportLine[], invoicesByLine: ReadonlyMap<string, readonly InvoiceLike[]>, opts: ReportOptions = {}): ReportRow[] {
  type Acc = {row: Omit<ReportRow, 'deviation' | 'state' | 'remainder'> & {lineIds: string[]; notes: string[]}};
  const groups = new Map<string, Acc>();
  for (const line of lines) {
    const {first, last} = monthsOf(line.period);
    if (opts.from && last < opts.from) continue;
    if (opts.to && first > opts.to) continue;
    const period = opts.by ? rollPeriod(line.period, opts.by) : line.period;
    const f = lineFigures(line, invoicesByLine.get(line.id) ?? []);
    const key = `${period}\u0001${line.item_id}\u0001${line.project}\u0001${line.branch}`;
    const acc = groups.get(key);
    if (!acc) {
      groups.set(key, {
        row: {
          period,
          lineIds: [line.id],
          itemId: line.item_id,
          item: line.item?.name ?? '',
          project: line.project,
          branch: line.branch,
          plan: f.plan,
          limit: f.limit,
          actual: f.actual,
          committed: f.committed,
          forecast: f.forecast,
          notes: line.note.trim() ? [line.note.trim()] : [],
        },
      });
      continue;
    }
    const r = acc.row;
    r.lineIds.push(line.id);
    if (line.note.trim()) r.notes.push(line.note.trim());
    Object.assign(r, {
      plan: r.plan + f.plan,
      limit: r.limit + f.limit,
      actual: r.actual + f.actual,
      committed: r.committed + f.committed,
      forecast: r.forecast + f.forecast,
    });
  }
  return [...groups.values()]
    .map(({row}) => {
      const deviation = row.actual + row.committed - row.plan;
      return {...row, remainder: row.plan - row.actual - row.committed, deviation, state: stateOf(deviation)};
    })
    .sort(
      (a, b) =>
        a.period.localeCompare(b.period) || a.item.localeCompare(b.item, 'ru') || a.project.localeCompare(b.project) || a.branch.localeCompare(b.branch),
    );
}

/** Invoices grouped by their line (what budgetReport reads). */
export function invoicesByLine<I extends InvoiceLike & {readonly budget_line_id?: string | null}>(invoices: readonly I[]): Map<string, I[]> {
  const out = new Map<string, I[]>();
  for (const inv of invoices) {
    if (!inv.budget_line_id) continue;
    const list = out.get(inv.budget_line_id);
    if (list) list.push(inv);
    else out.set(inv.budget_line_id, [inv]);
  }
  return out;
}
