// The nightly backup as a server runs it: nothing before tonight's slot
// (DOT_BACKUP_AT, server time UTC+5), then one backup and its verify once the
// slot has passed, and never a second one for the same night however often the
// due scan runs.
import fs from 'node:fs';
import pg from 'pg';
import {afterAll, beforeAll, expect, it} from 'vitest';
import {startStack, type TestStack} from '../testing/stack.ts';

let stack: TestStack;
let db: pg.Client;
let dir: string;

beforeAll(async () => {
  dir = fs.mkdtempSync('/tmp/dot-nightly-');
  // The worker's own timer stays out of the way: only /__test/jobs/run runs the scans, at the test clock.
  stack = await startStack({sync: false, env: {DOT_BACKUP: 'on', DOT_BACKUP_AT: '03:00', DOT_BACKUP_DIR: dir, DOT_JOBS_TICK_MS: '3600000'}});
  db = new pg.Client({connectionString: stack.pgUrl});
  db.on('error', () => {});
  await db.connect();
}, 120_000);

afterAll(async () => {
  await db?.end().catch(() => {});
  await stack?.stop();
  fs.rmSync(dir, {recursive: true, force: true});
});

const at = (iso: string) =>
  fetch(`${stack.baseUrl}/__test/clock`, {method: 'POST', headers: {'content-type': 'application/json'}, body: JSON.stringify({now: iso})});
const runJobs = () => fetch(`${stack.baseUrl}/__test/jobs/run`, {method: 'POST'}).then((r) => r.json());
const runsOf = async (trigger: string) =>
  (
    await db.query<{kind: string; ok: boolean}>(
      `select kind, ok from backup_run where trigger = $1 or (kind = 'verify' and trigger = 'schedule') order by started_at`,
      [trigger],
    )
  ).rows;

it('takes one backup and one verify per night, after the slot and not before', {timeout: 120_000}, async () => {
  // 02:30 in Almaty on 11 March 2030: tonight's 03:00 has not come.
  await at('2030-03-10T21:30:00Z');
  await runJobs();
  expect((await db.query(`select 1 from backup_run where trigger = 'schedule:2030-03-11'`)).rowCount).toBe(0);

  // 03:05: the slot has passed; the scan enqueues the night's job and the worker runs it.
  await at('2030-03-10T22:05:00Z');
  await runJobs();
  const runs = await runsOf('schedule:2030-03-11');
  expect(runs).toEqual([
    {kind: 'backup', ok: true},
    {kind: 'verify', ok: true},
  ]);
  const kept = fs.readdirSync(dir).filter((n) => !n.endsWith('.partial'));
  expect(kept).toHaveLength(1);
  expect(fs.existsSync(`${dir}/${kept[0]}/manifest.json`)).toBe(true);

  // The scan runs again (every process runs it): the night's dedupe key holds, nothing more is taken.
  await at('2030-03-10T23:00:00Z');
  await runJobs();
  await runJobs();
  expect(await runsOf('schedule:2030-03-11')).toHaveLength(2);
  expect(fs.readdirSync(dir).filter((n) => !n.endsWith('.partial'))).toHaveLength(1);
});
