// The console's backups (issue 19): the backups kept in the target, the last
// runs (backup, verify, restore), and "back up now" (a backup then its verify,
// in the background; the list shows it when done). The nightly schedule lives
// here too, so every process's job worker knows it (backup/schedule.ts).
import {z} from 'zod';
import {BACKUP_LOCK, runBackup, targetOf} from '../../backup/run.ts';
import {backupJobs} from '../../backup/schedule.ts';
import {runVerify} from '../../backup/verify.ts';
import {log} from '../../log.ts';
import {route} from '../../rest/route.ts';
import {definePlatformArea} from '../area.ts';
import {platformAudit} from '../audit.ts';
import {backupRuns} from './runs.ts';

const run = z.object({
  id: z.string(),
  kind: z.enum(['backup', 'verify', 'restore']),
  trigger: z.string(),
  startedAt: z.number(),
  finishedAt: z.number().nullable(),
  ok: z.boolean().nullable(),
  name: z.string().nullable(),
  bytes: z.number().nullable(),
  rows: z.number().nullable(),
  files: z.number().nullable(),
  durationMs: z.number().nullable(),
  error: z.string().nullable(),
});

export const backupsArea = definePlatformArea({
  routes: ({pool, config}) => [
    route({
      method: 'get',
      path: '/platform/backups',
      tag: 'platform',
      summary: 'Backups: where they are kept, the schedule, the backups kept, the last runs',
      auth: 'platform',
      response: z.object({
        target: z.string(),
        schedule: z.object({on: z.boolean(), at: z.string(), keepDays: z.number()}),
        kept: z.array(z.string()),
        runs: z.array(run),
        running: z.boolean(),
      }),
      async handler() {
        const target = targetOf(config);
        const kept = await target.list().catch(() => []);
        const {rows} = await pool.query<{n: number}>(`select count(*)::int as n from pg_locks where locktype = 'advisory' and objid = $1 and granted`, [
          BACKUP_LOCK,
        ]);
        return {
          body: {
            target: target.where,
            schedule: {on: config.backup.on, at: config.backup.at, keepDays: config.backup.keepDays},
            kept: kept.reverse(),
            runs: await backupRuns(pool, 20),
            running: rows[0]!.n > 0,
          },
        };
      },
    }),
    route({
      method: 'post',
      path: '/platform/backups',
      tag: 'platform',
      summary: 'Back up now, then verify that backup by restoring it into a scratch database (in the background; audited)',
      auth: 'platform',
      status: 202,
      response: z.object({started: z.boolean()}),
      async handler({ctx}) {
        const {rows} = await pool.query<{n: number}>(`select count(*)::int as n from pg_locks where locktype = 'advisory' and objid = $1 and granted`, [
          BACKUP_LOCK,
        ]);
        if (rows[0]!.n > 0) return {status: 200, body: {started: false}};
        await platformAudit(pool, ctx, {action: 'backup.run'});
        void runBackup(pool, config, 'console')
          .then((b) => runVerify(pool, config, 'console', b.name))
          .catch((e) => log.warn('backup', `console backup: ${(e as Error).message}`));
        return {status: 202, body: {started: true}};
      },
    }),
  ],
  jobs: ({config}) => backupJobs(config),
});
