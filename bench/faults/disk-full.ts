// The disk fills up: dot's data folder (the embedded PostgreSQL, the uploaded
// files and the upload temp folder) on a small tmpfs, filled to the last byte.
// Writes must be refused with a clear message in the caller's language (507),
// nothing stored must be damaged, and writes must work again once space returns.
// Mounting needs root (or CAP_SYS_ADMIN); without it this part says so and skips.
import {execFileSync} from 'node:child_process';
import {randomUUID} from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import {freePort} from '#server/supervisor/ports.ts';
import {DotProcess} from './dot-process.ts';
import {login} from './devices.ts';

const SIZE = '320m';

function fill(file: string): number {
  const fd = fs.openSync(file, 'w');
  const chunk = Buffer.alloc(1 << 20, 7);
  let bytes = 0;
  try {
    for (;;) bytes += fs.writeSync(fd, chunk);
  } catch {
    // ENOSPC: full
  }
  // The last partial megabyte too.
  try {
    for (;;) bytes += fs.writeSync(fd, chunk, 0, 4096);
  } catch {
    // full to the page
  }
  fs.closeSync(fd);
  return bytes;
}

type Attempt = {status: number; code?: string; message?: string};

async function writeRequest(base: string, cookie: string, text: string, lang: string): Promise<Attempt> {
  try {
    const res = await fetch(`${base}/api/v1/requests`, {
      method: 'POST',
      headers: {'content-type': 'application/json', cookie, 'accept-language': lang, 'idempotency-key': randomUUID()},
      body: JSON.stringify({text, clientPhone: '+77011234567'}),
      signal: AbortSignal.timeout(20_000),
    });
    const body = (await res.json().catch(() => ({}))) as {error?: {code: string; message: string}};
    return {status: res.status, code: body.error?.code, message: body.error?.message};
  } catch (e) {
    return {status: 0, message: (e as Error).message};
  }
}

async function upload(base: string, cookie: string, bytes: number, lang = 'ru'): Promise<Attempt> {
  const res = await fetch(`${base}/api/v1/files/${randomUUID()}`, {
    method: 'PUT',
    headers: {cookie, 'content-type': 'application/octet-stream', 'x-file-name': 'photo.jpg', 'accept-language': lang},
    body: Buffer.alloc(bytes, 1),
  });
  const body = (await res.json().catch(() => ({}))) as {error?: {code: string; message: string}};
  return {status: res.status, code: body.error?.code, message: body.error?.message};
}

export async function diskFull(): Promise<void> {
  console.log('\n-- disk full');
  const mnt = fs.mkdtempSync(path.join(os.tmpdir(), 'dot-diskfull-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${SIZE},mode=755`, 'tmpfs', mnt], {stdio: 'pipe'});
  } catch (e) {
    console.log(`skipped: cannot mount a small filesystem here (${(e as Error).message.split('\n')[0]}); run as root to include this part`);
    fs.rmSync(mnt, {recursive: true, force: true});
    return;
  }
  const tmp = path.join(mnt, 'tmp');
  fs.mkdirSync(tmp, {mode: 0o1777});
  const dot = new DotProcess(
    path.join(mnt, 'data'),
    {port: await freePort(), pgPort: await freePort(), zeroPort: await freePort()},
    {DOT_SYNC: 'off', TMPDIR: tmp},
  );
  fs.mkdirSync(dot.dataDir, {mode: 0o755});
  try {
    await dot.start({sync: false});
    const email = `disk.${Date.now()}@example.kz`;
    const signup = await fetch(`${dot.baseUrl}/api/v1/auth/signup`, {
      method: 'POST',
      headers: {'content-type': 'application/json'},
      body: JSON.stringify({companyName: 'Диск', name: 'Владелец', email, password: 'password1'}),
    });
    const companyId = ((await signup.json()) as {company: {id: string}}).company.id;
    const {cookie} = await login(dot.baseUrl, email, 'password1');
    const stored: string[] = [];
    for (let i = 0; i < 20; i++) if ((await writeRequest(dot.baseUrl, cookie, `disk:before:${i}`, 'ru')).status === 201) stored.push(`disk:before:${i}`);
    const uploadBefore = await upload(dot.baseUrl, cookie, 200_000);

    const filled = fill(path.join(mnt, 'filler'));
    console.log(`filled the ${SIZE} filesystem: ${(filled / 2 ** 20).toFixed(0)} MB of filler, ${fs.statfsSync(mnt).bavail} blocks left`);
    // PostgreSQL may still fit a few rows in pages it has; keep writing until it refuses.
    const refusals: Record<string, Attempt> = {};
    let accepted = 0;
    let statuses: Record<number, number> = {};
    for (let i = 0; i < 400 && Object.keys(refusals).length < 3; i++) {
      const lang = ['ru', 'kk', 'en'][i % 3]!;
      const text = `disk:full:${i} ${'x'.repeat(2000)}`;
      const a = await writeRequest(dot.baseUrl, cookie, text, lang);
      statuses[a.status] = (statuses[a.status] ?? 0) + 1;
      if (a.status === 201) {
        accepted++;
        stored.push(text);
      } else refusals[lang] ??= a;
    }
    console.log(`REST writes while full: ${accepted} still fitted, then answers ${JSON.stringify(statuses)}`);
    for (const [lang, a] of Object.entries(refusals)) console.log(`  ${lang}: ${a.status} ${a.code ?? ''} "${a.message ?? ''}"`);
    const up = await upload(dot.baseUrl, cookie, 200_000);
    console.log(`upload while full: ${up.status} ${up.code ?? ''} "${up.message ?? ''}" (before filling: ${uploadBefore.status})`);
    const form = await fetch(`${dot.baseUrl}/api/v1/auth/me`, {headers: {cookie}});
    console.log(`reading while full: GET /api/v1/auth/me → ${form.status}`);

    fs.rmSync(path.join(mnt, 'filler'));
    const freedAt = Date.now();
    let after: Attempt = {status: 0};
    while (Date.now() - freedAt < 60_000) {
      after = await writeRequest(dot.baseUrl, cookie, `disk:after`, 'ru');
      if (after.status === 201) break;
      await new Promise((r) => setTimeout(r, 500));
    }
    const upAfter = await upload(dot.baseUrl, cookie, 200_000);
    console.log(`space back: a write is accepted after ${((Date.now() - freedAt) / 1000).toFixed(1)} s (${after.status}); upload ${upAfter.status}`);

    // Nothing corrupted: every row acknowledged is there once, and PostgreSQL reads every table through.
    const db = new pg.Client({connectionString: dot.pgUrl});
    await db.connect();
    const {rows} = await db.query<{text: string}>(`select text from request where company_id = $1 and text like 'disk:%'`, [companyId]);
    const have = new Set(rows.map((r) => r.text));
    const missing = stored.filter((t) => !have.has(t)).length;
    const tables = (await db.query<{t: string}>(`select tablename as t from pg_tables where schemaname = 'public'`)).rows;
    let readable = 0;
    for (const {t} of tables) {
      await db.query(`select count(*) from "${t}"`);
      readable++;
    }
    await db.end();
    const panics = (dot.out.match(/PANIC/g) ?? []).length;
    console.log(
      `after: ${stored.length} acknowledged rows, missing ${missing}, duplicated ${rows.length - have.size}; ${readable}/${tables.length} tables read through; PostgreSQL PANICs in the log: ${panics}`,
    );
  } finally {
    await dot.stop().catch(() => {});
    try {
      execFileSync('umount', [mnt], {stdio: 'pipe'});
    } catch {
      execFileSync('umount', ['-l', mnt], {stdio: 'pipe'});
    }
    fs.rmSync(mnt, {recursive: true, force: true});
  }
}
