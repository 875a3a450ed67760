// Jobs and reminders run exactly once with several API processes on one
// database (the queue claims with FOR UPDATE SKIP LOCKED; due scans enqueue by
// dedupe key): two more API processes start beside the shared test stack, on
// its PostgreSQL, and both run their due work at the same moment.
import pg from 'pg';
import {afterAll, beforeAll, expect, inject, it} from 'vitest';
import {startSmtp, type Mail} from '../testing/smtp.ts';
import {startStack, type TestStack} from '../testing/stack.ts';
import {reminderOnceAcross} from './reminder-once.ts';

let smtp: Awaited<ReturnType<typeof startSmtp>>;
let apis: TestStack[] = [];
let pool: pg.Pool;

beforeAll(async () => {
  smtp = await startSmtp();
  pool = new pg.Pool({connectionString: inject('pgUrl'), max: 2});
  // API only (DOT_SYNC=off), sharing the database: what each machine of a cluster runs besides zero-cache.
  const env = {DATABASE_URL: inject('pgUrl'), DOT_SMTP_URL: `smtp://127.0.0.1:${smtp.port}`, DOT_JOBS_TICK_MS: '200'};
  apis = await Promise.all([startStack({sync: false, env}), startStack({sync: false, env})]);
}, 60_000);

afterAll(async () => {
  await Promise.all(apis.map((a) => a.stop()));
  await pool?.end();
  await smtp?.close();
});

it('sends each reminder once when two API processes run their due work at the same moment', async () => {
  const outcome = await reminderOnceAcross({
    apis: apis.map((a) => a.baseUrl),
    pool,
    mailsTo: (email) => smtp.mails.filter((m: Mail) => m.to.includes(email)).map((m) => m.subject),
  });
  // 24 h and 2 h before: two reminder moments, two emails, each job taken by one process once.
  expect(outcome.jobs).toEqual([
    {state: 'done', attempts: 1},
    {state: 'done', attempts: 1},
  ]);
  expect(outcome.mails).toBe(2);
}, 60_000);
