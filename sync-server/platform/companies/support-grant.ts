// Whether a company's owner has granted support access now (the longest open
// grant), for its page in the console. Reading the company's data under it is
// the support area's (platform/support), which checks and audits every read.
import type pg from 'pg';

export async function supportGrantOf(db: pg.Pool, companyId: string): Promise<{expiresAt: number} | null> {
  const {rows} = await db.query<{expires_at: Date}>(
    `select max(expires_at) as expires_at from support_grant
      where company_id = $1 and revoked_at is null and expires_at > now() having count(*) > 0`,
    [companyId],
  );
  return rows[0] ? {expiresAt: rows[0].expires_at.getTime()} : null;
}
