// Who hears of something, and in which language: read once here for every
// module's jobs (requests' SLA, overdue tasks, booking events).
import type pg from 'pg';
import {isLocale, type Locale} from '#shared/i18n/locales.ts';

/** The language a member reads the app in (their account's); Russian for one without an account. */
export async function memberLocale(pool: Pick<pg.Pool, 'query'>, memberId: string): Promise<Locale> {
  const {rows} = await pool.query<{locale: string}>('select u.locale from member m join app_user u on u.id = m.user_id where m.id = $1', [memberId]);
  const l = rows[0]?.locale;
  return isLocale(l) ? l : 'ru';
}

/**
 * The heads, told of what is overdue: whoever holds `requests.escalations`
 * (the head template has it); in a company where nobody does, whoever holds
 * `team.owners`. Active members, oldest first.
 */
export async function headsOf(pool: Pick<pg.Pool, 'query'>, companyId: string): Promise<string[]> {
  const {rows} = await pool.query<{id: string; escalations: boolean}>(
    `select m.id, bool_or(r.permissions ? 'requests.escalations') as escalations
       from member m join role r on r.company_id = m.company_id and m.roles ? r.key
      where m.company_id = $1 and m.active and (r.permissions ? 'requests.escalations' or r.permissions ? 'team.owners')
      group by m.id, m.created_at order by m.created_at`,
    [companyId],
  );
  const heads = rows.filter((m) => m.escalations);
  return (heads.length ? heads : rows).map((m) => m.id);
}
