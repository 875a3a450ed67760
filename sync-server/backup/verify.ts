// The proof a backup restores: it is loaded into a scratch database on the
// same server (made and dropped for the purpose) and a scratch file folder,
// through the same code `npm run restore` runs, which compares every table
// and every file with the manifest's sha256. Where the database user may not
// create databases (a managed DATABASE_URL), the archive alone is checked
// (every table and file re-hashed) and the run says so.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {pipeline} from 'node:stream/promises';
import {createGunzip} from 'node:zlib';
import pg from 'pg';
import {localDiskStorage} from '../files/storage.ts';
import {log} from '../log.ts';
import {discard, tallying} from './hashing.ts';
import {loadBackup, readManifest} from './load.ts';
import {fileEntryPath, tableEntryPath} from './manifest.ts';
import {startRun, targetOf, withBackupLock, type BackupSettings} from './run.ts';

export type VerifyDone = {ok: boolean; name: string; ms: number; how: 'restored' | 'archive'; error?: string};

export async function runVerify(pool: pg.Pool, config: BackupSettings, trigger: string, name?: string): Promise<VerifyDone> {
  return withBackupLock(pool, async () => {
    const target = targetOf(config);
    const chosen = name ?? (await target.list()).at(-1);
    if (!chosen) throw new Error('There is no backup to verify yet.');
    const run = await startRun(pool, 'verify', trigger);
    const t0 = performance.now();
    const opened = await target.open(chosen);
    try {
      const how = await verifyFolder(pool, opened.dir);
      const m = await readManifest(opened.dir);
      await run.finish({ok: true, location: target.where, name: chosen, rows: m.totals.rows, files: m.totals.files, ...(how.note && {error: how.note})});
      return {ok: true, name: chosen, ms: performance.now() - t0, how: how.how};
    } catch (e) {
      const error = (e as Error).message;
      await run.finish({ok: false, location: target.where, name: chosen, error});
      log.error('backup', `verify of ${chosen} failed: ${error}`);
      return {ok: false, name: chosen, ms: performance.now() - t0, how: 'restored', error};
    } finally {
      await opened.close();
    }
  });
}

async function verifyFolder(pool: pg.Pool, dir: string): Promise<{how: 'restored' | 'archive'; note?: string}> {
  const scratch = `dot_verify_${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  try {
    await pool.query(`create database ${scratch}`);
  } catch (e) {
    await checkArchive(dir);
    return {how: 'archive', note: `archive checked only: the database user cannot create a scratch database (${(e as Error).message})`};
  }
  const url = new URL(pool.options.connectionString!);
  url.pathname = `/${scratch}`;
  const scratchPool = new pg.Pool({connectionString: url.toString(), max: 2});
  scratchPool.on('error', () => {});
  const files = await fs.promises.mkdtemp(path.join(os.tmpdir(), 'dot-verify-'));
  try {
    await loadBackup({pool: scratchPool, storage: localDiskStorage(files), dir});
    return {how: 'restored'};
  } finally {
    await scratchPool.end().catch(() => {});
    await fs.promises.rm(files, {recursive: true, force: true});
    await pool.query(`drop database if exists ${scratch} with (force)`).catch((e) => log.warn('backup', `could not drop ${scratch}: ${(e as Error).message}`));
  }
}

/** Re-hashes every table and file of the folder against its manifest. */
export async function checkArchive(dir: string): Promise<void> {
  const m = await readManifest(dir);
  for (const t of m.tables) {
    const tally = tallying();
    await pipeline(fs.createReadStream(path.join(dir, tableEntryPath(t.name))), createGunzip(), tally.stream, discard);
    if (tally.result().sha256 !== t.sha256) throw new Error(`Table ${t.name} in ${m.name} is damaged.`);
  }
  for (const f of m.files) {
    const tally = tallying();
    await pipeline(fs.createReadStream(path.join(dir, fileEntryPath(f.key))), tally.stream, discard);
    if (tally.result().sha256 !== f.sha256) throw new Error(`File ${f.key} in ${m.name} is damaged.`);
  }
}
