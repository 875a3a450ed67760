// The server's dashboard at scale (issue 17: "a dashboard over a year of a
// company with a million requests answers in well under a second"): one
// company with ANALYTICS_BENCH_N requests spread over a year, each with the
// stages its path left (1–4), made in SQL by generate_series (triggers off
// while seeding: this measures reading, not writing), its daily rollup built
// once from those rows (0702, as the migration does), then dashboardSql over
// the year and over one month, as the owner sees them (every section), and
// the REST route once. Prints figures only.
// Usage: npm run bench -- analytics-server   (ANALYTICS_BENCH_N=1000000, ANALYTICS_BENCH_RUNS=20)
import pg from 'pg';
import {SECTIONS} from '#shared/analytics/types.ts';
import {dashboardSql} from '#server/analytics/dashboard-sql.ts';
import {refreshRollup} from '#server/analytics/rollup.ts';
import {WORKFLOW} from '#server/analytics/seed.ts';
import {Client, uniqueEmail} from '#server/testing/http.ts';
import {startStack} from '#server/testing/stack.ts';
import {fmt, stats} from './browser.ts';

const N = Number(process.env.ANALYTICS_BENCH_N ?? 1_000_000);
const RUNS = Number(process.env.ANALYTICS_BENCH_RUNS ?? 20);
const ZONE = 'Asia/Almaty';
const YEAR = {from: '2026-01-01', to: '2026-12-31'};
const MONTH = {from: '2026-11-01', to: '2026-11-30'};
const NOW = Date.UTC(2027, 0, 1);

export async function seedFor(db: pg.Pool, companyId: string): Promise<void> {
  await db.query(`insert into request_type (id, company_id, key, name, workflow) values ('bench-type', $1, 'bench', '{"ru":"Заявка"}', $2)`, [
    companyId,
    JSON.stringify(WORKFLOW),
  ]);
  await db.query(
    `insert into app_user (id, email, name, password_hash) select 'bu' || g, 'bu' || g || '@bench.kz', 'Сотрудник ' || g, 'x' from generate_series(1, 10) g`,
  );
  await db.query(
    `insert into member (id, company_id, user_id, name, email, role) select 'bm' || g, $1, 'bu' || g, 'Сотрудник ' || g, 'bu' || g || '@bench.kz', 'executor' from generate_series(1, 10) g`,
    [companyId],
  );
  const client = await db.connect();
  try {
    // Seeding only: no audit rows, no stage trigger; the stages are written below as the trigger would.
    await client.query('set session_replication_role = replica');
    await client.query(
      `insert into request (id, company_id, number, source, status, type_id, responsible_id, department, sla_due_at, created_at, status_since)
       select 'r' || g, $1, g, (array['form','qr-table','qr-door','telegram','manual','site'])[1 + g % 6],
              (array['new','work','done','done','done','cancel','wait','done'])[1 + g % 8],
              case when g % 10 = 0 then null else 'bench-type' end, 'bm' || (1 + g % 10), (array['','Алматы','Астана'])[1 + g % 3],
              t + interval '3 days', t, t + ((1 + g % 8) * interval '5 hours')
         from generate_series(1, $2::int) g, lateral (select timestamptz '2026-01-01 00:00+05' + (g::float8 / $2) * interval '365 days' as t) x`,
      [companyId, N],
    );
    // Each request's path: new → (work →) its status; every fourth done one went back to new once.
    await client.query(
      `insert into request_stage (id, company_id, request_id, status, entered_at, left_at)
       select r.id || ':' || u.k, r.company_id, r.id, u.status, r.created_at + ((u.k - 1) * interval '5 hours'),
              case when u.k = array_length(pp.p, 1) then null else r.created_at + (u.k * interval '5 hours') end
         from request r,
              lateral (select case when r.status = 'new' then array['new']
                                   when r.status = 'done' and r.number % 4 = 0 then array['new', 'work', 'new', 'done']
                                   when r.status = 'done' then array['new', 'work', 'done']
                                   else array['new', r.status] end as p) pp,
              lateral unnest(pp.p) with ordinality u(status, k)
        where r.company_id = $1`,
      [companyId],
    );
  } finally {
    await client.query('set session_replication_role = origin');
    client.release();
  }
  await db.query('vacuum analyze request');
  await db.query('vacuum analyze request_stage');
}

async function time(fn: () => Promise<unknown>): Promise<ReturnType<typeof stats> & {p99: number}> {
  await fn(); // warm: plans and pages
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    await fn();
    samples.push(performance.now() - t);
  }
  const sorted = [...samples].sort((a, b) => a - b);
  return {...stats(samples), p99: sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.99) - 1)]!};
}

export async function analyticsServerBench() {
  const stack = await startStack({sync: false, env: {DOT_JOBS_TICK_MS: '3600000'}});
  const db = new pg.Pool({connectionString: stack.pgUrl, max: 12});
  try {
    const owner = new Client(stack.baseUrl);
    const me = (await owner.post('/api/v1/auth/signup', {companyName: 'Analytics bench', name: 'Владелец', email: uniqueEmail(), password: 'password1'})).body;
    const companyId = me.company.id as string;
    const t0 = performance.now();
    await seedFor(db, companyId);
    const seedMs = performance.now() - t0;
    const counts = (await db.query(`select (select count(*) from request) as requests, (select count(*) from request_stage) as stages`)).rows[0];
    const t2 = performance.now();
    await refreshRollup(db, companyId, ZONE);
    const rollupMs = performance.now() - t2;
    await db.query('analyze analytics_request_day');
    const all = {sections: SECTIONS, funnelBookings: true, funnelChats: true};
    const year = await time(() => dashboardSql(db, companyId, ZONE, all, YEAR, NOW));
    const month = await time(() => dashboardSql(db, companyId, ZONE, all, MONTH, NOW));
    const filtered = await time(() => dashboardSql(db, companyId, ZONE, all, {...YEAR, branch: 'Алматы', responsibleId: 'bm3'}, NOW));
    const t1 = performance.now();
    const rest = await owner.get(`/api/v1/analytics/dashboard?from=${YEAR.from}&to=${YEAR.to}`);
    const restMs = performance.now() - t1;
    return {seedMs, rollupMs, counts, year, month, filtered, restMs, restStatus: rest.status, total: rest.body?.current?.requests?.total};
  } finally {
    await db.end();
    await stack.stop();
  }
}

if (import.meta.main && !process.env.ANALYTICS_BENCH_NO_MAIN) {
  const r = await analyticsServerBench();
  console.log(`seeded ${r.counts.requests} requests and ${r.counts.stages} stages over 2026 in ${fmt(r.seedMs)}`);
  console.log(`daily rollup built from them in ${fmt(r.rollupMs)}`);
  const line = (name: string, s: {median: number; p99: number; max: number}) => console.log(`${name}: p50 ${fmt(s.median)}, p99 ${fmt(s.p99)} (${RUNS} runs)`);
  line('dashboard over the year (every section)', r.year);
  line('dashboard over a month', r.month);
  line('over the year, one branch and one person', r.filtered);
  console.log(`REST /analytics/dashboard over the year with the previous year: ${fmt(r.restMs)} (status ${r.restStatus}, ${r.total} requests)`);
}
