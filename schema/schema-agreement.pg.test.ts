// The Zero schema and the migrated database must describe the same data:
// same tables, columns, types, nullability and keys, and exactly these tables
// published to zero-cache.
import pg from 'pg';
import {afterAll, beforeAll, describe, expect, inject, it} from 'vitest';
import {schema} from './zero-schema.ts';

const PG_TO_ZERO: Record<string, string> = {
  text: 'string',
  'character varying': 'string',
  uuid: 'string',
  integer: 'number',
  bigint: 'number',
  smallint: 'number',
  numeric: 'number',
  'double precision': 'number',
  real: 'number',
  boolean: 'boolean',
  jsonb: 'json',
  json: 'json',
  'timestamp with time zone': 'number',
  'timestamp without time zone': 'number',
  date: 'number',
};

let db: pg.Client;
beforeAll(async () => {
  db = new pg.Client({connectionString: inject('pgUrl')});
  await db.connect();
});
afterAll(() => db.end());

describe('schema agreement', () => {
  it('publishes exactly the tables of the Zero schema', async () => {
    const {rows} = await db.query<{tablename: string}>(`select tablename from pg_publication_tables where pubname = 'dot_sync' order by 1`);
    expect(rows.map((r) => r.tablename)).toEqual(Object.keys(schema.tables).sort());
  });

  for (const [name, table] of Object.entries(schema.tables)) {
    it(`table ${name} matches its migration`, async () => {
      const {rows} = await db.query<{column_name: string; data_type: string; is_nullable: string}>(
        `select column_name, data_type, is_nullable from information_schema.columns where table_schema = 'public' and table_name = $1`,
        [name],
      );
      const dbColumns = new Map(rows.map((r) => [r.column_name, r]));
      expect(dbColumns.size, `table ${name} exists`).toBeGreaterThan(0);
      // Every synced column exists with the same type and nullability…
      for (const [col, def] of Object.entries(table.columns)) {
        const c = dbColumns.get(col);
        expect(c, `${name}.${col} exists in the database`).toBeDefined();
        expect(PG_TO_ZERO[c!.data_type], `${name}.${col} type ${c!.data_type}`).toBe(def.type);
        expect(c!.is_nullable === 'YES', `${name}.${col} nullability`).toBe(!!def.optional);
      }
      // …and a published table has no column the devices would silently miss.
      expect([...dbColumns.keys()].sort()).toEqual(Object.keys(table.columns).sort());

      const {rows: pk} = await db.query<{column_name: string}>(
        `select a.attname as column_name from pg_index i
           join pg_attribute a on a.attrelid = i.indrelid and a.attnum = any(i.indkey)
          where i.indrelid = $1::regclass and i.indisprimary order by a.attnum`,
        [name],
      );
      expect(pk.map((r) => r.column_name)).toEqual([...table.primaryKey]);
    });
  }
});
