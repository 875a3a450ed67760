// The few calls of Google's OAuth token endpoint and Calendar API v3 that the
// two-way sync needs, over fetch. Where they live is configurable
// (DOT_GOOGLE_OAUTH_ROOT, DOT_GOOGLE_API_ROOT): tests use a local server
// speaking the same shapes (testing/google-calendar.ts).
import type {GoogleEvent} from '#shared/tasks/calendar/events.ts';
import type {Config} from '../../../config.ts';

export type GoogleSettings = Config['google'];

/** A refusal from Google: its HTTP status and reason ("Gone" 410: the sync token expired; 401: the access token). */
export class GoogleError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly reason = '',
  ) {
    super(`Google ${status}: ${message}`);
  }
}

const TIMEOUT_MS = 15_000;

async function call<T>(url: string, init: RequestInit): Promise<T> {
  let res: Response;
  try {
    res = await fetch(url, {...init, signal: AbortSignal.timeout(TIMEOUT_MS)});
  } catch (e) {
    throw new GoogleError(0, (e as Error).message, 'unreachable');
  }
  const text = await res.text();
  let body: any;
  try {
    body = text ? JSON.parse(text) : {};
  } catch {
    body = {};
  }
  if (!res.ok) {
    // Calendar: {error: {code, message, errors: [{reason}]}}; OAuth: {error: "invalid_grant", error_description}.
    const err = body?.error;
    const reason = typeof err === 'string' ? err : String(err?.errors?.[0]?.reason ?? err?.status ?? '');
    const message = typeof err === 'string' ? String(body.error_description ?? err) : String(err?.message ?? res.statusText);
    throw new GoogleError(res.status, message, reason);
  }
  return body as T;
}

export type Tokens = {refreshToken: string; accessToken: string; expiresAt: number};

type TokenAnswer = {access_token?: string; expires_in?: number; refresh_token?: string};

async function token(s: GoogleSettings, form: Record<string, string>, now: number): Promise<TokenAnswer & {expiresAt: number}> {
  const answer = await call<TokenAnswer>(`${s.oauthRoot}/token`, {
    method: 'POST',
    headers: {'content-type': 'application/x-www-form-urlencoded'},
    body: new URLSearchParams({client_id: s.clientId, client_secret: s.clientSecret, ...form}).toString(),
  });
  if (!answer.access_token) throw new GoogleError(502, 'no access token in the answer', 'invalid_answer');
  return {...answer, expiresAt: now + Math.max(60, Number(answer.expires_in ?? 3600) - 60) * 1000};
}

/** The code of Google's consent screen → tokens (needs access_type=offline for a refresh token). */
export async function exchangeCode(s: GoogleSettings, code: string, redirectUri: string, now: number): Promise<Tokens> {
  const a = await token(s, {grant_type: 'authorization_code', code, redirect_uri: redirectUri}, now);
  if (!a.refresh_token) throw new GoogleError(400, 'no refresh token: ask for access_type=offline and prompt=consent', 'invalid_grant');
  return {refreshToken: a.refresh_token, accessToken: a.access_token!, expiresAt: a.expiresAt};
}

export async function refreshAccess(s: GoogleSettings, refreshToken: string, now: number): Promise<Tokens> {
  const a = await token(s, {grant_type: 'refresh_token', refresh_token: refreshToken}, now);
  return {refreshToken: a.refresh_token ?? refreshToken, accessToken: a.access_token!, expiresAt: a.expiresAt};
}

/** Google's consent screen for the calendar.events scope, with a refresh token. */
export function consentUrl(s: GoogleSettings, redirectUri: string, state: string): string {
  const q = new URLSearchParams({
    client_id: s.clientId,
    redirect_uri: redirectUri,
    response_type: 'code',
    scope: 'https://www.googleapis.com/auth/calendar.events',
    access_type: 'offline',
    prompt: 'consent',
    include_granted_scopes: 'true',
    state,
  });
  return `https://accounts.google.com/o/oauth2/v2/auth?${q}`;
}

export type EventsPage = {items?: GoogleEvent[]; nextPageToken?: string; nextSyncToken?: string};

export type Calendar = {
  list(q: {syncToken?: string; pageToken?: string; timeMin?: string}): Promise<EventsPage>;
  insert(body: object): Promise<GoogleEvent>;
  patch(eventId: string, body: object): Promise<GoogleEvent>;
  remove(eventId: string): Promise<void>;
};

/** One person's calendar with an access token. */
export function calendarApi(s: GoogleSettings, calendarId: string, accessToken: () => Promise<string>): Calendar {
  const base = `${s.apiRoot}/calendar/v3/calendars/${encodeURIComponent(calendarId)}/events`;
  const send = async <T>(method: string, url: string, body?: object): Promise<T> =>
    call<T>(url, {
      method,
      headers: {authorization: `Bearer ${await accessToken()}`, ...(body && {'content-type': 'application/json'})},
      ...(body && {body: JSON.stringify(body)}),
    });
  return {
    list(q) {
      // A sync token goes alone: Google refuses it with timeMin/timeMax/orderBy/q.
      const params = new URLSearchParams({maxResults: '250', singleEvents: 'true'});
      if (q.syncToken) params.set('syncToken', q.syncToken);
      else if (q.timeMin) params.set('timeMin', q.timeMin);
      if (q.pageToken) params.set('pageToken', q.pageToken);
      return send<EventsPage>('GET', `${base}?${params}`);
    },
    // Our own invitations go by email: Google sends none (sendUpdates=none).
    insert: (body) => send<GoogleEvent>('POST', `${base}?sendUpdates=none`, body),
    patch: (eventId, body) => send<GoogleEvent>('PATCH', `${base}/${encodeURIComponent(eventId)}?sendUpdates=none`, body),
    remove: async (eventId) => {
      await send<unknown>('DELETE', `${base}/${encodeURIComponent(eventId)}?sendUpdates=none`);
    },
  };
}
