// Suspending a company whose plan went unpaid. The status change itself is the
// status area's (sync-server/platform/status/change.ts `changeCompanyStatus`,
// which also drops the company's live sync); this is the one place billing
// reaches it, so switching to that function is this file alone.
import type pg from 'pg';
import {platformAudit} from '../audit.ts';

export async function suspendUnpaid(client: pg.PoolClient, companyId: string, reason: string): Promise<void> {
  const {rowCount} = await client.query(`update company set status = 'suspended' where id = $1 and status = 'active'`, [companyId]);
  if (!rowCount) return;
  await client.query(`update company_account set status_reason = $2, status_changed_at = now(), updated_at = now() where company_id = $1`, [companyId, reason]);
  await platformAudit(client, null, {action: 'company.suspend', companyId, reason, detail: {status: 'suspended', by: 'billing', code: 'unpaid'}});
}
