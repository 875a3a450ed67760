// Suspending a company whose plan went unpaid: the same status change the
// console makes (status/change.ts — the row, the reason, the audit, and the
// company's live sync closed), by the platform itself (no administrator).
import type pg from 'pg';
import {changeCompanyStatus} from '../status/change.ts';

export async function suspendUnpaid(client: pg.PoolClient, companyId: string, reason: string): Promise<void> {
  await changeCompanyStatus(client, null, companyId, {status: 'suspended', reason});
}
