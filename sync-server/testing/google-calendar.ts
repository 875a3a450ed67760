// A local server for tests that speaks Google's OAuth token endpoint and the
// Calendar API v3 shapes dot uses (Google itself is unreachable here):
// POST /token (authorization_code, refresh_token), and under
// /calendar/v3/calendars/<id>/events: list (full sync, incremental sync with
// syncToken → nextSyncToken, paging with nextPageToken, 410 Gone for an
// expired token, 400 for a sync token mixed with timeMin/timeMax/orderBy/q),
// insert, patch and delete. The test plays the person in Google through
// put/move/remove, and expires sync tokens with expireSyncTokens().
import {randomBytes} from 'node:crypto';
import http from 'node:http';
import type {AddressInfo} from 'node:net';

export type FakeEvent = {
  id: string;
  etag: string;
  status: 'confirmed' | 'tentative' | 'cancelled';
  summary?: string;
  description?: string;
  location?: string;
  start?: {dateTime?: string; date?: string; timeZone?: string};
  end?: {dateTime?: string; date?: string; timeZone?: string};
  transparency?: 'opaque' | 'transparent';
  attendees?: {email?: string; self?: boolean; responseStatus?: string}[];
  extendedProperties?: {private?: Record<string, string>};
  updated: string;
  /** The change counter when it last changed (what incremental sync compares). */
  seq: number;
};

export type Request = {method: string; path: string; query: Record<string, string>; body: Record<string, unknown>};

type User = {refreshToken: string; code?: string; revoked: boolean; events: Map<string, FakeEvent>};

const GONE = {
  error: {
    errors: [{domain: 'global', reason: 'fullSyncRequired', message: 'Sync token is no longer valid, a full sync is required.'}],
    code: 410,
    message: 'Sync token is no longer valid, a full sync is required.',
  },
};
const apiError = (code: number, message: string, reason: string) => ({error: {errors: [{domain: 'global', reason, message}], code, message}});

export class GoogleCalendarFake {
  url = '';
  readonly requests: Request[] = [];
  /** Events per page of events.list (small, so paging is exercised). */
  pageSize = 2;
  private readonly users = new Map<string, User>();
  private readonly access = new Map<string, string>();
  private counter = 1;
  /** Sync tokens of an older generation are expired (410). */
  private generation = 1;
  private readonly server = http.createServer((req, res) => void this.handle(req, res));

  constructor(
    readonly clientId = 'test-client.apps.googleusercontent.com',
    readonly clientSecret = 'test-client-secret',
  ) {}

  async listen(port = 0): Promise<this> {
    await new Promise<void>((resolve) => this.server.listen(port, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  /** A Google account: its refresh token, and the one-time code its consent screen would return. */
  account(refreshToken: string, code?: string): void {
    this.users.set(refreshToken, {refreshToken, ...(code && {code}), revoked: false, events: new Map()});
  }

  revoke(refreshToken: string): void {
    this.user(refreshToken).revoked = true;
  }

  /** Every event of the account, deleted ones included (status 'cancelled'). */
  events(refreshToken: string): FakeEvent[] {
    return [...this.user(refreshToken).events.values()];
  }

  /** The person makes or changes an event in Google. */
  put(refreshToken: string, e: Partial<FakeEvent> & {id?: string}): FakeEvent {
    const events = this.user(refreshToken).events;
    const id = e.id ?? randomBytes(8).toString('hex');
    const seq = ++this.counter;
    const next: FakeEvent = {...(events.get(id) ?? {status: 'confirmed'}), ...e, id, seq, etag: `"${seq}"`, updated: new Date().toISOString()} as FakeEvent;
    events.set(id, next);
    return next;
  }

  /** The person moves an event in Google (times written with the +05:00 offset, as Google answers for Almaty). */
  move(refreshToken: string, id: string, start: number, end: number): FakeEvent {
    const at = (ms: number) => new Date(ms + 5 * 3600_000).toISOString().replace(/\.\d{3}Z$/, '+05:00');
    return this.put(refreshToken, {id, start: {dateTime: at(start), timeZone: 'Asia/Almaty'}, end: {dateTime: at(end), timeZone: 'Asia/Almaty'}});
  }

  /** The person deletes an event in Google: it stays as 'cancelled' for incremental sync. */
  remove(refreshToken: string, id: string): FakeEvent {
    return this.put(refreshToken, {id, status: 'cancelled'});
  }

  /** Every sync token handed out so far is now expired: the next incremental sync gets 410 Gone. */
  expireSyncTokens(): void {
    this.generation++;
  }

  private user(refreshToken: string): User {
    const u = this.users.get(refreshToken);
    if (!u) throw new Error(`no account ${refreshToken}`);
    return u;
  }

  private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    let raw = '';
    for await (const chunk of req) raw += chunk;
    const url = new URL(req.url ?? '/', 'http://x');
    const query = Object.fromEntries(url.searchParams);
    const form = (req.headers['content-type'] ?? '').includes('urlencoded');
    const body = raw ? (form ? Object.fromEntries(new URLSearchParams(raw)) : (JSON.parse(raw) as Record<string, unknown>)) : {};
    this.requests.push({method: req.method ?? 'GET', path: url.pathname, query, body});
    const [status, answer] = url.pathname === '/token' ? this.token(body) : this.calendar(req, url.pathname, query, body);
    res.writeHead(status, {'content-type': 'application/json; charset=UTF-8'});
    res.end(answer === undefined ? '' : JSON.stringify(answer));
  }

  private token(b: Record<string, unknown>): [number, unknown] {
    if (b.client_id !== this.clientId || b.client_secret !== this.clientSecret) return [401, {error: 'invalid_client', error_description: 'Unauthorized'}];
    const user =
      b.grant_type === 'authorization_code'
        ? [...this.users.values()].find((u) => u.code && u.code === b.code && !!b.redirect_uri)
        : b.grant_type === 'refresh_token'
          ? this.users.get(String(b.refresh_token))
          : undefined;
    if (!user || user.revoked) return [400, {error: 'invalid_grant', error_description: 'Token has been expired or revoked.'}];
    if (b.grant_type === 'authorization_code') delete user.code; // a code is good once
    const token = `ya29.${randomBytes(12).toString('hex')}`;
    this.access.set(token, user.refreshToken);
    return [
      200,
      {
        access_token: token,
        expires_in: 3599,
        scope: 'https://www.googleapis.com/auth/calendar.events',
        token_type: 'Bearer',
        ...(b.grant_type === 'authorization_code' && {refresh_token: user.refreshToken}),
      },
    ];
  }

  private calendar(req: http.IncomingMessage, path: string, q: Record<string, string>, body: Record<string, unknown>): [number, unknown] {
    const m = /^\/calendar\/v3\/calendars\/([^/]+)\/events(?:\/([^/]+))?$/.exec(path);
    if (!m) return [404, apiError(404, 'Not Found', 'notFound')];
    const who = this.access.get((req.headers.authorization ?? '').replace(/^Bearer /, ''));
    const user = who ? this.users.get(who) : undefined;
    if (!user || user.revoked) return [401, apiError(401, 'Request had invalid authentication credentials.', 'authError')];
    if (decodeURIComponent(m[1]!) !== 'primary') return [404, apiError(404, 'Not Found', 'notFound')];
    const id = m[2] && decodeURIComponent(m[2]);
    if (req.method === 'GET' && !id) return this.list(user, q);
    if (req.method === 'POST' && !id)
      return [200, this.strip(this.put(user.refreshToken, {...(body as Partial<FakeEvent>), id: undefined, status: 'confirmed'}))];
    const e = id ? user.events.get(id) : undefined;
    if (!e) return [404, apiError(404, 'Not Found', 'notFound')];
    if (e.status === 'cancelled') return [410, apiError(410, 'Resource has been deleted', 'deleted')];
    if (req.method === 'PATCH') return [200, this.strip(this.put(user.refreshToken, {...(body as Partial<FakeEvent>), id: e.id}))];
    if (req.method === 'DELETE') {
      this.remove(user.refreshToken, e.id);
      return [204, undefined];
    }
    return [405, apiError(405, 'Method Not Allowed', 'methodNotAllowed')];
  }

  private list(user: User, q: Record<string, string>): [number, unknown] {
    if (q.syncToken && (q.timeMin || q.timeMax || q.orderBy || q.q || q.updatedMin || q.iCalUID))
      return [400, apiError(400, 'Sync token cannot be combined with timeMin, timeMax, orderBy, q, updatedMin or iCalUID.', 'invalid')];
    let since = 0;
    if (q.syncToken) {
      const t = /^sync-(\d+)-(\d+)$/.exec(q.syncToken);
      if (!t || Number(t[1]) !== this.generation) return [410, GONE];
      since = Number(t[2]);
    }
    const page = /^page-(\d+)-(\d+)$/.exec(q.pageToken ?? '');
    const upTo = page ? Number(page[2]) : this.counter;
    const offset = page ? Number(page[1]) : 0;
    const timeMin = q.timeMin ? Date.parse(q.timeMin) : -Infinity;
    const ends = (e: FakeEvent) => Date.parse(e.end?.dateTime ?? `${e.end?.date ?? '9999-01-01'}T00:00:00Z`);
    const all = [...user.events.values()]
      .filter((e) => e.seq <= upTo && (q.syncToken ? e.seq > since : e.status !== 'cancelled' || q.showDeleted === 'true') && ends(e) > timeMin)
      .sort((a, b) => a.seq - b.seq || (a.id < b.id ? -1 : 1));
    const size = Math.min(this.pageSize, Number(q.maxResults ?? 250));
    const items = all.slice(offset, offset + size).map((e) => this.strip(e));
    const more = offset + size < all.length;
    return [
      200,
      {
        kind: 'calendar#events',
        items,
        ...(more ? {nextPageToken: `page-${offset + size}-${upTo}`} : {nextSyncToken: `sync-${this.generation}-${upTo}`}),
      },
    ];
  }

  /** The event as the API answers it (without the fake's change counter). */
  private strip(e: FakeEvent) {
    const {seq: _seq, ...rest} = e;
    return {kind: 'calendar#event', ...rest};
  }
}
