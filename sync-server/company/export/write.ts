// The company's export as one zip, streamed as it is made (issue 19):
//   manifest.json          what is inside: format, version, migrations, per table its columns and row count,
//                          per file its path, size and sha256 — the import checks an archive against it
//   company.json           the company's own row
//   <table>.json           every row of each table (see tables.ts for what stays out)
//   csv/<table>.csv        the same rows for a spreadsheet (BOM, semicolons, formulas escaped: shared/files/csv.ts)
//   files/<id>/<name>      the bytes of every uploaded file
// JSON keeps the database's values as they are (times in UTC ISO, money as integer tiyn), so an import reads
// back exactly what was exported; the CSV is for people and is not read back.
import {once} from 'node:events';
import {Zip, ZipDeflate, ZipPassThrough, strToU8} from 'fflate';
import Papa from 'papaparse';
import type express from 'express';
import type pg from 'pg';
import {CSV_BOM, CSV_OPTIONS} from '#shared/files/csv.ts';
import type {FileStorage} from '../../files/storage.ts';
import {exportTables, ident, scrub, zipName} from './tables.ts';

export const EXPORT_FORMAT = 'dot-company-export';
export const EXPORT_VERSION = 1;

export type ManifestFile = {id: string; path: string; size: number; sha256: string};
export type Manifest = {
  format: typeof EXPORT_FORMAT;
  version: number;
  createdAt: string;
  company: {id: string; slug: string; name: string};
  migrations: string[];
  tables: Record<string, {rows: number; columns: string[]}>;
  files: ManifestFile[];
  /** Files whose bytes storage no longer had: listed so the gap is visible, not silently dropped. */
  missingFiles: string[];
};

/** A cell for people: times in ISO UTC, JSON values as JSON text. */
function cell(value: unknown): unknown {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'object') return JSON.stringify(value);
  return value;
}

export function toCsv(columns: string[], rows: Record<string, unknown>[]): string {
  return CSV_BOM + Papa.unparse({fields: columns, data: rows.map((r) => columns.map((c) => cell(r[c])))}, CSV_OPTIONS);
}

export async function writeExport(deps: {pool: pg.Pool; storage: FileStorage}, companyId: string, res: express.Response): Promise<void> {
  const zip = new Zip((err, chunk, final) => {
    if (err) return void res.destroy(err);
    res.write(chunk);
    if (final) res.end();
  });
  // The zip is made as fast as the owner's connection takes it: a large file does not pile up in memory.
  const drained = async () => {
    if (res.writableNeedDrain) await once(res, 'drain');
  };
  const add = async (name: string, text: string) => {
    const file = new ZipDeflate(name, {level: 6});
    zip.add(file);
    file.push(strToU8(text), true);
    await drained();
  };
  // One snapshot: every table and the file list agree with each other even while the team keeps working.
  const client = await deps.pool.connect();
  try {
    await client.query('begin isolation level repeatable read read only');
    const {rows: company} = await client.query('select id, slug, name, status, locale, timezone, currency, created_at from company where id = $1', [companyId]);
    const {rows: migrations} = await client.query<{name: string}>('select name from dot_migration order by name');
    const manifest: Manifest = {
      format: EXPORT_FORMAT,
      version: EXPORT_VERSION,
      createdAt: new Date().toISOString(),
      company: {id: company[0].id, slug: company[0].slug, name: company[0].name},
      migrations: migrations.map((m) => m.name),
      tables: {},
      files: [],
      missingFiles: [],
    };
    await add('company.json', JSON.stringify(company, null, 1));
    let fileRows: {id: string; name: string; size: string; sha256: string; storage_key: string}[] = [];
    for (const table of await exportTables(client)) {
      const {rows} = await client.query(`select ${table.columns.map(ident).join(', ')} from ${ident(table.name)} where company_id = $1`, [companyId]);
      const clean = rows.map(scrub) as Record<string, unknown>[];
      manifest.tables[table.name] = {rows: rows.length, columns: table.columns};
      await add(`${table.name}.json`, JSON.stringify(clean, null, 1));
      await add(`csv/${table.name}.csv`, toCsv(table.columns, clean));
      if (table.name === 'file')
        fileRows = (await client.query('select id, name, size, sha256, storage_key from file where company_id = $1', [companyId])).rows;
    }
    await client.query('commit');
    for (const f of fileRows) {
      const stream = await deps.storage.get(f.storage_key);
      if (!stream) {
        manifest.missingFiles.push(f.id);
        continue;
      }
      const path = `files/${zipName(f.id)}/${zipName(f.name)}`;
      // Stored as they are: pictures and PDFs are compressed already.
      const entry = new ZipPassThrough(path);
      zip.add(entry);
      for await (const chunk of stream) {
        entry.push(chunk as Uint8Array);
        await drained();
      }
      entry.push(new Uint8Array(0), true);
      manifest.files.push({id: f.id, path, size: Number(f.size), sha256: f.sha256});
    }
    await add('manifest.json', JSON.stringify(manifest, null, 1));
    zip.end();
  } catch (e) {
    await client.query('rollback').catch(() => {});
    throw e;
  } finally {
    client.release();
  }
}
