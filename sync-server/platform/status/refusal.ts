// The answer every company path gives while the platform has stopped the
// company (issue 18): 403 company_suspended with the status, the reason the
// platform gave (in a frame in the caller's language) and, for a deleted
// company, when its data goes. Sign-in, /auth/me, every member route and API
// key say it; the app shows it on a full screen and keeps its local data.
import type {Response} from 'express';
import type pg from 'pg';
import type {Locale} from '#shared/i18n/locales.ts';
import {createTranslator} from '#shared/i18n/translate.ts';
import type {CompanyStatus} from '#shared/platform/status.ts';

export class CompanyStopped extends Error {
  constructor(
    readonly companyId: string,
    readonly status: Exclude<CompanyStatus, 'active'>,
    readonly reason: string | null,
    readonly deleteAfter: number | null,
  ) {
    super('company_suspended');
  }
}

type Db = Pick<pg.Pool, 'query'>;

/** The refusal for this company, read from its account (the reason, the removal date). */
export async function companyStopped(db: Db, companyId: string): Promise<CompanyStopped> {
  const {rows} = await db.query<{status: CompanyStatus; reason: string | null; delete_after: Date | null}>(
    `select c.status, a.status_reason as reason, a.delete_after
       from company c left join company_account a on a.company_id = c.id where c.id = $1`,
    [companyId],
  );
  const row = rows[0];
  const status = row && row.status !== 'active' ? row.status : 'suspended';
  return new CompanyStopped(companyId, status, row?.reason ?? null, row?.delete_after ? row.delete_after.getTime() : null);
}

/**
 * A stopped company this person is an active member of — the one named by slug
 * if it is stopped, else the latest joined when none of theirs is active.
 * Asked only after the password was right, so it tells nobody else anything.
 */
export async function stoppedMembership(db: Db, userId: string, companySlug: string | undefined): Promise<string | null> {
  const {rows} = await db.query<{company_id: string; slug: string; status: string}>(
    `select m.company_id, c.slug, c.status from member m join company c on c.id = m.company_id
      where m.user_id = $1 and m.active order by m.created_at desc`,
    [userId],
  );
  const named = rows.find((r) => r.slug === companySlug);
  if (named) return named.status === 'active' ? null : named.company_id;
  if (rows.some((r) => r.status === 'active')) return null;
  return rows[0]?.company_id ?? null;
}

export function sendCompanyStopped(res: Response, err: CompanyStopped, locale: Locale): void {
  const t = createTranslator(locale);
  const message = err.reason ? t(`suspension.refused.${err.status}`, {reason: err.reason}) : t(`suspension.title.${err.status}`);
  res.status(403).json({error: {code: 'company_suspended', message}, status: err.status, reason: err.reason, deleteAfter: err.deleteAfter});
}
