// What the database says about a company's tables, read at import time so a new
// module's tables are imported with no list to keep: their columns, the order
// foreign keys demand, and the columns that point into the same table.
import type pg from 'pg';

export type TableInfo = {name: string; columns: Set<string>; dependsOn: Set<string>; selfColumns: string[]};

export async function companyTables(client: pg.PoolClient): Promise<Map<string, TableInfo>> {
  const {rows: cols} = await client.query<{table_name: string; columns: string[]}>(
    `select c.table_name, array_agg(c.column_name::text) as columns
       from information_schema.columns c join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
      where c.table_schema = 'public' and t.table_type = 'BASE TABLE' and c.is_generated = 'NEVER'
        and c.table_name in (select table_name from information_schema.columns where table_schema = 'public' and column_name = 'company_id')
      group by c.table_name`,
  );
  const tables = new Map<string, TableInfo>(
    cols.map((r) => [r.table_name, {name: r.table_name, columns: new Set(r.columns), dependsOn: new Set<string>(), selfColumns: []}]),
  );
  const {rows: fks} = await client.query<{child: string; parent: string; columns: string[]}>(
    `select c.conrelid::regclass::text as child, c.confrelid::regclass::text as parent,
            array(select a.attname::text from unnest(c.conkey) k join pg_attribute a on a.attrelid = c.conrelid and a.attnum = k) as columns
       from pg_constraint c where c.contype = 'f' and c.connamespace = 'public'::regnamespace`,
  );
  for (const fk of fks) {
    const child = tables.get(fk.child);
    if (!child) continue;
    if (fk.child === fk.parent) child.selfColumns.push(...fk.columns);
    else child.dependsOn.add(fk.parent);
  }
  return tables;
}

/** Table names so that each comes after those it references (a cycle, which the schema has not, keeps the rest in name order). */
export function insertOrder(names: string[], tables: Map<string, TableInfo>): string[] {
  const wanted = new Set(names);
  const done = new Set<string>();
  const out: string[] = [];
  let left = [...names].sort();
  while (left.length) {
    const ready = left.filter((n) => [...(tables.get(n)?.dependsOn ?? [])].every((d) => !wanted.has(d) || done.has(d)));
    const take = ready.length ? ready : left.slice(0, 1);
    for (const n of take) {
      out.push(n);
      done.add(n);
    }
    left = left.filter((n) => !done.has(n));
  }
  return out;
}
