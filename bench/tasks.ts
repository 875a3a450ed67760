// Tasks (issue 15), on the real service:
// 1. A request entering a status makes its step tasks in the same write: N
//    payment requests (invoice and basis attached, in "On approval") are
//    approved one after another through REST by the head; each approval is
//    one transaction that moves the request, picks the least loaded finance
//    person and the head, links the two tasks and plans their deadlines.
//    Printed: the whole run, each approval's time, and the tasks made.
// 2. The deadline scan over everything that was made (nothing due yet).
// Usage: npm run bench -- tasks   (starts its own stack; TASKS_BENCH_N=1000)
import pg from 'pg';
import {Client, uniqueEmail} from '#server/testing/http.ts';
import {startStack} from '#server/testing/stack.ts';
import {fmt, stats} from './browser.ts';

const N = Number(process.env.TASKS_BENCH_N ?? 1000);

export async function generationBench() {
  const stack = await startStack({sync: false, env: {DOT_JOBS_TICK_MS: '3600000'}});
  const db = new pg.Client({connectionString: stack.pgUrl});
  await db.connect();
  try {
    const owner = new Client(stack.baseUrl);
    const me = (await owner.post('/api/v1/auth/signup', {companyName: 'Tasks bench', name: 'Владелец', email: uniqueEmail(), password: 'password1'})).body;
    await owner.post('/api/v1/request-types/templates/back_office');
    for (let i = 0; i < 3; i++)
      await owner.post('/api/v1/members', {name: `Финансист ${i}`, email: uniqueEmail('fin'), role: 'finance', password: 'password1'});
    const headEmail = uniqueEmail('head');
    await owner.post('/api/v1/members', {name: 'Руководитель', email: headEmail, role: 'head', password: 'password1'});
    const head = new Client(stack.baseUrl);
    await head.post('/api/v1/auth/login', {email: headEmail, password: 'password1'});
    const payment = ((await owner.get('/api/v1/request-types')).body.data as {key: string; id: string}[]).find((t) => t.key === 'payment')!;
    const fields = {supplier: 'ТОО «Бумага»', amount: 100_000_00, pay_by: '2031-03-01', basis: 'contract', purpose: 'Бумага'};
    const ids: string[] = [];
    for (let i = 0; i < N; i += 20) {
      const made = await Promise.all(
        Array.from({length: Math.min(20, N - i)}, (_, k) => owner.post('/api/v1/requests', {typeId: payment.id, title: `Оплата ${i + k}`, fields})),
      );
      ids.push(...made.map((r) => r.body.id as string));
    }
    // Brought to "On approval" with their files, as people would have (not measured).
    const file = crypto.randomUUID();
    await db.query(`insert into file (id, company_id, name, mime, size, sha256, storage_key) values ($1, $2, 'invoice.pdf', 'application/pdf', 1, '', 'x')`, [
      file,
      me.company.id,
    ]);
    await db.query(
      `insert into attachment (id, company_id, entity, entity_id, file_id, kind)
       select r || ':' || k, $1, 'request', r, $2, k from unnest($3::text[]) r, unnest(array['invoice', 'basis']) k`,
      [me.company.id, file, ids],
    );
    await db.query(`update request set status = 'approval' where id = any($1)`, [ids]);

    const each: number[] = [];
    const t0 = performance.now();
    for (const id of ids) {
      const t = performance.now();
      const res = await head.patch(`/api/v1/requests/${id}`, {status: 'awaiting'});
      if (res.status !== 200) throw new Error(`approve: ${res.status} ${JSON.stringify(res.body)}`);
      each.push(performance.now() - t);
    }
    const totalMs = performance.now() - t0;
    const {rows} = await db.query<{tasks: number; links: number; finance: number}>(
      `select count(*)::int as tasks, (select count(*)::int from task_link where company_id = $1) as links,
              count(distinct assignee_id) filter (where step_key = 'pay')::int as finance
         from task where company_id = $1`,
      [me.company.id],
    );

    // The first run also sends the new tasks' notices (one job per approval); the next ones only scan.
    const t1 = performance.now();
    await owner.post('/__test/jobs/run', {});
    const firstRunMs = performance.now() - t1;
    const scans: number[] = [];
    for (let i = 0; i < 5; i++) {
      const t = performance.now();
      await owner.post('/__test/jobs/run', {});
      scans.push(performance.now() - t);
    }
    return {totalMs, each: stats(each), made: rows[0]!, firstRunMs, scan: stats(scans)};
  } finally {
    await db.end();
    await stack.stop();
  }
}

if (import.meta.main) {
  const g = await generationBench();
  console.log(`approving ${N} payment requests (each: the move and its 2 step tasks in one transaction, through REST): ${fmt(g.totalMs)} in all`);
  console.log(`  per approval: median ${fmt(g.each.median)}, p90 ${fmt(g.each.p90)}, max ${fmt(g.each.max)}`);
  console.log(`  made: ${g.made.tasks} tasks, ${g.made.links} dependencies; the payments spread over ${g.made.finance} finance people (least loaded)`);
  console.log(`first job run (the ${N} "new task" notices to the finance people): ${fmt(g.firstRunMs)}`);
  console.log(`deadline scan over them (nothing due): median ${fmt(g.scan.median)}, max ${fmt(g.scan.max)}`);
}
