// Changing a company's account status (issue 18): the console's route and the
// billing scan (ctx null: the platform itself) both come here, so a stop is
// the same everywhere — the row, the account's reason and dates, the platform
// audit, and a NOTIFY that closes the company's live sync sockets on every API
// process once the transaction commits (auth/live-sync.ts).
import type pg from 'pg';
import {domainError} from '#shared/errors.ts';
import type {PlatformContext} from '#shared/platform/context.ts';
import {DELETE_GRACE_DAYS, isCompanyStatus, mayMoveStatus, needsReason, type CompanyStatus} from '#shared/platform/status.ts';
import {COMPANY_STOPPED_CHANNEL} from '../../auth/live-sync.ts';
import {platformAudit} from '../audit.ts';

export type StatusChange = {status: unknown; reason?: unknown};
export type ChangedStatus = {id: string; status: CompanyStatus; statusReason: string | null; deleteAfter: number | null};

/** The longest reason the company is shown. */
export const REASON_MAX = 1000;

/**
 * Moves a company to another status in the caller's transaction. Refuses an
 * unknown status, a move the status table forbids (`invalid_transition`) and a
 * stop without a reason (`validation`, naming the field); not_found for no company.
 */
export async function changeCompanyStatus(client: pg.PoolClient, ctx: PlatformContext | null, companyId: string, change: StatusChange): Promise<ChangedStatus> {
  const to = change.status;
  if (!isCompanyStatus(to)) throw domainError('validation', {fields: [{field: 'status', code: 'v.invalid'}]});
  const reason = typeof change.reason === 'string' ? change.reason.trim() : '';
  if (needsReason(to) && !reason) throw domainError('validation', {fields: [{field: 'reason', code: 'v.required'}]});
  if (reason.length > REASON_MAX) throw domainError('validation', {fields: [{field: 'reason', code: 'v.tooLong', params: {max: REASON_MAX}}]});
  const {rows} = await client.query<{status: CompanyStatus}>('select status from company where id = $1 for update', [companyId]);
  const from = rows[0]?.status;
  if (!from) throw domainError('not_found');
  if (!mayMoveStatus(from, to)) throw domainError('invalid_transition', {current: from, attempted: to});
  await client.query('update company set status = $2 where id = $1', [companyId, to]);
  // Every company has its account row (a trigger makes it); the upsert keeps a stop from being lost if one did not.
  const {rows: account} = await client.query<{status_reason: string | null; delete_after: Date | null}>(
    `insert into company_account (company_id, status_reason, status_changed_at, delete_after)
     values ($1, $2, now(), case when $3 then now() + make_interval(days => $4) end)
     on conflict (company_id) do update
        set status_reason = excluded.status_reason, status_changed_at = excluded.status_changed_at,
            delete_after = excluded.delete_after, updated_at = now()
     returning status_reason, delete_after`,
    [companyId, reason || null, to === 'deleted', DELETE_GRACE_DAYS],
  );
  await platformAudit(client, ctx, {action: `company.${to}`, companyId, reason: reason || null, detail: {from}});
  // Delivered on commit, to every process listening: each closes this company's sockets.
  if (to !== 'active') await client.query('select pg_notify($1, $2)', [COMPANY_STOPPED_CHANNEL, companyId]);
  const row = account[0];
  return {id: companyId, status: to, statusReason: row?.status_reason ?? null, deleteAfter: row?.delete_after ? row.delete_after.getTime() : null};
}
