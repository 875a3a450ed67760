// The platform audit log: every action of a platform administrator, written in
// the same transaction as the action itself (so there is no action without its
// record, and no record of an action that rolled back).
import type pg from 'pg';
import type {PlatformContext} from '#shared/platform/context.ts';

export type PlatformAuditEntry = {
  /** "company.suspend", "plan.update", "support.read", "connect.approve"… */
  action: string;
  companyId?: string | null;
  /** What else it was about: a user id, a plan key, a request id. */
  target?: string | null;
  /** Why, as the administrator wrote it (required for stops). */
  reason?: string | null;
  detail?: Record<string, unknown>;
};

export async function platformAudit(db: pg.Pool | pg.PoolClient, ctx: PlatformContext | null, entry: PlatformAuditEntry): Promise<void> {
  await db.query(`insert into platform_audit (admin_id, action, company_id, target, reason, detail) values ($1, $2, $3, $4, $5, $6)`, [
    ctx?.adminID ?? null,
    entry.action,
    entry.companyId ?? null,
    entry.target ?? null,
    entry.reason ?? null,
    JSON.stringify(entry.detail ?? {}),
  ]);
}
