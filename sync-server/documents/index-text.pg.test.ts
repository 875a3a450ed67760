// A version's file goes from storage through extraction into document_text,
// and search then finds its document — for its own company only.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {strToU8, zipSync} from 'fflate';
import pg from 'pg';
import {afterAll, beforeAll, describe, expect, inject, it} from 'vitest';
import {localDiskStorage} from '../files/storage.ts';
import {indexVersionText} from './index-text.ts';
import {searchDocumentIds} from './search-text.ts';

let pool: pg.Pool;
const run = `${process.pid}-${Date.now()}`;
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'dot-index-'));
const storage = localDiskStorage(root);

const docx = (text: string) =>
  Buffer.from(
    zipSync({
      'word/document.xml': strToU8(
        `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>${text}</w:t></w:r></w:p></w:body></w:document>`,
      ),
    }),
  );

async function version(companyId: string, n: number, name: string, bytes: Buffer | null): Promise<{documentId: string; versionId: string}> {
  const documentId = `doc-${companyId}`;
  if (n === 1)
    await pool.query(`insert into document (id, company_id, title, status_since, created_at, updated_at) values ($1, $2, 'Шарт', now(), now(), now())`, [
      documentId,
      companyId,
    ]);
  const fileId = `${documentId}-f${n}`;
  const key = `${companyId}/${fileId}`;
  if (bytes) {
    const temp = path.join(root, `upload-${n}`);
    fs.writeFileSync(temp, bytes);
    await storage.putFile(key, temp, 'application/octet-stream');
  }
  await pool.query(`insert into file (id, company_id, name, mime, size, sha256, storage_key) values ($1, $2, $3, 'application/octet-stream', $4, 'x', $5)`, [
    fileId,
    companyId,
    name,
    bytes?.length ?? 0,
    key,
  ]);
  const versionId = `${documentId}-v${n}`;
  await pool.query(`insert into document_version (id, company_id, document_id, number, file_id, created_at) values ($1, $2, $3, $4, $5, now())`, [
    versionId,
    companyId,
    documentId,
    n,
    fileId,
  ]);
  return {documentId, versionId};
}

beforeAll(() => {
  pool = new pg.Pool({connectionString: inject('pgUrl'), max: 2});
});
afterAll(async () => {
  await pool.end();
  fs.rmSync(root, {recursive: true, force: true});
});

describe("indexing a version's text", () => {
  it('stores the text of each version and search finds the document, for its company only', async () => {
    const A = `co-ia-${run}`;
    const B = `co-ib-${run}`;
    for (const id of [A, B]) await pool.query(`insert into company (id, slug, name) values ($1, $1, $1)`, [id]);
    const v1 = await version(A, 1, 'шарт.docx', docx('Жалға алу шарты, бірінші нұсқа'));
    const v2 = await version(A, 2, 'шарт-2.docx', docx('Жалға алу шарты, екінші нұсқа'));
    expect(await indexVersionText(pool, storage, v1.versionId)).toBeGreaterThan(10);
    expect(await indexVersionText(pool, storage, v2.versionId)).toBeGreaterThan(10);
    // Again: replaced, not doubled.
    await indexVersionText(pool, storage, v2.versionId);
    const {rows} = await pool.query(`select count(*)::int as n from document_text where document_id = $1`, [v1.documentId]);
    expect(rows[0].n).toBe(2);

    expect(await searchDocumentIds(pool, A, 'бірінші')).toEqual([v1.documentId]);
    expect(await searchDocumentIds(pool, A, 'екінш')).toEqual([v1.documentId]);
    expect(await searchDocumentIds(pool, A, 'жалға')).toEqual([v1.documentId]);
    expect(await searchDocumentIds(pool, B, 'жалға')).toEqual([]);
  });

  it("stores '' for a file without text or missing from storage, and 0 for no such version", async () => {
    const C = `co-ic-${run}`;
    await pool.query(`insert into company (id, slug, name) values ($1, $1, $1)`, [C]);
    const photo = await version(C, 1, 'photo.jpg', Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]));
    const lost = await version(C, 2, 'lost.pdf', null);
    expect(await indexVersionText(pool, storage, photo.versionId)).toBe(0);
    expect(await indexVersionText(pool, storage, lost.versionId)).toBe(0);
    const {rows} = await pool.query(`select body from document_text where company_id = $1`, [C]);
    expect(rows).toEqual([{body: ''}, {body: ''}]);
    expect(await indexVersionText(pool, storage, `no-such-${run}`)).toBe(0);
  });
});
