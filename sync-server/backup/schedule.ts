// The nightly backup: a due scan (every process runs it) enqueues one job per
// night with the dedupe key backup:<date>, so however many API processes run,
// the queue holds one job and one worker claims it (SKIP LOCKED); the run's
// advisory lock and the check for a finished backup of the night cover a lease
// that ran out mid-backup. After the backup, a verify run restores it.
import type {Config} from '../config.ts';
import {enqueue, poolSql, RetryLater} from '../jobs/queue.ts';
import type {JobModule} from '../jobs/registry.ts';
import {BackupBusy, runBackup} from './run.ts';
import {runVerify} from './verify.ts';

const SERVER_OFFSET_MS = 5 * 3600_000; // server time is UTC+5 (Kazakhstan)

/** Tonight's slot: the date (server time) and the moment (UTC ms) the backup falls due. */
export function slotOf(now: number, at: string): {date: string; dueAt: number} {
  const local = new Date(now + SERVER_OFFSET_MS);
  const date = local.toISOString().slice(0, 10);
  const [h, m] = at.split(':').map(Number) as [number, number];
  return {date, dueAt: Date.parse(`${date}T00:00:00Z`) + (h * 60 + m) * 60_000 - SERVER_OFFSET_MS};
}

export function backupJobs(config: Pick<Config, 'dataDir' | 's3' | 'backup'>): JobModule {
  if (!config.backup.on) return {};
  return {
    scans: [
      {
        name: 'backup.nightly',
        everyMs: 60_000,
        run: async ({pool, clock}) => {
          const slot = slotOf(clock.now(), config.backup.at);
          if (clock.now() < slot.dueAt) return;
          await enqueue(poolSql(pool), clock, {queue: 'backup.nightly', dedupeKey: `backup:${slot.date}`, payload: {date: slot.date}, maxAttempts: 3});
        },
      },
    ],
    jobs: {
      'backup.nightly': async (job, {pool}) => {
        const date = String(job.payload.date);
        const done = await pool.query(`select 1 from backup_run where kind = 'backup' and trigger = $1 and ok`, [`schedule:${date}`]);
        if (done.rowCount) return;
        try {
          await runBackup(pool, config, `schedule:${date}`);
        } catch (e) {
          if (e instanceof BackupBusy) throw new RetryLater(10 * 60_000, e.message);
          throw e;
        }
        await runVerify(pool, config, 'schedule');
      },
    },
  };
}
