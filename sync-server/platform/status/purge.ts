// The scan `platform.purge`: a company deleted more than DELETE_GRACE_DAYS ago
// (company_account.delete_after passed) is removed with all its data. Deleting
// the company row cascades through every table's company_id; rows that a
// RESTRICT key holds (a budget line's expense item, a document version's file)
// go first. The purge names the company in dot.purge_company, which lets its
// audit history go with it and writes no new audit rows (migration 0801); the
// platform audit keeps "company.purge".
import type pg from 'pg';
import type {DueScan} from '../../jobs/registry.ts';
import {log} from '../../log.ts';
import {platformAudit} from '../audit.ts';

/** Tables with a company_id whose rows a RESTRICT foreign key protects: emptied for the company before its row goes. */
async function restrictingTables(client: pg.PoolClient): Promise<string[]> {
  const {rows} = await client.query<{tbl: string}>(
    `select distinct c.conrelid::regclass::text as tbl
       from pg_constraint c
      where c.contype = 'f' and c.confdeltype = 'r' and c.connamespace = 'public'::regnamespace
        and exists (select 1 from information_schema.columns k
                     where k.table_schema = 'public' and k.table_name = c.conrelid::regclass::text and k.column_name = 'company_id')`,
  );
  return rows.map((r) => r.tbl);
}

/** Removes one company whose grace period has passed; false if it is no longer due (reinstated meanwhile). */
export async function purgeCompany(pool: pg.Pool, companyId: string): Promise<boolean> {
  const client = await pool.connect();
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
    await client.query(`select set_config('dot.purge_company', $1, true)`, [companyId]);
    for (const table of await restrictingTables(client)) await client.query(`delete from ${table} where company_id = $1`, [companyId]);
    await client.query('delete from company where id = $1', [companyId]);
    await platformAudit(client, null, {action: 'company.purge', companyId, detail: {slug: company.slug, name: company.name}});
    await client.query('commit');
    return true;
  } catch (e) {
    await client.query('rollback').catch(() => {});
    throw e;
  } finally {
    client.release();
  }
}

export function purgeScan(deps: {pool: pg.Pool}): DueScan {
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
          if (await purgeCompany(deps.pool, id)) log.info('platform', `company ${id} purged after its grace period`);
        } catch (e) {
          log.warn('platform', `cannot purge company ${id}: ${(e as Error).message}`);
        }
      }
    },
  };
}
