// The requests section in SQL: counts grouped by Postgres, medians by
// percentile_disc(0.5) (the ⌈n/2⌉-th smallest, the contract's median). Each
// list is one query over the same period CTE, run side by side on the pool.
import {daysOf} from '#shared/analytics/period.ts';
import type {RequestsSection} from '#shared/analytics/types.ts';
import {baseParams, byKey, countsOf, durationOf, durMs, requestsCte, type Scope} from './common.ts';

/** Not done or cancelled, and past sla_due_at or deadline at `now` (strictly before it). */
export const OVERDUE = `(r.kind not in ('done', 'cancelled') and (r.sla_due_at < $4::timestamptz or r.deadline < $4::timestamptz))`;
const OPEN = `(r.kind in ('open', 'in_work', 'waiting'))`;

export async function requestsSection(s: Scope): Promise<RequestsSection> {
  const q = async <T extends object>(select: string): Promise<T[]> => {
    const params = baseParams(s);
    const cte = requestsCte(s, params);
    if (select.includes('$TZ')) params.push(s.timeZone);
    const sql = `with ${cte} ${select.replaceAll('$TZ', `$${params.length}`)}`;
    return (await s.pool.query<T>(sql, params)).rows;
  };
  type Grouped = {key: string; total: string; open: string; overdue: string};
  const grouped = (col: string) =>
    q<Grouped>(`select ${col} as key, count(*) as total, count(*) filter (where ${OPEN}) as open, count(*) filter (where ${OVERDUE}) as overdue from r group by 1`);
  const [days, sources, kinds, types, departments, processing, stages, items] = await Promise.all([
    q<{day: string; count: string}>(`select to_char(r.created_at at time zone $TZ, 'YYYY-MM-DD') as day, count(*) from r group by 1`),
    q<{key: string; count: string}>('select r.source as key, count(*) from r group by 1'),
    q<{key: string; count: string}>('select r.kind as key, count(*) from r group by 1'),
    grouped('r.type_id'),
    grouped('r.department'),
    q<{n: string; total: string; median: string}>(
      `select count(*) as n, sum(d) as total, percentile_disc(0.5) within group (order by d) as median
         from (select ${durMs('done.at', 'r.created_at')} as d from r join done on done.request_id = r.id) x`,
    ),
    q<{key: string; n: string; total: string; median: string}>(
      `select st.status as key, count(*) as n, sum(d) as total, percentile_disc(0.5) within group (order by d) as median
         from (select st.status, ${durMs('coalesce(st.left_at, $4::timestamptz)', 'st.entered_at')} as d
                 from request_stage st join r on r.id = st.request_id where st.company_id = $1) st
        group by 1`,
    ),
    q<{key: string; count: string}>('select r.catalog_item_id as key, count(*) from r where r.catalog_item_id is not null group by 1'),
  ]);
  const perDay = new Map(days.map((d) => [d.day, Number(d.count)]));
  const rowsOf = (rows: Grouped[]) =>
    rows
      .map((r) => ({key: r.key, total: Number(r.total), open: Number(r.open), overdue: Number(r.overdue)}))
      .sort((a, b) => b.total - a.total || byKey(a.key, b.key));
  return {
    total: [...perDay.values()].reduce((a, b) => a + b, 0),
    byDay: daysOf(s.query).map((day) => ({day, count: perDay.get(day) ?? 0})),
    bySource: countsOf(sources),
    byKind: countsOf(kinds),
    overdue: types.reduce((a, t) => a + Number(t.overdue), 0),
    byType: rowsOf(types),
    byDepartment: rowsOf(departments),
    processing: durationOf(processing[0]),
    stages: stages
      .map((r) => ({key: r.key, ...durationOf(r)}))
      .sort((a, b) => byKey(a.key, b.key)),
    byItem: countsOf(items),
  };
}
