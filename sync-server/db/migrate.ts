// Applies schema/migrations/NNNN_*.sql in order, each in its own transaction,
// once. A migration edited after it was applied is refused: migrations are
// append-only, so every database reaches the same shape by the same steps.
// For the same reason a new migration that sorts before the last applied one
// is refused (numbers come in bands, 0004, 0100, 0300…: a 0005 added later
// would run after 0307 on a live database but before 0100 on a fresh one).
import {createHash} from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import type pg from 'pg';

export const MIGRATIONS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../schema/migrations');

export type Migration = {name: string; sql: string; checksum: string};

export function readMigrations(dir = MIGRATIONS_DIR): Migration[] {
  return fs
    .readdirSync(dir)
    .filter((f) => /^\d{4}_[\w-]+\.sql$/.test(f))
    .sort()
    .map((name) => {
      const sql = fs.readFileSync(path.join(dir, name), 'utf8');
      return {name, sql, checksum: createHash('sha256').update(sql).digest('hex')};
    });
}

/** Why `migrations` cannot be applied over the `applied` names, or null. */
export function refusal(migrations: Migration[], applied: ReadonlyMap<string, string>): string | null {
  for (const m of migrations) {
    const previous = applied.get(m.name);
    if (previous !== undefined && previous !== m.checksum) {
      return `Migration ${m.name} was changed after it was applied. Migrations are append-only: put the change in a new file.`;
    }
  }
  const last = [...applied.keys()].sort().at(-1);
  if (last === undefined) return null;
  const early = migrations.filter((m) => !applied.has(m.name) && m.name < last).map((m) => m.name);
  if (early.length > 0) {
    const newest = migrations
      .map((m) => m.name)
      .sort()
      .at(-1);
    return (
      `Migration ${early.join(', ')} sorts before ${last}, which is already applied: here it would run after ${last}, ` +
      `on a fresh database before it. Renumber it to sort after ${last} (the newest migration is ${newest}).`
    );
  }
  return null;
}

export async function migrate(pool: pg.Pool, migrations = readMigrations()): Promise<string[]> {
  const client = await pool.connect();
  const applied: string[] = [];
  try {
    // One migrator at a time, even with several app processes starting together.
    await client.query('select pg_advisory_lock(7366743)');
    await client.query(`create table if not exists dot_migration (
      name text primary key, checksum text not null, applied_at timestamptz not null default now())`);
    const {rows} = await client.query<{name: string; checksum: string}>('select name, checksum from dot_migration');
    const done = new Map(rows.map((r) => [r.name, r.checksum]));
    // Checked before anything runs, so a refused set leaves the database as it was.
    const refused = refusal(migrations, done);
    if (refused) throw new Error(refused);
    for (const m of [...migrations].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      if (done.has(m.name)) continue;
      await client.query('begin');
      try {
        await client.query(m.sql);
        await client.query('insert into dot_migration (name, checksum) values ($1, $2)', [m.name, m.checksum]);
        await client.query('commit');
        applied.push(m.name);
      } catch (e) {
        await client.query('rollback');
        throw new Error(`Migration ${m.name} failed: ${(e as Error).message}`);
      }
    }
  } finally {
    await client.query('select pg_advisory_unlock(7366743)').catch(() => {});
    client.release();
  }
  return applied;
}
