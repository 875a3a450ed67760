// GET /api/v1/company/export (issue 18): the owner takes the company's data
// away — offered above all while the platform has deleted it, so the route is
// let through the stop check (whileStopped). A zip streamed as it is made: one
// JSON file per table that has a company_id (found in information_schema, so a
// new module's tables come along by themselves), plus the company's own row.
// No secrets: sessions and API keys, password-reset links, messenger secrets
// and the job queue stay out, and so does any column holding a token, a hash,
// a password or a sealed credential.
import {Zip, ZipDeflate, strToU8} from 'fflate';
import type express from 'express';
import type pg from 'pg';
import {route} from '../../rest/route.ts';

const SKIPPED_TABLES = /^(session|password_reset|messenger_secret|job|idempotency.*|platform_.*)$/;
const SECRET_COLUMN = /(^|_)(token|secret|hash|password|sealed)(_|$)/;

type Table = {name: string; columns: string[]};

/** The tables a company's rows live in, each with the columns that may leave the server. */
export async function exportTables(pool: pg.Pool): Promise<Table[]> {
  const {rows} = await pool.query<{table_name: string; columns: string[]}>(
    `select c.table_name, array_agg(c.column_name::text order by c.ordinal_position) as columns
       from information_schema.columns c join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
      where c.table_schema = 'public' and t.table_type = 'BASE TABLE'
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

const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;

async function writeExport(pool: pg.Pool, companyId: string, res: express.Response): Promise<void> {
  const zip = new Zip((err, chunk, final) => {
    if (err) return void res.destroy(err);
    res.write(chunk);
    if (final) res.end();
  });
  const add = (name: string, value: unknown) => {
    const file = new ZipDeflate(name, {level: 6});
    zip.add(file);
    file.push(strToU8(JSON.stringify(value, null, 1)), true);
  };
  const {rows: company} = await pool.query('select id, slug, name, status, locale, timezone, currency, created_at from company where id = $1', [companyId]);
  add('company.json', company);
  for (const table of await exportTables(pool)) {
    const {rows} = await pool.query(`select ${table.columns.map(ident).join(', ')} from ${ident(table.name)} where company_id = $1`, [companyId]);
    add(`${table.name}.json`, rows.map(scrub));
  }
  zip.end();
}

export const exportRoute = (pool: pg.Pool) =>
  route({
    method: 'get',
    path: '/company/export',
    tag: 'company',
    summary: "The company's data as a zip of JSON files, one per table (owner; also while the company is suspended or deleted)",
    auth: 'member',
    permission: 'company.manage',
    whileStopped: true,
    async handler({session, res}) {
      const date = new Date().toISOString().slice(0, 10);
      res.status(200).set({
        'Content-Type': 'application/zip',
        'Content-Disposition': `attachment; filename="${session.companySlug}-${date}.zip"`,
        'Cache-Control': 'no-store',
      });
      await writeExport(pool, session.companyId, res);
    },
  });
