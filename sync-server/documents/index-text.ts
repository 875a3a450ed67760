// Keeps document_text (server-only) in step with a document's versions: the
// text of a version's file is read from storage, extracted (extract.ts) and
// stored for search (search-text.ts). A file with no readable text is stored
// as '' so that it is not read again.
import {buffer as readAll} from 'node:stream/consumers';
import type {FileStorage} from '../files/storage.ts';
import {extractText} from './extract.ts';
import type {Queryable} from './search-text.ts';

const MAX_FILE_BYTES = 30 * 1024 * 1024;

type VersionFile = {company_id: string; document_id: string; storage_key: string; mime: string; name: string; size: string | number};

/** Extracts and stores the text of one version; returns its length (0: none, or no such version). */
export async function indexVersionText(sql: Queryable, storage: FileStorage, versionId: string): Promise<number> {
  const {rows} = await sql.query(
    `select v.company_id, v.document_id, f.storage_key, f.mime, f.name, f.size
       from document_version v join file f on f.id = v.file_id
      where v.id = $1`,
    [versionId],
  );
  const row = rows[0] as VersionFile | undefined;
  if (!row) return 0;
  let text = '';
  if (Number(row.size) <= MAX_FILE_BYTES) {
    const stream = await storage.get(row.storage_key);
    if (stream) text = await extractText(await readAll(stream), row.mime, row.name);
  }
  await sql.query(
    `insert into document_text (version_id, company_id, document_id, body) values ($1, $2, $3, $4)
     on conflict (version_id) do update set body = excluded.body`,
    [versionId, row.company_id, row.document_id, text],
  );
  return text.length;
}
