// The Zero schema and the migrated database must describe the same data:
// same tables, columns, types, nullability and keys, and exactly these tables
// published to zero-cache. Every synced table writes the audit log through its
// dot_audit() trigger, unless it is listed below with the reason it does not.
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

// Synced tables with no audit trigger, and why.
const NOT_AUDITED: Record<string, string> = {
  audit_log: 'it is the audit log: auditing it would write a row for every row written',
  refused_op: 'a refused write changed nothing: the row itself records the attempt (its request shows it), and it has no id to log it by',
  request_stage: "written only by a trigger from the request's own status change, which the request's audit already records",
  site_stat: 'page-view counters are not a change anyone made, and auditing them would grow the log with every visit',
};

type Trigger = {table: string; fn: string; type: number; enabled: string};

// pg_trigger.tgtype bits.
const ROW = 1;
const BEFORE = 2;
const INSERT = 4;
const DELETE = 8;
const UPDATE = 16;

/** What is wrong with the audit triggers of the synced tables: [] when nothing. */
function auditGaps(synced: readonly string[], triggers: readonly Trigger[], exempt: Record<string, string>): string[] {
  const gaps: string[] = [];
  const writes = INSERT | UPDATE | DELETE;
  for (const table of synced) {
    const audited = triggers.some(
      (t) => t.table === table && t.fn === 'dot_audit' && t.enabled !== 'D' && (t.type & ROW) !== 0 && (t.type & BEFORE) === 0 && (t.type & writes) === writes,
    );
    if (audited && table in exempt) gaps.push(`${table} is listed as not audited but has its audit trigger`);
    if (!audited && !(table in exempt)) gaps.push(`${table} has no audit trigger (after insert or update or delete, for each row, dot_audit())`);
  }
  for (const table of Object.keys(exempt)) {
    if (!synced.includes(table)) gaps.push(`${table} is listed as not audited but is not synced`);
  }
  return gaps;
}

async function readTriggers(client: pg.Client): Promise<Trigger[]> {
  const {rows} = await client.query<Trigger>(
    `select c.relname as table, p.proname as fn, t.tgtype::int as type, t.tgenabled as enabled
       from pg_trigger t join pg_class c on c.oid = t.tgrelid join pg_proc p on p.oid = t.tgfoid
      where not t.tgisinternal and c.relnamespace = 'public'::regnamespace`,
  );
  return rows;
}

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

  it('gives every synced table its audit trigger, or a reason it has none', async () => {
    const {rows} = await db.query<{tablename: string}>(`select tablename from pg_publication_tables where pubname = 'dot_sync'`);
    expect(
      auditGaps(
        rows.map((r) => r.tablename),
        await readTriggers(db),
        NOT_AUDITED,
      ),
    ).toEqual([]);
  });

  it('would catch a synced table without its audit trigger', async () => {
    // A table made like the others but without the trigger, seen through the
    // same catalog read, then rolled back.
    await db.query('begin');
    try {
      await db.query(`create table dot_unaudited (id text primary key, company_id text not null)`);
      await db.query(`create table dot_audited_before (id text primary key, company_id text not null)`);
      await db.query(`create trigger dot_audited_before_audit before insert or update or delete on dot_audited_before
                        for each row execute function dot_audit()`);
      const triggers = await readTriggers(db);
      expect(auditGaps(['request', 'audit_log', 'dot_unaudited', 'dot_audited_before'], triggers, {audit_log: 'the log'})).toEqual([
        'dot_unaudited has no audit trigger (after insert or update or delete, for each row, dot_audit())',
        'dot_audited_before has no audit trigger (after insert or update or delete, for each row, dot_audit())',
      ]);
    } finally {
      await db.query('rollback');
    }
    // The list of reasons stays honest too.
    expect(
      auditGaps(['request'], [{table: 'request', fn: 'dot_audit', type: ROW | INSERT | UPDATE | DELETE, enabled: 'O'}], {request: 'x', gone: 'y'}),
    ).toEqual(['request is listed as not audited but has its audit trigger', 'gone is listed as not audited but is not synced']);
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
