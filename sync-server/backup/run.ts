// One backup run end to end, as the schedule, the console and `npm run backup`
// start it: one at a time across every process (an advisory lock on its own
// connection), a backup_run row from start to finish, the backup kept in its
// target, and older ones beyond the retention removed.
import {uuidv7} from 'uuidv7';
import type pg from 'pg';
import type {Config} from '../config.ts';
import {storageOf} from '../files/storage-of.ts';
import {log} from '../log.ts';
import {backupName, timeOfName, type Manifest} from './manifest.ts';
import {localTarget, s3Target, type BackupTarget} from './target.ts';
import {takeBackup} from './take.ts';

export const BACKUP_LOCK = 7366744;

export type BackupSettings = Pick<Config, 'dataDir' | 's3' | 'backup'>;

export const targetOf = (c: BackupSettings): BackupTarget => (c.backup.s3 ? s3Target(c.backup.s3) : localTarget(c.backup.dir));

/** Another run holds the lock: this one did nothing. */
export class BackupBusy extends Error {}

type RunKind = 'backup' | 'verify' | 'restore';
export type RunFields = {ok: boolean; location?: string; name?: string; bytes?: number; rows?: number; files?: number; error?: string};

export async function startRun(pool: pg.Pool, kind: RunKind, trigger: string): Promise<{id: string; finish(f: RunFields): Promise<void>}> {
  const id = uuidv7();
  const started = Date.now();
  await pool.query(`insert into backup_run (id, kind, trigger) values ($1, $2, $3)`, [id, kind, trigger]);
  return {
    id,
    async finish(f) {
      await pool.query(
        `update backup_run set finished_at = now(), ok = $2, location = $3, name = $4, bytes = $5, rows = $6, files = $7, duration_ms = $8, error = $9 where id = $1`,
        [id, f.ok, f.location ?? null, f.name ?? null, f.bytes ?? null, f.rows ?? null, f.files ?? null, Date.now() - started, f.error?.slice(0, 2000) ?? null],
      );
    },
  };
}

/** Holds the backup lock on a connection of its own while `fn` runs; BackupBusy when another run has it. */
export async function withBackupLock<T>(pool: pg.Pool, fn: () => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    const {rows} = await client.query<{ok: boolean}>('select pg_try_advisory_lock($1) as ok', [BACKUP_LOCK]);
    if (!rows[0]!.ok) throw new BackupBusy('A backup is already running.');
    try {
      return await fn();
    } finally {
      await client.query('select pg_advisory_unlock($1)', [BACKUP_LOCK]).catch(() => {});
    }
  } finally {
    client.release();
  }
}

export type BackupDone = {runId: string; name: string; manifest: Manifest; bytes: number; ms: number; removed: string[]};

/** Takes a backup into the configured target and applies the retention. Throws BackupBusy without a row when another runs. */
export async function runBackup(pool: pg.Pool, config: BackupSettings, trigger: string, now = new Date()): Promise<BackupDone> {
  return withBackupLock(pool, async () => {
    const target = targetOf(config);
    const run = await startRun(pool, 'backup', trigger);
    const name = backupName(now);
    const t0 = performance.now();
    try {
      const staged = await target.stage(name);
      const manifest = await takeBackup({pool, storage: storageOf(config), storageKind: config.s3 ? 's3' : 'local', dir: staged, name, now});
      const bytes = manifest.totals.tableBytes + manifest.totals.fileBytes;
      await target.keep(staged, name);
      await run.finish({ok: true, location: target.where, name, bytes, rows: manifest.totals.rows, files: manifest.totals.files});
      const removed = await applyRetention(target, config.backup.keepDays, now.getTime());
      log.info('backup', `${name}: ${manifest.totals.rows} rows, ${manifest.totals.files} files, ${bytes} bytes in ${target.where}`);
      return {runId: run.id, name, manifest, bytes, ms: performance.now() - t0, removed};
    } catch (e) {
      await run.finish({ok: false, location: target.where, name, error: (e as Error).message});
      log.error('backup', `${name} failed: ${(e as Error).message}`);
      throw e;
    }
  });
}

/** Removes backups older than keepDays, always keeping the newest one. */
export async function applyRetention(target: BackupTarget, keepDays: number, now: number): Promise<string[]> {
  const names = await target.list();
  const old = names.slice(0, -1).filter((n) => timeOfName(n) < now - keepDays * 86_400_000);
  for (const n of old) await target.remove(n);
  return old;
}
