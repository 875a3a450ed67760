// Search inside documents' text on a real PostgreSQL (D4): whole words through
// the 'simple' index, parts of words, every word required — and one company's
// text never found for another, even for the very same words.
import pg from 'pg';
import {afterAll, beforeAll, describe, expect, inject, it} from 'vitest';
import {containsPattern, searchDocumentIds} from './search-text.ts';

let pool: pg.Pool;
const run = `${process.pid}-${Date.now()}`;
const A = `co-a-${run}`;
const B = `co-b-${run}`;

async function company(id: string): Promise<void> {
  await pool.query(`insert into company (id, slug, name) values ($1, $1, $1)`, [id]);
}

/** A document with one version whose file's text is `body`; returns the document id. */
async function documentWithText(companyId: string, title: string, body: string, versions = 1): Promise<string> {
  const id = `doc-${title}-${companyId}`;
  await pool.query(`insert into document (id, company_id, title, status_since, created_at, updated_at) values ($1, $2, $3, now(), now(), now())`, [
    id,
    companyId,
    title,
  ]);
  for (let n = 1; n <= versions; n++) {
    const fileId = `${id}-f${n}`;
    await pool.query(`insert into file (id, company_id, name, mime, size, sha256, storage_key) values ($1, $2, 'x.pdf', 'application/pdf', 1, 'x', $1)`, [
      fileId,
      companyId,
    ]);
    await pool.query(`insert into document_version (id, company_id, document_id, number, file_id, created_at) values ($1, $2, $3, $4, $5, now())`, [
      `${id}-v${n}`,
      companyId,
      id,
      n,
      fileId,
    ]);
    await pool.query(`insert into document_text (version_id, company_id, document_id, body) values ($1, $2, $3, $4)`, [`${id}-v${n}`, companyId, id, body]);
  }
  return id;
}

let aContract = '';
let aAct = '';
let bContract = '';

beforeAll(async () => {
  pool = new pg.Pool({connectionString: inject('pgUrl'), max: 2});
  await company(A);
  await company(B);
  aContract = await documentWithText(A, 'contract', 'Договор поставки № 17 с ТОО «Бумага». Жеткізу шарты: әріптес өнімді қабылдады.', 2);
  aAct = await documentWithText(A, 'act', 'Акт сверки взаиморасчётов за март; 100% оплата_счёта');
  bContract = await documentWithText(B, 'contract', 'Договор поставки № 17 с ТОО «Бумага». Жеткізу шарты: әріптес өнімді қабылдады.');
});

// The companies stay (ids unique to this run): the audit log they wrote is append-only.
afterAll(() => pool.end());

describe('search inside documents', () => {
  it('finds whole words in any case, Russian and Kazakh, each document once', async () => {
    expect(await searchDocumentIds(pool, A, 'договор поставки')).toEqual([aContract]);
    expect(await searchDocumentIds(pool, A, 'ЖЕТКІЗУ ШАРТЫ')).toEqual([aContract]);
    expect(await searchDocumentIds(pool, A, 'акт')).toEqual([aAct]);
  });

  it('finds parts of words, every word required', async () => {
    expect(await searchDocumentIds(pool, A, 'догов')).toEqual([aContract]);
    expect(await searchDocumentIds(pool, A, 'қабылда')).toEqual([aContract]);
    expect(await searchDocumentIds(pool, A, 'сверк март')).toEqual([aAct]);
    expect(await searchDocumentIds(pool, A, 'сверк поставки')).toEqual([]);
  });

  it('takes % and _ literally and ignores an empty query', async () => {
    expect(await searchDocumentIds(pool, A, '100%')).toEqual([aAct]);
    expect(await searchDocumentIds(pool, A, '%')).toEqual([aAct]);
    expect(await searchDocumentIds(pool, A, 'та_сч')).toEqual([aAct]);
    expect(await searchDocumentIds(pool, A, 'ор_по')).toEqual([]); // "_" as a wildcard would find "Договор поставки"
    expect(await searchDocumentIds(pool, A, '   ')).toEqual([]);
    expect(await searchDocumentIds(pool, A, '«»')).toEqual([]);
    expect(await searchDocumentIds(pool, A, '«Бумага»')).toEqual([aContract]);
    expect(containsPattern('a%b_c\\')).toBe('%a\\%b\\_c\\\\%');
  });

  it("never finds one company's text for another", async () => {
    for (const q of ['договор', 'догов', 'Бумага', 'әріптес', 'акт', 'сверки', '17']) {
      const forB = await searchDocumentIds(pool, B, q);
      expect(forB, q).not.toContain(aContract);
      expect(forB, q).not.toContain(aAct);
    }
    expect(await searchDocumentIds(pool, B, 'договор')).toEqual([bContract]);
    expect(await searchDocumentIds(pool, B, 'сверки')).toEqual([]);
    expect(await searchDocumentIds(pool, `co-none-${run}`, 'договор')).toEqual([]);
    expect(await searchDocumentIds(pool, '', 'договор')).toEqual([]);
  });

  it('keeps to the limit', async () => {
    expect(await searchDocumentIds(pool, A, 'а', 1)).toHaveLength(1);
    expect(await searchDocumentIds(pool, A, 'а', 0)).toEqual([]);
  });
});
