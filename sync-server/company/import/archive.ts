// Reading an export back (issue 19): the zip checked against its own manifest
// before anything is written — the format and version, migrations this server
// has, every table file present, parseable and of the promised row count, every
// file's bytes present with the promised sha256. Each refusal names what is wrong.
import {createHash} from 'node:crypto';
import {strFromU8, unzipSync, type Unzipped} from 'fflate';
import {EXPORT_FORMAT, EXPORT_VERSION, type Manifest} from '../export/write.ts';
import {refuse} from './refuse.ts';

export type Row = Record<string, unknown>;
export type Archive = {
  manifest: Manifest;
  company: Row;
  tables: Map<string, Row[]>;
  /** A file's bytes, by its (old) id. */
  bytes: Map<string, Uint8Array>;
};

function unzip(body: Uint8Array, maxBytes: number): Unzipped {
  let unpacked = 0;
  try {
    return unzipSync(body, {
      // A small zip that unpacks into gigabytes is refused before it is unpacked.
      filter(file) {
        unpacked += file.originalSize;
        if (unpacked > maxBytes) throw refuse('dataExport.e.tooLarge', {limit: Math.round(maxBytes / 1024 / 1024)});
        return true;
      },
    });
  } catch (e) {
    if (e instanceof Error && 'details' in e) throw e;
    throw refuse('dataExport.e.notZip');
  }
}

function json(files: Unzipped, name: string): unknown {
  const data = files[name];
  if (!data) throw refuse('dataExport.e.tableMissing', {file: name});
  try {
    return JSON.parse(strFromU8(data));
  } catch {
    throw refuse('dataExport.e.tableBroken', {file: name});
  }
}

const isRows = (v: unknown): v is Row[] => Array.isArray(v) && v.every((r) => r !== null && typeof r === 'object' && !Array.isArray(r));

export function readArchive(body: Uint8Array, maxBytes: number, appliedMigrations: string[]): Archive {
  const files = unzip(body, maxBytes);
  if (!files['manifest.json']) throw refuse('dataExport.e.noManifest');
  const manifest = json(files, 'manifest.json') as Manifest;
  if (manifest?.format !== EXPORT_FORMAT || typeof manifest.tables !== 'object' || !Array.isArray(manifest.files)) throw refuse('dataExport.e.noManifest');
  if (manifest.version !== EXPORT_VERSION) throw refuse('dataExport.e.version', {version: String(manifest.version), supported: EXPORT_VERSION});
  // An archive from a newer dot may hold tables or columns this server has not got yet.
  const here = new Set(appliedMigrations);
  const newer = (manifest.migrations ?? []).find((m) => !here.has(m));
  if (newer) throw refuse('dataExport.e.newer', {migration: newer});
  const company = json(files, 'company.json');
  if (!isRows(company) || company.length !== 1 || typeof company[0]!.id !== 'string') throw refuse('dataExport.e.tableBroken', {file: 'company.json'});
  const tables = new Map<string, Row[]>();
  for (const [name, meta] of Object.entries(manifest.tables)) {
    const file = `${name}.json`;
    const rows = json(files, file);
    if (!isRows(rows)) throw refuse('dataExport.e.tableBroken', {file});
    if (rows.length !== meta.rows) throw refuse('dataExport.e.rowCount', {file, actual: rows.length, expected: meta.rows});
    tables.set(name, rows);
  }
  const bytes = new Map<string, Uint8Array>();
  for (const f of manifest.files) {
    const data = files[f.path];
    if (!data) throw refuse('dataExport.e.fileMissing', {path: f.path});
    if (createHash('sha256').update(data).digest('hex') !== f.sha256) throw refuse('dataExport.e.fileHash', {path: f.path});
    bytes.set(f.id, data);
  }
  return {manifest, company: company[0]!, tables, bytes};
}
