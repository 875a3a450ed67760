// `npm run restore -- <backup folder or name> [--data-dir D] [--force]`: brings
// a fresh data folder (embedded PostgreSQL) or an empty DATABASE_URL database
// to exactly the backup's state, checked table by table and file by file
// against the manifest, and says what it did. A target that already holds data
// refuses unless --force (which replaces everything in it). Run it with dot
// stopped; start dot afterwards as usual (zero-cache then syncs from scratch).
import fs from 'node:fs';
import path from 'node:path';
import {ConfigError, loadConfig} from '#server/config.ts';
import {createPool} from '#server/db/pool.ts';
import {setLogLevel} from '#server/log.ts';
import {loadBackup, RestoreRefused} from '#server/backup/load.ts';
import {startRun, targetOf} from '#server/backup/run.ts';
import {storageOf} from '#server/files/storage-of.ts';
import {startDatabase} from '#server/supervisor/postgres.ts';
import {StartupError} from '#server/supervisor/startup-error.ts';

const out = (text: string) => process.stdout.write(`${text}\n`);
const USAGE = 'Usage: npm run restore -- <backup folder or name> [--data-dir <folder>] [--force]\n';

async function main(args: string[]): Promise<number> {
  const force = args.includes('--force');
  const at = args.indexOf('--data-dir');
  if (at !== -1) process.env.DOT_DATA_DIR = args[at + 1];
  const source = args.filter((a, i) => !a.startsWith('--') && (at === -1 || i !== at + 1))[0];
  if (!source) {
    process.stderr.write(USAGE);
    return 2;
  }
  const config = loadConfig();
  setLogLevel('warn');
  const t0 = performance.now();
  const opened = fs.existsSync(source) ? {dir: path.resolve(source), close: async () => {}} : await targetOf(config).open(source);
  const filesDir = path.join(config.dataDir, 'files');
  if (!config.s3 && fs.existsSync(filesDir) && fs.readdirSync(filesDir).length && !force) {
    throw new RestoreRefused(`The target is not empty: ${filesDir} already holds files. Restore into a fresh data folder, or add --force to replace it.`);
  }
  const db = await startDatabase({databaseUrl: config.databaseUrl, dataDir: config.dataDir, pgPort: config.pgPort});
  const pool = createPool(db.url, 3);
  try {
    out(`Restoring ${opened.dir} into ${config.databaseUrl ? 'the DATABASE_URL database' : config.dataDir}…`);
    if (force) {
      if (!config.s3) fs.rmSync(filesDir, {recursive: true, force: true});
      // zero-cache's copy of the old data: it makes a new one from the restored database on start.
      fs.rmSync(path.join(config.dataDir, 'zero'), {recursive: true, force: true});
    }
    const r = await loadBackup({pool, storage: storageOf(config), dir: opened.dir, force, log: (line) => out(`  ${line}`)});
    const run = await startRun(pool, 'restore', 'cli');
    await run.finish({ok: true, location: opened.dir, name: path.basename(opened.dir), rows: r.rows, files: r.files, bytes: r.fileBytes});
    out(
      `Restored: ${r.tables} tables, ${r.rows} rows, ${r.files} files, all matching the backup's manifest, in ${((performance.now() - t0) / 1000).toFixed(1)} s.`,
    );
    out(`Start dot on it as usual${config.databaseUrl ? '' : ` (DOT_DATA_DIR=${config.dataDir} npm start)`}.`);
    return 0;
  } finally {
    await pool.end();
    await db.stop();
    await opened.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (e) => {
    const known = e instanceof ConfigError || e instanceof StartupError || e instanceof RestoreRefused;
    process.stderr.write(`restore: ${known ? e.message : `failed: ${(e as Error).message}`}\n`);
    process.exit(known ? 2 : 1);
  },
);
