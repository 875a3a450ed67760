// SLA job throughput on the real service: N requests of a back-office type
// whose time ran out, then one run of the due scan and the escalation jobs
// (each: the request.escalate mutator in its own transaction, the audit row,
// and a notice to the head in the app, by push and by email). Also the cost
// of a scan when nothing is due, over everything that was created. Prints
// figures only.
import pg from 'pg';
import {Client, uniqueEmail} from '#server/testing/http.ts';
import {startStack} from '#server/testing/stack.ts';
import {fmt, stats} from './browser.ts';

const N = Number(process.env.SLA_BENCH_N ?? 2000);

export async function slaBench() {
  const stack = await startStack({sync: false, env: {DOT_JOBS_TICK_MS: '3600000'}});
  const db = new pg.Client({connectionString: stack.pgUrl});
  await db.connect();
  try {
    const owner = new Client(stack.baseUrl);
    await owner.post('/api/v1/auth/signup', {companyName: 'SLA bench', name: 'Владелец', email: uniqueEmail(), password: 'password1'});
    await owner.post('/api/v1/request-types/templates/back_office');
    await owner.post('/api/v1/members', {name: 'Руководитель', email: uniqueEmail('head'), role: 'head', password: 'password1'});
    const it = ((await owner.get('/api/v1/request-types')).body.data as {key: string; id: string}[]).find((t) => t.key === 'it')!;
    const t0 = performance.now();
    for (let i = 0; i < N; i += 20) {
      await Promise.all(
        Array.from({length: Math.min(20, N - i)}, (_, k) =>
          owner.post('/api/v1/requests', {typeId: it.id, title: `Заявка ${i + k}`, fields: {category: 'access'}}),
        ),
      );
    }
    const createMs = performance.now() - t0;

    // Nothing due yet: what a scan costs as the minutes go by.
    const idle: number[] = [];
    for (let i = 0; i < 10; i++) {
      const t = performance.now();
      await owner.post('/__test/jobs/run', {});
      idle.push(performance.now() - t);
    }

    // Nine hours later every one of them is 4 h past its 4 h limit.
    await owner.post('/__test/clock', {advanceMs: 9 * 3_600_000});
    const t1 = performance.now();
    // One trigger drains up to 1 000 jobs; run until the queue is empty.
    const run = {jobs: 0};
    for (let n = -1; n !== 0;) {
      n = ((await owner.post('/__test/jobs/run', {})).body as {jobs: number}).jobs;
      run.jobs += n;
    }
    const runMs = performance.now() - t1;
    const escalated = Number((await db.query(`select count(*) from request where escalated_at is not null`)).rows[0].count);
    const told = Number((await db.query(`select count(*) from notification where kind = 'request.sla' and channel = 'inapp'`)).rows[0].count);
    // A second run finds nothing new.
    const t2 = performance.now();
    const again = (await owner.post('/__test/jobs/run', {})).body as {jobs: number};
    const againMs = performance.now() - t2;
    return {createMs, idle: stats(idle), runMs, jobs: run.jobs, escalated, told, again: again.jobs, againMs};
  } finally {
    await db.end();
    await stack.stop();
  }
}

if (import.meta.main) {
  const r = await slaBench();
  console.log(`${N} overdue requests created over REST in ${fmt(r.createMs)}`);
  console.log(`scan with nothing due (over ${N} open requests): median ${fmt(r.idle.median)}, max ${fmt(r.idle.max)}`);
  console.log(
    `escalation run: ${r.jobs} jobs, ${r.escalated} requests escalated, ${r.told} heads' in-app notices, in ${fmt(r.runMs)} → ${(r.escalated / (r.runMs / 1000)).toFixed(0)} escalations/s (each with its notices)`,
  );
  console.log(`second run: ${r.again} jobs in ${fmt(r.againMs)} (nothing escalated twice)`);
}
