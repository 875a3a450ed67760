// Restores a backup folder into a database and a file storage: checks the
// manifest against the code's migrations (a backup from a newer dot refuses),
// refuses a database that already has tables unless forced, runs exactly the
// backup's migrations, puts the files back (each checked against its sha256),
// then loads every table in ONE transaction with triggers off (the rows come
// back as they were: no audit rows or request numbers made twice), sets the
// sequences, and re-reads every table's sha256 before it commits: a restore
// either matches the manifest or leaves nothing behind.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {pipeline} from 'node:stream/promises';
import {createGunzip} from 'node:zlib';
import type pg from 'pg';
import {from as copyFrom, to as copyTo} from 'pg-copy-streams';
import {migrate, readMigrations, type Migration} from '../db/migrate.ts';
import type {FileStorage} from '../files/storage.ts';
import {CANONICAL_SESSION, copyOutSql, inLoadOrder, quoteIdent as q, readTables} from './catalog.ts';
import {discard, tallying} from './hashing.ts';
import {FORMAT_VERSION, fileEntryPath, tableEntryPath, type Manifest} from './manifest.ts';

/** A restore that must not go ahead: said to the operator as it is. */
export class RestoreRefused extends Error {}

export async function readManifest(dir: string): Promise<Manifest> {
  let text: string;
  try {
    text = await fs.promises.readFile(path.join(dir, 'manifest.json'), 'utf8');
  } catch {
    throw new RestoreRefused(`${dir} is not a dot backup: it has no manifest.json (an unfinished backup has none).`);
  }
  const m = JSON.parse(text) as Manifest;
  if (m.version > FORMAT_VERSION)
    throw new RestoreRefused(`Backup ${m.name} has format ${m.version}; this dot reads up to ${FORMAT_VERSION}. Update dot first.`);
  return m;
}

/** The code's migrations the backup had, in order; refuses a backup with a migration this code lacks or has differently. */
export function migrationsFor(m: Manifest, code: readonly Migration[] = readMigrations()): Migration[] {
  const byName = new Map(code.map((c) => [c.name, c]));
  const unknown = m.migrations.filter((x) => !byName.has(x.name)).map((x) => x.name);
  if (unknown.length) {
    throw new RestoreRefused(
      `Backup ${m.name} was made by a newer dot: its database has migrations this code does not know (${unknown.join(', ')}). Restore it with that version of dot or newer.`,
    );
  }
  const changed = m.migrations.filter((x) => byName.get(x.name)!.checksum !== x.checksum).map((x) => x.name);
  if (changed.length) throw new RestoreRefused(`Backup ${m.name} has migrations that differ from this code's (${changed.join(', ')}).`);
  return m.migrations.map((x) => byName.get(x.name)!);
}

/** Why the database is not an empty target, or null. */
export async function notEmpty(pool: pg.Pool): Promise<string | null> {
  const {rows} = await pool.query<{n: number}>(`select count(*)::int as n from pg_tables where schemaname = 'public'`);
  return rows[0]!.n > 0 ? `its database already has ${rows[0]!.n} tables` : null;
}

/** --force: everything of dot's in this database goes (tables, its publication, zero-cache's schemas and idle slots). */
export async function clearDatabase(pool: pg.Pool): Promise<void> {
  await pool.query('drop schema public cascade; create schema public');
  for (const {pubname} of (await pool.query<{pubname: string}>('select pubname from pg_publication')).rows) await pool.query(`drop publication ${q(pubname)}`);
  for (const {nspname} of (await pool.query<{nspname: string}>(`select nspname from pg_namespace where nspname ~ '^_?zero'`)).rows) {
    await pool.query(`drop schema ${q(nspname)} cascade`);
  }
  await pool.query(`select pg_drop_replication_slot(slot_name) from pg_replication_slots where not active and database = current_database()`);
}

export type LoadResult = {tables: number; rows: number; files: number; fileBytes: number; migrations: number};

export async function loadBackup(o: {pool: pg.Pool; storage: FileStorage; dir: string; force?: boolean; log?: (line: string) => void}): Promise<LoadResult> {
  const say = o.log ?? (() => {});
  const m = await readManifest(o.dir);
  const toRun = migrationsFor(m);
  const busy = await notEmpty(o.pool);
  if (busy && !o.force)
    throw new RestoreRefused(`The target is not empty: ${busy}. Restore into a fresh data folder or an empty database, or add --force to replace it.`);
  if (busy) {
    say(`--force: clearing the target (${busy})`);
    await clearDatabase(o.pool);
  }
  await migrate(o.pool, toRun);
  say(`ran ${toRun.length} migrations (up to ${toRun.at(-1)?.name ?? 'none'})`);
  const fileBytes = await putFiles(o.storage, o.dir, m);
  say(`put back ${m.files.length} files (${fileBytes} bytes), each matching its sha256`);
  await loadTables(o.pool, o.dir, m);
  const rows = m.tables.reduce((s, t) => s + t.rows, 0);
  say(`loaded ${m.tables.length} tables (${rows} rows), each matching its sha256; ${m.sequences.length} sequences set`);
  return {tables: m.tables.length, rows, files: m.files.length, fileBytes, migrations: toRun.length};
}

async function putFiles(storage: FileStorage, dir: string, m: Manifest): Promise<number> {
  const tmp = await fs.promises.mkdtemp(path.join(os.tmpdir(), 'dot-restore-'));
  let total = 0;
  try {
    for (const f of m.files) {
      const temp = path.join(tmp, 'file');
      const tally = tallying();
      await pipeline(fs.createReadStream(path.join(dir, fileEntryPath(f.key))), tally.stream, fs.createWriteStream(temp));
      const r = tally.result();
      if (r.sha256 !== f.sha256) throw new RestoreRefused(`File ${f.key} in the backup is damaged (its sha256 differs from the manifest's).`);
      await storage.putFile(f.key, temp, f.mime);
      total += r.bytes;
    }
  } finally {
    await fs.promises.rm(tmp, {recursive: true, force: true});
  }
  return total;
}

async function loadTables(pool: pg.Pool, dir: string, m: Manifest): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query('begin');
    await client.query(CANONICAL_SESSION);
    const tables = inLoadOrder(await readTables(client));
    const wanted = new Map(m.tables.map((t) => [t.name, t]));
    const missing = m.tables.filter((t) => !tables.some((x) => x.name === t.name)).map((t) => t.name);
    if (missing.length) throw new RestoreRefused(`The migrations did not make tables the backup has: ${missing.join(', ')}.`);
    // Triggers off for the load: as a superuser for the whole session (FK checks too), else per table (the owner may).
    let perTable = false;
    await client.query('savepoint role');
    try {
      await client.query('set local session_replication_role = replica');
    } catch {
      await client.query('rollback to savepoint role');
      perTable = true;
      for (const t of tables) await client.query(`alter table ${q(t.name)} disable trigger user`);
    }
    if (tables.length) await client.query(`truncate ${tables.map((t) => q(t.name)).join(', ')}`);
    for (const t of tables) {
      const entry = wanted.get(t.name);
      if (!entry || entry.rows === 0) continue;
      const sql = `copy ${q(t.name)} (${entry.columns.map(q).join(', ')}) from stdin`;
      await pipeline(fs.createReadStream(path.join(dir, tableEntryPath(t.name))), createGunzip(), client.query(copyFrom(sql)));
    }
    for (const s of m.sequences) await client.query(`select setval($1::regclass, $2::bigint, $3)`, [q(s.name), s.lastValue, s.isCalled]);
    if (perTable) for (const t of tables) await client.query(`alter table ${q(t.name)} enable trigger user`);
    const wrong = await differences(client, m);
    if (wrong.length) throw new Error(`After loading, these tables differ from the backup: ${wrong.join(', ')}. Nothing was kept.`);
    await client.query('commit');
  } catch (e) {
    await client.query('rollback').catch(() => {});
    throw e;
  } finally {
    client.release();
  }
}

/** Tables whose rows (read in the backup's order) do not hash to the manifest's sha256. */
export async function differences(client: pg.ClientBase, m: Manifest): Promise<string[]> {
  const wrong: string[] = [];
  const tables = new Map((await readTables(client)).map((t) => [t.name, t]));
  for (const t of m.tables) {
    const here = tables.get(t.name);
    if (!here) {
      wrong.push(`${t.name} (missing)`);
      continue;
    }
    const tally = tallying();
    await pipeline(client.query(copyTo(copyOutSql({...here, columns: t.columns}))), tally.stream, discard);
    const r = tally.result();
    if (r.sha256 !== t.sha256) wrong.push(`${t.name} (${r.rows} rows, the backup has ${t.rows})`);
  }
  return wrong;
}
