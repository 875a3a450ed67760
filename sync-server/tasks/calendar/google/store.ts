// A person's Google Calendar connection (google_calendar): their tokens
// sealed with AES-256-GCM under a server key (db/sealed.ts), the calendar and
// its sync token. The access token is refreshed when it runs out, or when
// Google answers 401 before that; a refresh token Google no longer accepts
// puts the connection in the `error` state with the reason.
import type pg from 'pg';
import type {Clock} from '../../../clock.ts';
import {open, seal, sealingKey} from '../../../db/sealed.ts';
import {calendarApi, GoogleError, refreshAccess, type Calendar, type GoogleSettings, type Tokens} from './api.ts';

const sealKey = sealingKey('google_calendar');

export type Connection = {
  member_id: string;
  company_id: string;
  sealed: string;
  calendar_id: string;
  sync_token: string | null;
  state: 'active' | 'error';
};

export type GoogleDeps = {pool: pg.Pool; clock: Clock; google: GoogleSettings};

export async function saveConnection(pool: pg.Pool, who: {memberId: string; companyId: string}, tokens: Tokens): Promise<void> {
  const sealed = seal(await sealKey(pool), JSON.stringify(tokens));
  // A new connection (or a reconnection) starts from a full sync.
  await pool.query(
    `insert into google_calendar (member_id, company_id, sealed) values ($1, $2, $3)
     on conflict (member_id) do update set sealed = excluded.sealed, company_id = excluded.company_id, sync_token = null,
       state = 'active', last_error = '', created_at = now()`,
    [who.memberId, who.companyId, sealed],
  );
}

export async function connectionOf(pool: pg.Pool, memberId: string): Promise<Connection | undefined> {
  const {rows} = await pool.query<Connection>(
    `select g.member_id, g.company_id, g.sealed, g.calendar_id, g.sync_token, g.state from google_calendar g
       join member m on m.id = g.member_id and m.company_id = g.company_id where g.member_id = $1`,
    [memberId],
  );
  return rows[0];
}

export async function markError(pool: pg.Pool, memberId: string, message: string): Promise<void> {
  await pool.query(`update google_calendar set state = 'error', last_error = $2 where member_id = $1`, [memberId, message.slice(0, 500)]);
}

/** Whether Google refused the person's grant itself (revoked, expired): reconnecting is the only cure, retrying is not. */
export const isGrantRefused = (e: unknown): boolean =>
  e instanceof GoogleError && (e.reason === 'invalid_grant' || e.reason === 'unauthorized_client' || e.reason === 'invalid_client');

/** The person's calendar, its access token kept fresh (and stored sealed again when refreshed). */
export async function calendarOf(deps: GoogleDeps, conn: Connection): Promise<Calendar> {
  const secret = await sealKey(deps.pool);
  let tokens = JSON.parse(open(secret, conn.sealed)) as Tokens;
  let force = false;
  const access = async () => {
    if (force || tokens.expiresAt <= deps.clock.now()) {
      tokens = await refreshAccess(deps.google, tokens.refreshToken, deps.clock.now());
      force = false;
      await deps.pool.query('update google_calendar set sealed = $2 where member_id = $1', [conn.member_id, seal(secret, JSON.stringify(tokens))]);
    }
    return tokens.accessToken;
  };
  const api = calendarApi(deps.google, conn.calendar_id, access);
  // An access token Google stopped accepting before its time: refreshed once, then the call again.
  const retry =
    <A extends unknown[], R>(fn: (...a: A) => Promise<R>) =>
    async (...a: A): Promise<R> => {
      try {
        return await fn(...a);
      } catch (e) {
        if (!(e instanceof GoogleError) || e.status !== 401) throw e;
        force = true;
        return fn(...a);
      }
    };
  return {list: retry(api.list), insert: retry(api.insert), patch: retry(api.patch), remove: retry(api.remove)};
}
