// The requests section computed by PGlite from the same rows, for the device
// bench: what the screen would do if it loaded the replica's rows into an
// in-browser Postgres and grouped there. The SQL follows the decisions at the
// top of shared/analytics/compute/*.ts (no filters; every type known).
import type {AnalyticsInput} from '#shared/analytics/input.ts';
import {daysOf, rangeOf} from '#shared/analytics/period.ts';
import type {DashboardQuery, RequestsSection} from '#shared/analytics/types.ts';
import {kindTable} from '#shared/analytics/compute/kinds.ts';
import {STATUS_KINDS} from '#shared/workflow/types.ts';

type Db = {
  exec(sql: string): Promise<unknown>;
  query<T>(sql: string, params?: unknown[]): Promise<{rows: T[]}>;
  close(): Promise<void>;
};

const OPEN = `kind in ('open', 'in_work', 'waiting')`;

export async function pgliteRequests(entry: string, input: AnalyticsInput, query: DashboardQuery, now: number, runs: number) {
  const {PGlite} = (await import(entry)) as {PGlite: {create(): Promise<Db>}};
  let t = performance.now();
  const db = await PGlite.create();
  const startMs = performance.now() - t;
  await db.exec(`
    create table request (id text primary key, created_at float8 not null, source text not null, status text not null, type_id text,
      responsible_id text, department text not null, sla_due_at float8, deadline float8, catalog_item_id text, client_id text);
    create table request_stage (request_id text not null, status text not null, entered_at float8 not null, left_at float8);
    create table status_kind (type_id text, status text, kind text, primary key (type_id, status));`);
  t = performance.now();
  const kinds = kindTable(input.types);
  await db.query(`insert into status_kind select * from json_populate_recordset(null::status_kind, $1)`, [JSON.stringify(kinds)]);
  await db.query(`insert into request select * from json_populate_recordset(null::request, $1)`, [JSON.stringify(input.requests)]);
  await db.query(`insert into request_stage select * from json_populate_recordset(null::request_stage, $1)`, [JSON.stringify(input.stages)]);
  await db.exec(`create index on request (created_at); create index on request_stage (request_id, status); analyze`);
  const loadMs = performance.now() - t;

  const {start, end} = rangeOf(query, input.timeZone);
  const run = async (): Promise<RequestsSection> => {
    await db.query(
      `create temp table p as
       select r.id, r.created_at, r.source, r.status, coalesce(r.type_id, '') as type_key, r.department, r.catalog_item_id,
              coalesce(k.kind, 'open') as kind, least(r.sla_due_at, r.deadline) as due
         from request r left join status_kind k on k.type_id = coalesce(r.type_id, '') and k.status = r.status
        where r.created_at >= $1 and r.created_at < $2`,
      [start, end],
    );
    const days = await db.query<{day: string; count: number}>(
      `select to_char(to_timestamp(created_at / 1000) at time zone $1, 'YYYY-MM-DD') as day, count(*)::int as count from p group by 1`,
      [input.timeZone],
    );
    const counts = (sql: string) => db.query<{key: string; count: number}>(`select * from (${sql}) x order by count desc, key collate "C"`).then((x) => x.rows);
    const groups = (col: string) =>
      db
        .query<{key: string; total: number; open: number; overdue: number}>(
          `select * from (select ${col} as key, count(*)::int as total, (count(*) filter (where ${OPEN}))::int as open,
                  (count(*) filter (where ${OPEN} and $1 > due))::int as overdue
             from p group by 1) x order by total desc, key collate "C"`,
          [now],
        )
        .then((x) => x.rows);
    const duration = `count(*)::int as n, coalesce(sum(d), 0)::float8 as "totalMs", coalesce(percentile_disc(0.5) within group (order by d), 0)::float8 as "medianMs"`;
    const processing = await db.query<{n: number; totalMs: number; medianMs: number}>(
      `select ${duration} from (select greatest(0, max(s.entered_at) - p.created_at) as d
         from p join request_stage s on s.request_id = p.id and s.status = p.status where p.kind = 'done' group by p.id, p.created_at) x`,
    );
    const stages = await db.query<{key: string; n: number; totalMs: number; medianMs: number}>(
      `select key, ${duration} from (select s.status as key, greatest(0, coalesce(s.left_at, $1) - s.entered_at) as d
         from request_stage s join p on p.id = s.request_id) x group by key order by key collate "C"`,
      [now],
    );
    const byKind = new Map((await counts(`select kind as key, count(*)::int as count from p group by 1`)).map((x) => [x.key, x.count]));
    const perDay = new Map(days.rows.map((x) => [x.day, x.count]));
    const byType = await groups('type_key');
    const section: RequestsSection = {
      total: byType.reduce((s, g) => s + g.total, 0),
      byDay: daysOf(query).map((day) => ({day, count: perDay.get(day) ?? 0})),
      bySource: await counts(`select source as key, count(*)::int as count from p group by 1`),
      byKind: STATUS_KINDS.map((key) => ({key, count: byKind.get(key) ?? 0})),
      overdue: byType.reduce((s, g) => s + g.overdue, 0),
      byType,
      byDepartment: await groups('department'),
      processing: processing.rows[0]!,
      stages: stages.rows.map((x) => ({key: x.key, n: x.n, totalMs: x.totalMs, medianMs: x.medianMs})),
      byItem: await counts(`select catalog_item_id as key, count(*)::int as count from p where catalog_item_id <> '' group by 1`),
    };
    await db.exec('drop table p');
    return section;
  };
  let section = await run(); // warm-up
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    t = performance.now();
    section = await run();
    samples.push(performance.now() - t);
  }
  await db.close();
  samples.sort((a, b) => a - b);
  return {startMs, loadMs, queryMs: samples[Math.floor(samples.length / 2)]!, runs, section};
}
