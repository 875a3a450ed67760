// A module switched off does no work by itself for that company (P4, issue 12):
// due scans do not look at its rows, and a job of its queue already waiting is
// cancelled instead of run (a reminder queued before the switch is not sent).
import type pg from 'pg';
import {moduleOfJob} from '#shared/company/module-access.ts';
import {DEFAULT_MODULES, isModule, moduleOn, type Module} from '#shared/company/modules.ts';

/** A SQL condition: `module` is on for the company in `companyColumn` (a missing or odd switch means the default). */
export function moduleOnSql(module: Module, companyColumn: string): string {
  if (!isModule(module)) throw new Error(`unknown module ${String(module)}`);
  return `coalesce((select case when jsonb_typeof(cp.modules -> '${module}') = 'boolean' then (cp.modules ->> '${module}')::boolean end
                      from company_profile cp where cp.company_id = ${companyColumn}), ${DEFAULT_MODULES[module]})`;
}

export async function moduleIsOn(pool: Pick<pg.Pool, 'query'>, companyId: string, module: Module): Promise<boolean> {
  const {rows} = await pool.query<{modules: Record<string, boolean> | null}>('select modules from company_profile where company_id = $1', [companyId]);
  return moduleOn(rows[0]?.modules, module);
}

/** True when the job belongs to a module its company has switched off; the job is then cancelled. */
export async function cancelledForModule(pool: pg.Pool, job: {id: string; queue: string; company_id: string | null}): Promise<boolean> {
  const module = moduleOfJob(job.queue);
  if (!module || !job.company_id || (await moduleIsOn(pool, job.company_id, module))) return false;
  await pool.query(`update job set state = 'cancelled', locked_until = null, last_error = $2, updated_at = now() where id = $1`, [
    job.id,
    `module_off: ${module}`,
  ]);
  return true;
}
