// The scan `platform.purge`: a company deleted more than DELETE_GRACE_DAYS ago
// (company_account.delete_after passed) is removed with all its data: every
// table with a company_id is emptied of its rows, then the company's row goes
// (its keys cascade to whatever is left). The purge names the company in dot.purge_company, which lets its
// audit history go with it and writes no new audit rows (migration 0801); the
// platform audit keeps "company.purge". The bytes of its files go once the
// rows are gone (after the commit: a purge that rolled back keeps them all).
import type pg from 'pg';
import type {FileStorage} from '../../files/storage.ts';
import type {DueScan} from '../../jobs/registry.ts';
import {log} from '../../log.ts';
import {platformAudit} from '../audit.ts';

/** Every table with a company_id. */
async function companyTables(client: pg.PoolClient): Promise<string[]> {
  const {rows} = await client.query<{tbl: string}>(
    `select c.table_name as tbl from information_schema.columns c join information_schema.tables t
        on t.table_schema = c.table_schema and t.table_name = c.table_name
      where c.table_schema = 'public' and c.column_name = 'company_id' and t.table_type = 'BASE TABLE' and c.table_name not like 'platform\\_%'
      order by 1`,
  );
  return rows.map((r) => r.tbl);
}

const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;

/**
 * Empties the company's rows table by table before its own row goes, so that
 * no key between two of its tables (restrict, no action) and no trigger that
 * notes a deletion elsewhere (analytics' dirty hours) can stop the purge: a
 * table refused now is tried again in the next pass, once what held it is gone.
 */
async function emptyCompanyTables(client: pg.PoolClient, companyId: string): Promise<void> {
  const tables = await companyTables(client);
  for (let pass = 0; pass < 6; pass++) {
    let left = 0;
    for (const table of tables) {
      await client.query('savepoint purge_table');
      try {
        await client.query(`delete from ${ident(table)} where company_id = $1`, [companyId]);
        await client.query('release savepoint purge_table');
      } catch {
        await client.query('rollback to savepoint purge_table');
        left++;
      }
    }
    const {rows} = await client.query<{n: number}>(tables.map((t) => `select count(*)::int as n from ${ident(t)} where company_id = $1`).join(' union all '), [
      companyId,
    ]);
    if (!left && rows.every((r) => r.n === 0)) return;
  }
}

/** Removes one company whose grace period has passed; false if it is no longer due (reinstated meanwhile). */
export async function purgeCompany(pool: pg.Pool, companyId: string, storage?: FileStorage): Promise<boolean> {
  const client = await pool.connect();
  let storageKeys: string[] = [];
  try {
    await client.query('begin');
    const {rows} = await client.query<{slug: string; name: string}>(
      `select c.slug, c.name from company c join company_account a on a.company_id = c.id
        where c.id = $1 and c.status = 'deleted' and a.delete_after <= now() for update of c`,
      [companyId],
    );
    const company = rows[0];
    if (!company) {
      await client.query('rollback');
      return false;
    }
    storageKeys = (await client.query<{storage_key: string}>('select storage_key from file where company_id = $1', [companyId])).rows.map((r) => r.storage_key);
    await client.query(`select set_config('dot.purge_company', $1, true)`, [companyId]);
    await emptyCompanyTables(client, companyId);
    await client.query('delete from company where id = $1', [companyId]);
    await platformAudit(client, null, {action: 'company.purge', companyId, detail: {slug: company.slug, name: company.name}});
    await client.query('commit');
  } catch (e) {
    await client.query('rollback').catch(() => {});
    throw e;
  } finally {
    client.release();
  }
  for (const key of storage ? storageKeys : []) {
    await storage!.delete(key).catch((e: Error) => log.warn('platform', `purged company ${companyId}: cannot delete file ${key} (${e.message})`));
  }
  return true;
}

export function purgeScan(deps: {pool: pg.Pool; storage?: FileStorage}): DueScan {
  return {
    name: 'platform.purge',
    everyMs: 60 * 60_000,
    run: async () => {
      const {rows} = await deps.pool.query<{id: string}>(
        `select c.id from company c join company_account a on a.company_id = c.id
          where c.status = 'deleted' and a.delete_after <= now() order by a.delete_after limit 20`,
      );
      // One company at a time, each in its own transaction: one that fails does not hold back the others.
      for (const {id} of rows) {
        try {
          if (await purgeCompany(deps.pool, id, deps.storage)) log.info('platform', `company ${id} purged after its grace period`);
        } catch (e) {
          log.warn('platform', `cannot purge company ${id}: ${(e as Error).message}`);
        }
      }
    },
  };
}
