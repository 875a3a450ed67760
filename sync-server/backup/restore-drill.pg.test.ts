// The restore drill (issue 19): a company filled through the app's own REST
// paths (sign-up, bookings setup, requests with comments, clients, tasks, a
// file attached to a request), `npm run backup` (which also restores it into a
// scratch database to verify it), `npm run restore` into a fresh data folder,
// then every table compared row by row and every file by sha256, the restored
// stack started (zero-cache included) and the owner signing in on it. A second
// restore into that folder refuses without --force.
import {spawnSync} from 'node:child_process';
import {createHash, randomBytes} from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {freePort} from '../supervisor/ports.ts';
import {Client, uniqueEmail} from '../testing/http.ts';
import {ROOT, startStack, type TestStack} from '../testing/stack.ts';
import {consoleClient} from '../platform/testing.ts';
import {readTables} from './catalog.ts';
import {BackupBusy, runBackup} from './run.ts';

let a: TestStack;
let b: TestStack | undefined;
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'dot-drill-'));
const backups = path.join(tmp, 'backups');
const restored = path.join(tmp, 'restored');
const email = uniqueEmail('drill');
const everyDay = Object.fromEntries(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].map((d) => [d, {open: true, intervals: [{from: '08:00', to: '22:00'}]}]));

function cli(script: string, args: string[], env: Record<string, string>) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', path.join(ROOT, 'scripts', script), ...args], {
    cwd: ROOT,
    env: {...process.env, ...env},
    encoding: 'utf8',
  });
  return {code: r.status, out: `${r.stdout}${r.stderr}`};
}

async function fill(base: string): Promise<void> {
  const owner = new Client(base);
  const me = (await owner.post('/api/v1/auth/signup', {companyName: 'Салон «Резерв»', name: 'Айгерим', email, password: 'password1'})).body;
  expect(me.member.id).toBeTruthy();
  const tag = crypto.randomUUID().slice(0, 8);
  expect((await owner.put(`/api/v1/booking/masters/m-${tag}`, {memberId: me.member.id, masterSlug: 'dana', displayName: 'Дана', about: ''})).status).toBe(200);
  expect((await owner.put(`/api/v1/booking/places/p-${tag}`, {masterId: `m-${tag}`, name: 'Салон', timezone: 'Asia/Almaty', hours: everyDay})).status).toBe(
    200,
  );
  expect((await owner.put(`/api/v1/booking/services/s-${tag}`, {masterId: `m-${tag}`, title: 'Стрижка', durationMin: 60, placeIds: [`p-${tag}`]})).status).toBe(
    200,
  );
  expect((await owner.post('/api/v1/clients', {name: 'Асель', phones: ['87010000001']})).status).toBe(201);
  for (let i = 0; i < 5; i++) {
    const r = await owner.post('/api/v1/requests', {clientPhone: `+7701555010${i}`, text: `Заявка ${i}: «кавычки», \\ и\nперенос`});
    expect(r.status).toBe(201);
    expect((await owner.post('/api/v1/tasks', {title: `Задача ${i}`, requestId: r.body.id})).status).toBe(201);
  }
  const fileId = crypto.randomUUID();
  const put = await fetch(`${base}/api/v1/files/${fileId}`, {
    method: 'PUT',
    headers: {cookie: owner.cookie, 'content-type': 'image/jpeg', 'x-file-name': encodeURIComponent('фото.jpg')},
    body: randomBytes(200_000),
  });
  expect(put.status).toBe(201);
  const req = await owner.post('/api/v1/requests', {clientPhone: '+77011234567', text: 'с фото'});
  expect((await owner.post(`/api/v1/requests/${req.body.id}/attachments`, {fileId, kind: 'photo'})).status).toBe(201);
}

/** /healthz on a new connection (a kept-alive one the server closed after an upload fails the first try). */
async function healthOf(base: string, query = ''): Promise<any> {
  const get = () => fetch(`${base}/healthz${query}`);
  return (await get().catch(get)).json();
}

async function tableRows(url: string): Promise<Map<string, string[]>> {
  const client = new pg.Client({connectionString: url});
  await client.connect();
  try {
    const out = new Map<string, string[]>();
    // backup_run goes on after the snapshot (the backup's own row finishes, the verify and the restore add theirs).
    for (const t of (await readTables(client)).filter((t) => t.name !== 'backup_run')) {
      const order = t.primaryKey.length ? t.primaryKey.map((c) => `"${c}"`).join(', ') : `(x.*)::text`;
      const {rows} = await client.query<{r: string}>(`select (x.*)::text as r from "${t.name}" x order by ${order}`);
      out.set(
        t.name,
        rows.map((r) => r.r),
      );
    }
    return out;
  } finally {
    await client.end();
  }
}

function fileHashes(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  if (!fs.existsSync(dir)) return out;
  for (const e of fs.readdirSync(dir, {recursive: true, withFileTypes: true})) {
    if (e.isFile())
      out[path.relative(dir, path.join(e.parentPath, e.name))] = createHash('sha256')
        .update(fs.readFileSync(path.join(e.parentPath, e.name)))
        .digest('hex');
  }
  return out;
}

beforeAll(async () => {
  a = await startStack({sync: false, env: {DOT_JOBS: 'off', DOT_BACKUP: 'off'}});
  await fill(a.baseUrl);
}, 120_000);

afterAll(async () => {
  await b?.stop();
  await a?.stop();
  fs.rmSync(tmp, {recursive: true, force: true});
});

describe('restore drill', () => {
  it('backs up, restores into a fresh data folder exactly, and the restored stack starts and lets the owner in', async () => {
    const pgPort = new URL(a.pgUrl).port;
    const backup = cli('backup.ts', [], {DOT_DATA_DIR: a.dataDir, DOT_PG_PORT: pgPort, DOT_BACKUP_DIR: backups});
    expect(backup.out).toMatch(/Backup dot-backup-\d{8}T\d{6}Z done/);
    expect(backup.out).toMatch(/Verified: .* restores \(into a scratch database/);
    expect(backup.code).toBe(0);
    const name = fs.readdirSync(backups).find((n) => n.startsWith('dot-backup-'))!;
    const health = await healthOf(a.baseUrl);
    expect(health.backup.lastBackupOk).toBe(true);
    expect(health.backup.lastVerifiedAt).toBeGreaterThan(health.backup.lastBackupAt - 1);

    const restore = cli('restore.ts', [path.join(backups, name), '--data-dir', restored], {DOT_PG_PORT: String(await freePort())});
    expect(restore.out).toMatch(/Restored: \d+ tables, \d+ rows, 1 files/);
    expect(restore.code).toBe(0);

    b = await startStack({dataDir: restored, env: {DOT_JOBS: 'off', DOT_BACKUP: 'off'}});
    const [before, after] = await Promise.all([tableRows(a.pgUrl), tableRows(b.pgUrl)]);
    expect([...after.keys()]).toEqual([...before.keys()]);
    for (const [table, rows] of before) expect(after.get(table), table).toEqual(rows);
    expect(before.get('request')!.length).toBe(6);
    const files = fileHashes(path.join(a.dataDir, 'files'));
    expect(Object.keys(files)).toHaveLength(1);
    expect(fileHashes(path.join(restored, 'files'))).toEqual(files);

    const phone = new Client(b.baseUrl);
    expect((await phone.post('/api/v1/auth/login', {email, password: 'password1'})).status).toBe(200);
    const list = await phone.get('/api/v1/requests');
    expect(list.status).toBe(200);
    expect(JSON.stringify(list.body)).toContain('с фото');
    const health2 = await healthOf(b.baseUrl, '?ready=sync');
    expect(health2.sync.state).toBe('ready');

    await b.stop();
    b = undefined;
    const again = cli('restore.ts', [path.join(backups, name), '--data-dir', restored], {DOT_PG_PORT: String(await freePort())});
    expect(again.code).toBe(2);
    expect(again.out).toContain('The target is not empty');
  }, 90_000);

  it('runs one backup at a time across processes, and the console lists runs and backs up (then verifies) on demand', async () => {
    const pool = new pg.Pool({connectionString: a.pgUrl, max: 4});
    pool.on('error', () => {});
    try {
      const settings = {dataDir: a.dataDir, s3: undefined, backup: {on: true, at: '03:00', keepDays: 14, dir: path.join(tmp, 'twice'), s3: undefined}};
      const both = await Promise.allSettled([runBackup(pool, settings, 'test'), runBackup(pool, settings, 'test')]);
      expect(both.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
      expect(both.find((r) => r.status === 'rejected')?.reason).toBeInstanceOf(BackupBusy);

      const {client: admin} = await consoleClient(pool, {baseUrl: a.baseUrl});
      expect((await admin.post('/api/v1/platform/backups')).status).toBe(202);
      let page: any;
      for (let i = 0; i < 120; i++) {
        page = (await admin.get('/api/v1/platform/backups')).body;
        if (page.runs.some((r: any) => r.kind === 'verify' && r.trigger === 'console' && r.ok !== null)) break;
        await new Promise((r) => setTimeout(r, 250));
      }
      expect(page.schedule).toEqual({on: false, at: '03:00', keepDays: 14});
      const mine = page.runs.filter((r: any) => r.trigger === 'console');
      expect(mine.map((r: any) => [r.kind, r.ok])).toEqual([
        ['verify', true],
        ['backup', true],
      ]);
      expect(page.kept).toContain(mine[1].name);
    } finally {
      await pool.end();
    }
  }, 60_000);
});
