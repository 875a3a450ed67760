// Which of a company's rows leave the server in its export (issue 18, 19):
// every table with a company_id (found in information_schema, so a new
// module's tables come along by themselves), less secrets. Sessions and API
// keys, password-reset links, messenger secrets and the job queue stay out,
// and so does any column holding a token, a hash, a password or a sealed
// credential — in a column's name or as a key inside a JSON value.
import type pg from 'pg';

export const SKIPPED_TABLES = /^(session|password_reset|messenger_secret|job|idempotent.*|platform_.*)$/;
export const SECRET_COLUMN = /(^|_)(token|secret|hash|password|sealed)(_|$)/;

export type Table = {name: string; columns: string[]};

/** The tables a company's rows live in, each with the columns that may leave the server (generated columns are made again). */
export async function exportTables(pool: pg.Pool | pg.PoolClient): Promise<Table[]> {
  const {rows} = await pool.query<{table_name: string; columns: string[]}>(
    `select c.table_name, array_agg(c.column_name::text order by c.ordinal_position) as columns
       from information_schema.columns c join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
      where c.table_schema = 'public' and t.table_type = 'BASE TABLE' and c.is_generated = 'NEVER'
        and c.table_name in (select table_name from information_schema.columns where table_schema = 'public' and column_name = 'company_id')
      group by c.table_name order by c.table_name`,
  );
  return rows.filter((r) => !SKIPPED_TABLES.test(r.table_name)).map((r) => ({name: r.table_name, columns: r.columns.filter((c) => !SECRET_COLUMN.test(c))}));
}

/** Drops secret-named keys inside JSON values too: the audit log's record of a feed's creation holds its token. */
export function scrub(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(scrub);
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    return Object.fromEntries(Object.entries(value).flatMap(([k, v]) => (SECRET_COLUMN.test(k) ? [] : [[k, scrub(v)]])));
  }
  return value;
}

export const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** A file's name as a path part inside the zip: no folders, no `..`, no control characters. */
export function zipName(name: string): string {
  const printable = [...name].map((ch) => (ch.charCodeAt(0) < 32 || ch.charCodeAt(0) === 127 ? '_' : ch)).join('');
  const clean = printable
    .replace(/[/\\:*?"<>|]/g, '_')
    .replace(/^\.+/, '_')
    .trim();
  return clean.slice(0, 150) || 'file';
}
