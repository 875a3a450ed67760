// Takes a backup into a local folder: every table of schema public by COPY in
// ONE repeatable-read, read-only transaction (one snapshot: a booking and the
// client it points at are from the same moment), the bytes of every file the
// snapshot's `file` rows name, and the manifest, written last (a folder
// without manifest.json is an unfinished backup).
//
// Why a logical export and not pg_dump: the embedded PostgreSQL 18 ships no
// pg_dump and Debian's pg_dump 15 refuses an 18 server; COPY needs no binary
// and no superuser, and works the same on DATABASE_URL (docs/operations/backups.md).
import fs from 'node:fs';
import path from 'node:path';
import {pipeline} from 'node:stream/promises';
import {createGzip} from 'node:zlib';
import type pg from 'pg';
import {to as copyTo} from 'pg-copy-streams';
import type {FileStorage} from '../files/storage.ts';
import {CANONICAL_SESSION, copyOutSql, readSequences, readTables} from './catalog.ts';
import {tallying} from './hashing.ts';
import {FORMAT_VERSION, fileEntryPath, tableEntryPath, type FileEntry, type Manifest, type TableEntry} from './manifest.ts';

export type TakeOptions = {pool: pg.Pool; storage: FileStorage; storageKind: 'local' | 's3'; dir: string; name: string; now?: Date};

export async function takeBackup(o: TakeOptions): Promise<Manifest> {
  await fs.promises.mkdir(path.join(o.dir, 'tables'), {recursive: true});
  await fs.promises.mkdir(path.join(o.dir, 'files'), {recursive: true});
  const client = await o.pool.connect();
  try {
    await client.query('begin isolation level repeatable read read only');
    await client.query(CANONICAL_SESSION);
    const createdAt = (o.now ?? new Date()).toISOString();
    const {rows: migrations} = await client.query<{name: string; checksum: string}>('select name, checksum from dot_migration order by name');
    const tables: TableEntry[] = [];
    for (const t of await readTables(client)) {
      const tally = tallying();
      const out = fs.createWriteStream(path.join(o.dir, tableEntryPath(t.name)));
      await pipeline(client.query(copyTo(copyOutSql(t))), tally.stream, createGzip({level: 4}), out);
      const r = tally.result();
      tables.push({name: t.name, columns: t.columns, rows: r.rows, sha256: r.sha256, bytes: r.bytes});
    }
    const sequences = await readSequences(client);
    const {rows: keys} = await client.query<{name: string}>('select name from server_key order by name');
    const {rows: fileRows} = await client.query<{storage_key: string; mime: string}>('select storage_key, mime from file order by storage_key');
    const files: FileEntry[] = [];
    const missingFiles: string[] = [];
    for (const f of fileRows) {
      const source = await o.storage.get(f.storage_key);
      if (!source) {
        missingFiles.push(f.storage_key);
        continue;
      }
      const tally = tallying();
      await pipeline(source, tally.stream, fs.createWriteStream(path.join(o.dir, fileEntryPath(f.storage_key))));
      const r = tally.result();
      files.push({key: f.storage_key, size: r.bytes, sha256: r.sha256, mime: f.mime});
    }
    await client.query('commit');
    const manifest: Manifest = {
      version: FORMAT_VERSION,
      name: o.name,
      createdAt,
      migrations,
      tables,
      sequences,
      files,
      settings: {serverKeys: keys.map((k) => k.name), storage: o.storageKind},
      missingFiles,
      totals: {
        rows: tables.reduce((s, t) => s + t.rows, 0),
        files: files.length,
        fileBytes: files.reduce((s, f) => s + f.size, 0),
        tableBytes: await folderBytes(path.join(o.dir, 'tables')),
      },
    };
    await fs.promises.writeFile(path.join(o.dir, 'manifest.json'), JSON.stringify(manifest, null, 1));
    return manifest;
  } catch (e) {
    await client.query('rollback').catch(() => {});
    throw e;
  } finally {
    client.release();
  }
}

export async function folderBytes(dir: string): Promise<number> {
  let total = 0;
  for (const e of await fs.promises.readdir(dir, {withFileTypes: true, recursive: true})) {
    if (e.isFile()) total += (await fs.promises.stat(path.join(e.parentPath, e.name))).size;
  }
  return total;
}
