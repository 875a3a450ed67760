// What a backup is: a folder (or an S3 prefix) named dot-backup-<UTC time>,
// holding manifest.json, tables/<table>.copy.gz (PostgreSQL's COPY text of
// every table of schema public, gzip) and files/<key> (the uploaded files'
// bytes). The manifest names the migrations the database had, and a sha256 of
// every table's data and every file, so a restore and a verify can prove they
// brought back exactly what was taken.
export const FORMAT_VERSION = 1;

export type TableEntry = {name: string; columns: string[]; rows: number; sha256: string; bytes: number};
export type FileEntry = {key: string; size: number; sha256: string; mime: string};
export type SequenceEntry = {name: string; lastValue: string; isCalled: boolean};

export type Manifest = {
  version: number;
  name: string;
  createdAt: string;
  /** dot_migration at backup time: a restore runs exactly these, and refuses names the code does not know. */
  migrations: {name: string; checksum: string}[];
  tables: TableEntry[];
  sequences: SequenceEntry[];
  files: FileEntry[];
  /** Everything else a restored installation needs lives in the database itself (server_key: sealing keys, VAPID keys, signers). */
  settings: {serverKeys: string[]; storage: 'local' | 's3'};
  /** File rows whose bytes were not in storage at backup time (named, so nobody mistakes them for lost by the backup). */
  missingFiles: string[];
  totals: {rows: number; files: number; fileBytes: number; tableBytes: number};
};

/** dot-backup-20261207T030000Z: sorts by time, safe as a folder name and an S3 prefix. */
export function backupName(at: Date): string {
  return `dot-backup-${at
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '')}`;
}

export const isBackupName = (name: string) => /^dot-backup-\d{8}T\d{6}Z$/.test(name);

/** When a backup of this name was taken (ms), from its name. */
export function timeOfName(name: string): number {
  const m = /^dot-backup-(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(name);
  return m ? Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!, +m[6]!) : NaN;
}

/** A file's place inside the backup (keys carry "/": one flat, reversible name). */
export const fileEntryPath = (key: string) => `files/${encodeURIComponent(key)}`;
export const tableEntryPath = (table: string) => `tables/${table}.copy.gz`;
