// The job queue and the notifier on a real PostgreSQL: idempotent enqueueing,
// two workers never taking the same job, a dead worker's job taken again after
// its lease, retries with backoff, work that outlives the process that queued
// it — and a message never sent twice, even when a send was cut in the middle.
import pg from 'pg';
import {afterAll, beforeAll, describe, expect, inject, it} from 'vitest';
import type {Clock} from '../clock.ts';
import {notify, type NotifyDeps} from '../notify/notifier.ts';
import {signupCompany} from '../testing/http.ts';
import {claim, complete, enqueue, fail, poolSql} from './queue.ts';
import type {JobModule} from './registry.ts';
import {startJobs} from './runner.ts';

let pool: pg.Pool;
let now = Date.parse('2031-01-01T00:00:00Z');
const clock: Clock = {now: () => now};
const queue = `test.${process.pid}.${Date.now()}`;

beforeAll(() => {
  pool = new pg.Pool({connectionString: inject('pgUrl'), max: 6});
});
afterAll(() => pool.end());

describe('job queue', () => {
  it('enqueues a dedupe key once', async () => {
    const sql = poolSql(pool);
    expect(await enqueue(sql, clock, {queue, dedupeKey: `${queue}:a`, payload: {n: 1}})).toBe(true);
    expect(await enqueue(sql, clock, {queue, dedupeKey: `${queue}:a`, payload: {n: 2}})).toBe(false);
    const jobs = await claim(pool, clock, [queue], 10);
    expect(jobs.map((j) => j.payload)).toEqual([{n: 1}]);
    await complete(pool, jobs[0]!.id);
  });

  it('gives each job to one worker when two claim at once', async () => {
    const sql = poolSql(pool);
    for (let i = 0; i < 30; i++) await enqueue(sql, clock, {queue, payload: {i}});
    const [a, b] = await Promise.all([claim(pool, clock, [queue], 20), claim(pool, clock, [queue], 20)]);
    const ids = [...a!, ...b!].map((j) => j.id);
    expect(ids).toHaveLength(30);
    expect(new Set(ids).size).toBe(30);
    for (const j of [...a!, ...b!]) await complete(pool, j.id);
  });

  it('takes a job again when its worker died (lease over), and retries failures with backoff', async () => {
    await enqueue(poolSql(pool), clock, {queue, payload: {x: 1}, maxAttempts: 2});
    const [job] = await claim(pool, clock, [queue]);
    expect(await claim(pool, clock, [queue])).toEqual([]);
    now += 6 * 60_000; // the 5-minute lease runs out
    const [again] = await claim(pool, clock, [queue]);
    expect(again!.id).toBe(job!.id);
    expect(again!.attempts).toBe(2);
    await fail(pool, clock, again!, 'smtp down');
    const {rows} = await pool.query('select state, last_error from job where id = $1', [job!.id]);
    expect(rows[0]).toEqual({state: 'failed', last_error: 'smtp down'});
  });

  it('runs what an earlier process queued (a restart loses nothing), each job once', async () => {
    const seen: unknown[] = [];
    const q = `${queue}.run`;
    await enqueue(poolSql(pool), clock, {queue: q, payload: {before: 'restart'}});
    const runner = startJobs({pool, clock, autoStart: false, modules: [{jobs: {[q]: async (job) => void seen.push(job.payload)}}]});
    await runner.runNow();
    await runner.runNow();
    await runner.stop();
    expect(seen).toEqual([{before: 'restart'}]);
  });

  it("runs one company's jobs in the order they fell due, other companies alongside", async () => {
    const q = `${queue}.order`;
    const events: string[] = [];
    // The first job is the slow one: were the lines not kept, "moved" would overtake "booked".
    const ordered: JobModule = {
      jobs: {
        [q]: async (job) => {
          const {name} = job.payload as {name: string};
          events.push(`start ${name}`);
          await new Promise((r) => setTimeout(r, name === 'a.booked' ? 150 : 5));
          events.push(`end ${name}`);
        },
      },
    };
    const [a, b] = [crypto.randomUUID(), crypto.randomUUID()];
    await pool.query(`insert into company (id, name, slug) values ($1, 'A', $3), ($2, 'B', $4)`, [
      a,
      b,
      `order-a-${a.slice(0, 8)}`,
      `order-b-${b.slice(0, 8)}`,
    ]);
    const sql = poolSql(pool);
    await enqueue(sql, clock, {queue: q, companyId: a, payload: {name: 'a.booked'}});
    await enqueue(sql, clock, {queue: q, companyId: a, payload: {name: 'a.moved'}});
    await enqueue(sql, clock, {queue: q, companyId: b, payload: {name: 'b.booked'}});
    const runner = startJobs({pool, clock, autoStart: false, modules: [ordered]});
    await runner.runNow();
    await runner.stop();
    expect(events.filter((e) => e.includes(' a.'))).toEqual(['start a.booked', 'end a.booked', 'start a.moved', 'end a.moved']);
    // B did not wait for A's slow send.
    expect(events.indexOf('end b.booked')).toBeLessThan(events.indexOf('end a.booked'));
  });
});

describe('notifier', () => {
  let company: string;
  let sends = 0;
  let failNext = false;
  const deps = (): NotifyDeps => ({
    pool,
    clock,
    email: async () => {
      sends++;
      if (failNext) {
        failNext = false;
        return {ok: false, error: '421 try later'};
      }
      return {ok: true, id: `m${sends}`};
    },
    vapid: async () => ({publicKey: '', privateKey: '', subject: 'mailto:x@y.kz'}),
  });
  const client = {type: 'client' as const, name: 'Дана', email: 'dana@example.kz'};
  const message = (key: string) => ({kind: 'test', dedupeKey: key, title: 'Напоминание', body: 'Завтра в 10:00'});

  beforeAll(async () => {
    company = (await signupCompany('Notifier Co')).me.company.id;
  });

  it('sends each purpose once, logs it, and retries only what surely failed', async () => {
    sends = 0;
    expect(await notify(deps(), company, client, message('k1'))).toEqual([{channel: 'email', status: 'delivered'}]);
    expect(await notify(deps(), company, client, message('k1'))).toEqual([{channel: 'email', status: 'duplicate'}]);
    expect(sends).toBe(1);
    failNext = true;
    expect((await notify(deps(), company, client, message('k2')))[0]).toMatchObject({status: 'failed', error: '421 try later'});
    expect((await notify(deps(), company, client, message('k2')))[0]).toMatchObject({status: 'delivered'});
    const {rows} = await pool.query(`select dedupe_key, status, error from notification where company_id = $1 order by dedupe_key`, [company]);
    expect(rows).toEqual([
      {dedupe_key: 'k1:email', status: 'delivered', error: ''},
      {dedupe_key: 'k2:email', status: 'delivered', error: ''},
    ]);
  });

  it('never repeats a send that was cut in the middle (it may have gone out)', async () => {
    sends = 0;
    await pool.query(
      `insert into notification (id, company_id, kind, channel, recipient_type, recipient, status, dedupe_key) values ($1, $2, 'test', 'email', 'client', 'dana@example.kz', 'sending', 'k3:email')`,
      [crypto.randomUUID(), company],
    );
    expect(await notify(deps(), company, client, message('k3'))).toEqual([{channel: 'email', status: 'unknown'}]);
    expect(sends).toBe(0);
  });

  it('logs why a message could not go: no address, no SMTP', async () => {
    const out = await notify({...deps(), email: null}, company, {type: 'client', name: 'Без почты'}, message('k4'));
    expect(out).toEqual([{channel: 'email', status: 'skipped', error: 'no email address'}]);
    const out2 = await notify({...deps(), email: null}, company, client, message('k5'));
    expect(out2[0]).toMatchObject({status: 'skipped', error: expect.stringContaining('DOT_SMTP_URL')});
  });
});
