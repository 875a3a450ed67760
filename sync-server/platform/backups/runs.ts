// The last backup runs, for the console and /healthz (epoch ms like every other time the API gives).
import type pg from 'pg';
import type {BackupRun} from '#shared/platform/backup-run.ts';

export type {BackupRun};

export async function backupRuns(pool: pg.Pool, limit: number): Promise<BackupRun[]> {
  const {rows} = await pool.query<BackupRun>(
    `select id, kind, trigger, (extract(epoch from started_at) * 1000)::float8 as "startedAt",
       (extract(epoch from finished_at) * 1000)::float8 as "finishedAt", ok, name, bytes, rows, files, duration_ms as "durationMs", error
     from backup_run order by started_at desc limit $1`,
    [limit],
  );
  return rows;
}

/** /healthz's backup field: when the last backup finished (and whether it worked), when a restore of one was last proven. */
export async function backupHealth(pool: pg.Pool): Promise<{lastBackupAt: number | null; lastBackupOk: boolean | null; lastVerifiedAt: number | null}> {
  const {rows} = await pool.query<{b: number | null; ok: boolean | null; v: number | null}>(
    `select (select (extract(epoch from finished_at) * 1000)::float8 from backup_run where kind = 'backup' and finished_at is not null order by started_at desc limit 1) as b,
            (select ok from backup_run where kind = 'backup' and finished_at is not null order by started_at desc limit 1) as ok,
            (select (extract(epoch from finished_at) * 1000)::float8 from backup_run where kind in ('verify', 'restore') and ok order by finished_at desc limit 1) as v`,
  );
  return {lastBackupAt: rows[0]?.b ?? null, lastBackupOk: rows[0]?.ok ?? null, lastVerifiedAt: rows[0]?.v ?? null};
}
