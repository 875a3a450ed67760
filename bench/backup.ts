// Backup and restore of a company with 100,000 requests (each with a comment)
// and about 1 GB of files: a real stack (sync off) holds the company; rows are
// written with SQL and file bytes straight into the storage folder (the app's
// paths are tested by the restore drill; here only the size matters). Prints
// the backup's time and size, the verify's time, and the restore's time into a
// fresh embedded PostgreSQL and file folder.
// Usage: npm run bench -- backup   (BENCH_REQUESTS, BENCH_FILE_MB to scale; BENCH_VERIFY=0 skips the verify). Figures are printed, never asserted.
import {createHash, randomBytes} from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import {loadConfig} from '#server/config.ts';
import {loadBackup} from '#server/backup/load.ts';
import {runBackup} from '#server/backup/run.ts';
import {runVerify} from '#server/backup/verify.ts';
import {localDiskStorage} from '#server/files/storage.ts';
import {freePort} from '#server/supervisor/ports.ts';
import {startDatabase} from '#server/supervisor/postgres.ts';
import {startStack} from '#server/testing/stack.ts';

const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 100_000);
const FILE_MB = Number(process.env.BENCH_FILE_MB ?? 1024);
const FILE_SIZE = 8 * 1024 * 1024;
const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const mb = (n: number) => `${(n / 1024 / 1024).toFixed(0)} MB`;

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'dot-bench-backup-'));
const stack = await startStack({sync: false, env: {DOT_JOBS: 'off', DOT_BACKUP: 'off'}});
try {
  const signup = await fetch(`${stack.baseUrl}/api/v1/auth/signup`, {
    method: 'POST',
    headers: {'content-type': 'application/json'},
    body: JSON.stringify({companyName: 'Bench', name: 'Owner', email: `bench.${Date.now()}@example.kz`, password: 'password1'}),
  });
  const me = (await signup.json()) as {company: {id: string}; member: {id: string}};
  const pool = new pg.Pool({connectionString: stack.pgUrl, max: 4});
  let t = performance.now();
  // Rows straight in, triggers off (the numbering and audit triggers would cost minutes; the drill tests the app's paths).
  const fill = await pool.connect();
  await fill.query('set session_replication_role = replica');
  await fill.query(
    `insert into request (id, company_id, number, client_name, client_phone, text, created_by, created_at)
     select 'r' || g, $1, g, 'Клиент ' || g, '+7701' || lpad(g::text, 7, '0'), 'Заявка номер ' || g || ': замена смесителя, доставка, счёт', $2,
            now() - (g || ' minutes')::interval from generate_series(1, $3::int) g`,
    [me.company.id, me.member.id, REQUESTS],
  );
  await fill.query(
    `insert into request_comment (id, company_id, request_id, author_id, body) select 'c' || g, $1, 'r' || g, $2, 'Перезвонить клиенту ' || g from generate_series(1, $3::int) g`,
    [me.company.id, me.member.id, REQUESTS],
  );
  fill.release();
  const filesDir = path.join(stack.dataDir, 'files');
  const count = Math.ceil((FILE_MB * 1024 * 1024) / FILE_SIZE);
  for (let i = 0; i < count; i++) {
    const bytes = randomBytes(FILE_SIZE);
    const key = `${me.company.id}/bench-${i}`;
    fs.mkdirSync(path.dirname(path.join(filesDir, key)), {recursive: true});
    fs.writeFileSync(path.join(filesDir, key), bytes);
    await pool.query(`insert into file (id, company_id, name, mime, size, sha256, storage_key) values ($1, $2, $3, 'application/octet-stream', $4, $5, $6)`, [
      `f${i}`,
      me.company.id,
      `bench-${i}.bin`,
      FILE_SIZE,
      createHash('sha256').update(bytes).digest('hex'),
      key,
    ]);
  }
  console.log(`data: ${REQUESTS} requests + ${REQUESTS} comments, ${count} files (${mb(count * FILE_SIZE)}) written in ${s(performance.now() - t)}`);

  const config = {...loadConfig({...process.env, DOT_DATA_DIR: stack.dataDir, DOT_BACKUP_DIR: path.join(tmp, 'backups')}), databaseUrl: stack.pgUrl};
  t = performance.now();
  const b = await runBackup(pool, config, 'bench');
  console.log(
    `backup: ${s(b.ms)}, ${mb(b.bytes)} (tables ${mb(b.manifest.totals.tableBytes)} gzip, files ${mb(b.manifest.totals.fileBytes)}), ${b.manifest.totals.rows} rows`,
  );
  if (process.env.BENCH_VERIFY !== '0') {
    const v = await runVerify(pool, config, 'bench', b.name);
    console.log(`verify (restore into a scratch database + file hashes): ${s(v.ms)}, ${v.ok ? 'ok' : v.error}`);
  }
  await pool.end();

  const dataDir = path.join(tmp, 'restored');
  const db = await startDatabase({dataDir, pgPort: await freePort()});
  const target = new pg.Pool({connectionString: db.url, max: 3});
  t = performance.now();
  const r = await loadBackup({pool: target, storage: localDiskStorage(path.join(dataDir, 'files')), dir: path.join(tmp, 'backups', b.name)});
  console.log(`restore into a fresh data folder: ${s(performance.now() - t)} (${r.tables} tables, ${r.rows} rows, ${r.files} files, ${mb(r.fileBytes)})`);
  await target.end();
  await db.stop();
} finally {
  await stack.stop();
  fs.rmSync(tmp, {recursive: true, force: true});
}
