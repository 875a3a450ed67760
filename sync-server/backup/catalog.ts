// The tables, columns and sequences of schema public, read from the catalog,
// and the session settings that make COPY's text the same on every server
// (so a table's sha256 taken at backup time can be checked after a restore).
import type pg from 'pg';

/** dot_migration is rebuilt by running the migrations themselves; everything else is data. */
export const NOT_DATA = new Set(['dot_migration']);

export const CANONICAL_SESSION = `set local timezone = 'UTC'; set local datestyle = 'ISO, YMD'; set local intervalstyle = 'postgres';
  set local extra_float_digits = 3; set local bytea_output = 'hex'`;

export type TableInfo = {name: string; columns: string[]; primaryKey: string[]; references: string[]};

const q = (ident: string) => `"${ident.replace(/"/g, '""')}"`;
export const quoteIdent = q;

export async function readTables(db: pg.ClientBase): Promise<TableInfo[]> {
  const {rows} = await db.query<{name: string; columns: string[]; pk: string[] | null; refs: string[] | null}>(
    `select c.relname as name,
       (select array_agg(a.attname::text order by a.attnum) from pg_attribute a
         where a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped and a.attgenerated = '') as columns,
       (select array_agg(a.attname::text order by array_position(i.indkey::int2[], a.attnum)) from pg_index i
          join pg_attribute a on a.attrelid = i.indrelid and a.attnum = any(i.indkey::int2[])
         where i.indrelid = c.oid and i.indisprimary) as pk,
       (select array_agg(distinct r.relname::text) from pg_constraint k join pg_class r on r.oid = k.confrelid
         where k.conrelid = c.oid and k.contype = 'f' and k.confrelid <> c.oid) as refs
     from pg_class c join pg_namespace n on n.oid = c.relnamespace
     where n.nspname = 'public' and c.relkind in ('r', 'p') and not c.relispartition
     order by c.relname`,
  );
  return rows.filter((r) => !NOT_DATA.has(r.name)).map((r) => ({name: r.name, columns: r.columns ?? [], primaryKey: r.pk ?? [], references: r.refs ?? []}));
}

/** Referenced tables before the tables that point at them (cycles keep their catalog order). */
export function inLoadOrder(tables: readonly TableInfo[]): TableInfo[] {
  const byName = new Map(tables.map((t) => [t.name, t]));
  const done = new Set<string>();
  const visiting = new Set<string>();
  const out: TableInfo[] = [];
  const visit = (t: TableInfo) => {
    if (done.has(t.name) || visiting.has(t.name)) return;
    visiting.add(t.name);
    for (const r of t.references) {
      const ref = byName.get(r);
      if (ref) visit(ref);
    }
    visiting.delete(t.name);
    done.add(t.name);
    out.push(t);
  };
  for (const t of tables) visit(t);
  return out;
}

/** The COPY that reads a table in one fixed order (its primary key, else its whole row's text). */
export function copyOutSql(t: Pick<TableInfo, 'name' | 'columns' | 'primaryKey'>): string {
  const cols = t.columns.map(q).join(', ');
  const order = t.primaryKey.length ? t.primaryKey.map(q).join(', ') : `(${q(t.name)}.*)::text`;
  return `copy (select ${cols} from ${q(t.name)} order by ${order}) to stdout`;
}

export async function readSequences(db: pg.ClientBase): Promise<{name: string; lastValue: string; isCalled: boolean}[]> {
  const {rows} = await db.query<{name: string}>(
    `select c.relname as name from pg_class c join pg_namespace n on n.oid = c.relnamespace where n.nspname = 'public' and c.relkind = 'S' order by 1`,
  );
  const out = [];
  for (const {name} of rows) {
    const {rows: v} = await db.query<{last_value: string; is_called: boolean}>(`select last_value::text, is_called from ${q(name)}`);
    out.push({name, lastValue: v[0]!.last_value, isCalled: v[0]!.is_called});
  }
  return out;
}
