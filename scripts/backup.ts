// `npm run backup`: one backup now, into DOT_BACKUP_DIR (default <data>/backups)
// or DOT_BACKUP_S3_*, with the same settings as `npm start`; then it restores
// that backup into a scratch database to prove it (skip with --no-verify).
// While dot runs it uses the running database; otherwise it starts the embedded one.
import pg from 'pg';
import {ConfigError, loadConfig} from '#server/config.ts';
import {createPool} from '#server/db/pool.ts';
import {setLogLevel} from '#server/log.ts';
import {BackupBusy, runBackup} from '#server/backup/run.ts';
import {runVerify} from '#server/backup/verify.ts';
import {embeddedUrl, startDatabase} from '#server/supervisor/postgres.ts';
import {StartupError} from '#server/supervisor/startup-error.ts';

const out = (text: string) => process.stdout.write(`${text}\n`);
const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;

async function main(): Promise<number> {
  const config = loadConfig();
  setLogLevel('warn');
  let url = config.databaseUrl;
  let stop = async () => {};
  if (!url) {
    const probe = new pg.Client({connectionString: embeddedUrl(config.pgPort), connectionTimeoutMillis: 3000});
    try {
      await probe.connect();
      url = embeddedUrl(config.pgPort);
    } catch {
      const db = await startDatabase({dataDir: config.dataDir, pgPort: config.pgPort});
      url = db.url;
      stop = () => db.stop();
    } finally {
      await probe.end().catch(() => {});
    }
  }
  const pool = createPool(url, 3);
  try {
    const b = await runBackup(pool, config, 'cli');
    const t = b.manifest.totals;
    out(
      `Backup ${b.name} done in ${(b.ms / 1000).toFixed(1)} s: ${t.rows} rows in ${b.manifest.tables.length} tables, ${t.files} files (${mb(t.fileBytes)}); ${mb(b.bytes)} kept in ${config.backup.s3 ? `s3://${config.backup.s3.bucket}` : config.backup.dir}.`,
    );
    if (b.manifest.missingFiles.length)
      out(`Note: ${b.manifest.missingFiles.length} file rows had no bytes in storage at backup time (listed in its manifest).`);
    if (b.removed.length) out(`Removed ${b.removed.length} backups older than ${config.backup.keepDays} days: ${b.removed.join(', ')}.`);
    if (process.argv.includes('--no-verify')) return 0;
    const v = await runVerify(pool, config, 'cli', b.name);
    out(
      v.ok
        ? `Verified: ${b.name} restores (${v.how === 'restored' ? 'into a scratch database, every table and file matching' : 'archive hashes only'}) in ${(v.ms / 1000).toFixed(1)} s.`
        : `VERIFY FAILED: ${v.error}`,
    );
    return v.ok ? 0 : 1;
  } finally {
    await pool.end();
    await stop();
  }
}

main().then(
  (code) => process.exit(code),
  (e) => {
    const known = e instanceof ConfigError || e instanceof StartupError || e instanceof BackupBusy;
    process.stderr.write(`backup: ${known ? e.message : `failed: ${(e as Error).message}`}\n`);
    process.exit(1);
  },
);
