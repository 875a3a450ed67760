// A session that ends (logout, a member switched off, a password reset) must
// stop syncing at once, not when the device next reconnects: zero-cache
// checks the session when a connection opens and then keeps streaming the
// company's changes down it. So every relayed sync WebSocket is remembered by
// the hash of the session it came with, the database announces each revoked
// session on commit (NOTIFY dot_session_revoked, migration 0307), and the
// connection is closed here. The device reconnects, zero-cache asks our
// /api/zero/query about the session, gets 401, and the app asks to sign in.
// A company the platform stops (suspended, blocked, deleted: NOTIFY
// dot_company_stopped with its id, platform/status/change.ts) has every one of
// its sockets closed the same way: the sessions those sockets came with are
// looked up when the notice arrives (they are not revoked, only refused).
import {parse as parseCookie} from 'cookie';
import pg from 'pg';
import {log} from '../log.ts';
import {SESSION_COOKIE} from './sessions.ts';
import {hashSecret} from './tokens.ts';

export const REVOKED_CHANNEL = 'dot_session_revoked';
export const COMPANY_STOPPED_CHANNEL = 'dot_company_stopped';

type Closable = {close(code?: number, reason?: string): void; once(event: 'close', listener: () => void): unknown};

const live = new Map<string, Set<Closable>>();

/** Remembers a relayed sync connection under its session (from the handshake's cookie). */
export function trackLiveSync(cookieHeader: string | undefined, socket: Closable): void {
  const secret = parseCookie(cookieHeader ?? '')[SESSION_COOKIE];
  if (!secret || secret.length > 200) return;
  const key = hashSecret(secret);
  let set = live.get(key);
  if (!set) live.set(key, (set = new Set()));
  set.add(socket);
  socket.once('close', () => {
    const s = live.get(key);
    s?.delete(socket);
    if (s && !s.size) live.delete(key);
  });
}

/** Closes every live sync connection of this session; how many there were. */
export function dropLiveSync(tokenHash: string): number {
  const set = live.get(tokenHash);
  if (!set) return 0;
  live.delete(tokenHash);
  for (const socket of set) socket.close(1000, 'session ended');
  return set.size;
}

/** Closes every live sync connection whose session belongs to this company; how many there were. */
export async function dropCompanyLiveSync(db: pg.Client | pg.Pool | pg.PoolClient, companyId: string): Promise<number> {
  const hashes = [...live.keys()];
  if (!hashes.length) return 0;
  const {rows} = await db.query<{token_hash: string}>('select token_hash from session where company_id = $1 and token_hash = any($2::text[])', [
    companyId,
    hashes,
  ]);
  let n = 0;
  for (const r of rows) n += dropLiveSync(r.token_hash);
  return n;
}

/** How many sync connections are open (tests). */
export function liveSyncCount(): number {
  let n = 0;
  for (const s of live.values()) n += s.size;
  return n;
}

/**
 * Listens for revoked sessions and stopped companies on a connection of its own, and reconnects if
 * it is lost. Returns a stop function for shutdown.
 */
export function listenForRevokedSessions(databaseUrl: string): () => Promise<void> {
  let client: pg.Client | undefined;
  let stopped = false;
  let retry: NodeJS.Timeout | undefined;
  const connect = async () => {
    if (stopped) return;
    const c = new pg.Client({connectionString: databaseUrl});
    client = c;
    c.on('notification', (n) => {
      if (n.channel === REVOKED_CHANNEL && n.payload) dropLiveSync(n.payload);
      if (n.channel === COMPANY_STOPPED_CHANNEL && n.payload) {
        dropCompanyLiveSync(c, n.payload).catch((e: Error) => log.warn('auth', `cannot close a stopped company's sync (${e.message})`));
      }
    });
    c.on('error', () => reconnect(c));
    c.on('end', () => reconnect(c));
    try {
      await c.connect();
      await c.query(`listen ${REVOKED_CHANNEL}`);
      await c.query(`listen ${COMPANY_STOPPED_CHANNEL}`);
    } catch (e) {
      if (!stopped) log.warn('auth', `cannot listen for ended sessions (${(e as Error).message}); retrying`);
      reconnect(c);
    }
  };
  const reconnect = (c: pg.Client) => {
    if (stopped || client !== c || retry) return;
    client = undefined;
    void c.end().catch(() => {});
    retry = setTimeout(() => {
      retry = undefined;
      void connect();
    }, 1000);
    retry.unref();
  };
  void connect();
  return async () => {
    stopped = true;
    if (retry) clearTimeout(retry);
    await client?.end().catch(() => {});
  };
}
