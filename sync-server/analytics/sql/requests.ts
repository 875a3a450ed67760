// The requests section in SQL: every count in one pass over the period's
// rows of the daily rollup (grouping sets; overdue on now's own UTC day from
// the raw rows, see 0702), medians over the raw rows (common.ts MEDIANS: the
// ⌈n/2⌉-th smallest, the contract's median, as percentile_disc(0.5)) — side by side on the pool.
import {daysOf} from '#shared/analytics/period.ts';
import type {RequestsSection} from '#shared/analytics/types.ts';
import {STATUS_KINDS} from '#shared/workflow/types.ts';
import {baseParams, big, byKey, countsOf, durationOf, durMs, iso, MEDIANS, requestsCte, rollupCte, rollupParams, type Scope} from './common.ts';

// Overdue: not done or cancelled, and past sla_due_at or deadline at `now` (strictly before it), i.e. their least.
const OPEN = `(d.kind in ('open', 'in_work', 'waiting'))`;

type Grouped = {
  g: number;
  day: string;
  source: string;
  kind: string;
  type_id: string;
  department: string;
  item: string;
  n: string;
  open: string;
  overdue: string;
};
/** grouping() bits of the sets below, the first column the highest. */
const SET = {day: 0b011111, source: 0b101111, kind: 0b110111, type: 0b111011, department: 0b111101, item: 0b111110} as const;

export async function requestsSection(s: Scope): Promise<RequestsSection> {
  const q = async <T extends object>(select: string): Promise<T[]> => {
    const params = baseParams(s);
    return big<T>(s.pool, `with ${requestsCte(s, params)} ${select}`, params);
  };
  const nowDay = Math.floor(s.now / 86_400_000);
  const rollup = async <T extends object>(select: string): Promise<T[]> => {
    const params = rollupParams(s);
    const cte = rollupCte(s, params);
    params.push(nowDay);
    return big<T>(s.pool, `with ${cte} ${select.replaceAll('$NOWDAY', `$${params.length}::integer`)}`, params);
  };
  const [grouped, today, processing, stages] = await Promise.all([
    rollup<Grouped>(
      `select grouping(d.day, d.source, d.kind, d.type_id, d.department, d.catalog_item_id) as g, d.day, d.source, d.kind, d.type_id, d.department,
              d.catalog_item_id as item, sum(d.n) as n, coalesce(sum(d.n) filter (where ${OPEN}), 0) as open,
              coalesce(sum(d.n) filter (where d.kind not in ('done', 'cancelled') and d.due_day < $NOWDAY), 0) as overdue
         from d group by grouping sets ((d.day), (d.source), (d.kind), (d.type_id), (d.department), (d.catalog_item_id))`,
    ),
    // Due on now's own UTC day: overdue when due before now (the rollup holds the day, not the moment).
    (async () => {
      const params = baseParams(s);
      params.push(iso(nowDay * 86_400_000));
      const since = `$${params.length}::timestamptz`;
      const cte = requestsCte(s, params, `and least(r.sla_due_at, r.deadline) >= ${since} and least(r.sla_due_at, r.deadline) < $4::timestamptz`);
      return big<{type_id: string; department: string; n: string}>(
        s.pool,
        `with ${cte} select r.type_id, r.department, count(*) as n from r where r.kind not in ('done', 'cancelled') group by 1, 2`,
        params,
      );
    })(),
    // Medians need every duration: read from the raw rows (MEDIANS sorts only the median's bucket).
    q<{n: string; total: string; median: string}>(
      `, x as materialized (select '' as key, ${durMs('r.status_since', 'r.created_at')} as d from r where r.kind = 'done'), ${MEDIANS}`,
    ),
    q<{key: string; n: string; total: string; median: string}>(
      `, x as materialized (select st.status as key, ${durMs('coalesce(st.left_at, $4::timestamptz)', 'st.entered_at')} as d
                 from request_stage st join r on r.id = st.request_id where st.company_id = $1), ${MEDIANS}`,
    ),
  ]);
  const of = (set: number) => grouped.filter((r) => r.g === set);
  const perDay = new Map(of(SET.day).map((d) => [d.day, Number(d.n)]));
  // Per type or department: the rollup's overdue plus those due on now's own day.
  const rowsOf = (col: 'type_id' | 'department') =>
    of(col === 'type_id' ? SET.type : SET.department)
      .map((r) => {
        const dueToday = today.filter((t) => t[col] === r[col]).reduce((a, t) => a + Number(t.n), 0);
        return {key: r[col], total: Number(r.n), open: Number(r.open), overdue: Number(r.overdue) + dueToday};
      })
      .sort((a, b) => b.total - a.total || byKey(a.key, b.key));
  const types = rowsOf('type_id');
  return {
    total: types.reduce((a, t) => a + t.total, 0),
    byDay: daysOf(s.query).map((day) => ({day, count: perDay.get(day) ?? 0})),
    bySource: countsOf(of(SET.source).map((r) => ({key: r.source, count: r.n}))),
    // All five kinds in STATUS_KINDS order, zeros included (types.ts).
    byKind: STATUS_KINDS.map((key) => ({key, count: Number(of(SET.kind).find((r) => r.kind === key)?.n ?? 0)})),
    overdue: types.reduce((a, t) => a + t.overdue, 0),
    byType: types,
    byDepartment: rowsOf('department'),
    processing: durationOf(processing[0]),
    stages: stages.map((r) => ({key: r.key, ...durationOf(r)})).sort((a, b) => byKey(a.key, b.key)),
    byItem: countsOf(of(SET.item).flatMap((r) => (r.item === null ? [] : [{key: r.item, count: r.n}]))),
  };
}
