// D4: the documents one may see whose title, number, project or
// counterparty's name holds every word of the query (ILIKE), then those whose
// extracted text matches (search-text.ts), one list of ids. Always scoped by
// the company and by the reader's sight (a draft only its owner's and the
// keepers'): the text index knows nothing of drafts, so its ids are filtered
// again here.
import type {AuthContext} from '#shared/auth/context.ts';
import {documentVisibilitySql} from '#shared/documents/access.ts';
import {containsPattern, searchDocumentIds, type Queryable} from './search-text.ts';

const MAX_WORDS = 8;

export async function searchDocuments(sql: Queryable, ctx: AuthContext, q: string, limit = 50): Promise<string[]> {
  const words = q.trim().slice(0, 200).split(/\s+/).filter(Boolean).slice(0, MAX_WORDS);
  const fields = documentVisibilitySql(ctx, 4);
  if (!words.length || !fields) return [];
  const byFields = await sql.query(
    `select d.id from document d left join counterparty c on c.id = d.counterparty_id
      where d.company_id = $1 and ${fields.where}
        and (select bool_and(d.title ilike p or d.number ilike p or d.project ilike p or coalesce(c.name, '') ilike p) from unnest($2::text[]) p)
      order by d.created_at desc, d.id desc limit $3`,
    [ctx.companyID, words.map(containsPattern), limit, ...fields.params],
  );
  const ids = (byFields.rows as {id: string}[]).map((r) => r.id);
  const inText = (await searchDocumentIds(sql, ctx.companyID, q, limit)).filter((id) => !ids.includes(id));
  if (inText.length && ids.length < limit) {
    const text = documentVisibilitySql(ctx, 3)!;
    const seen = await sql.query(`select d.id from document d where d.company_id = $1 and d.id = any($2::text[]) and ${text.where}`, [
      ctx.companyID,
      inText,
      ...text.params,
    ]);
    const visible = new Set((seen.rows as {id: string}[]).map((r) => r.id));
    ids.push(...inText.filter((id) => visible.has(id)));
  }
  return ids.slice(0, limit);
}
