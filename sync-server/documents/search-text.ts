// Search inside archived documents' text (D4): the ids of one company's
// documents whose extracted text (document_text, server-only) matches. Whole
// words through the 'simple' full-text index (no stemming: Russian and Kazakh
// alike), and parts of words ("догов" finds "Договор") through ILIKE, every
// word of the query required. Always scoped by company_id.

/** Anything with pg's query(): a Pool, a PoolClient, a Client. */
export type Queryable = {query(text: string, values: unknown[]): Promise<{rows: unknown[]}>};

const MAX_WORDS = 8;
const MAX_QUERY_CHARS = 200;

/** A word as an ILIKE pattern matching it anywhere: %, _ and \ taken literally. */
export const containsPattern = (word: string) => `%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

export async function searchDocumentIds(sql: Queryable, companyId: string, q: string, limit = 50): Promise<string[]> {
  const query = q.slice(0, MAX_QUERY_CHARS).trim();
  const words = query.split(/\s+/).filter(Boolean).slice(0, MAX_WORDS);
  if (!companyId || words.length === 0 || limit <= 0) return [];
  const {rows} = await sql.query(
    `select document_id, max(ts_rank(search, plainto_tsquery('simple', $2))) as rank
       from document_text
      where company_id = $1
        and (search @@ plainto_tsquery('simple', $2) or body ilike all ($3::text[]))
      group by document_id
      order by rank desc, document_id
      limit $4`,
    [companyId, query, words.map(containsPattern), Math.min(Math.floor(limit), 500)],
  );
  return (rows as {document_id: string}[]).map((r) => r.document_id);
}
