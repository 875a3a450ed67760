// The page cache's ear on PostgreSQL: one connection of its own that LISTENs on
// dot_public_page (migration 1000) and drops a company's pages on each change.
// Pages are served only while this connection is known to be up: it is checked
// every few seconds, and losing it (PostgreSQL restarted, network cut, a check
// unanswered) clears the cache and stops serving from it until it is back,
// since changes made in between were never heard.
//
// A notification reaches this connection a moment after its writer saw the
// commit: a visitor who books a time and at once reloads could beat it. So a
// page is served from the cache only after a round trip on this connection
// that began after its request arrived: PostgreSQL sends the notifications
// pending for a connection before it says it is ready again, so every change
// committed before the request is heard by then. Requests arriving together
// share one round trip.
import pg from 'pg';
import {log} from '../../log.ts';
import type {PageCache} from './page-cache.ts';

export const CHANNEL = 'dot_public_page';
/** How the connection shows in pg_stat_activity. */
export const APPLICATION = 'dot-page-cache';
const CHECK_MS = 5_000;

export type Listening = {
  /** True once every change committed before the call is heard; false when not listening (make the page afresh). */
  barrier(): Promise<boolean>;
  stop(): void;
};

export function listenForChanges(pool: pg.Pool, cache: PageCache): Listening {
  let client: pg.Client | undefined;
  let stopped = false;
  let retryMs = 250;
  let timer: NodeJS.Timeout | undefined;
  const ended = () => stopped || (pool as pg.Pool & {ending?: boolean; ended?: boolean}).ending === true || (pool as {ended?: boolean}).ended === true;

  const later = (fn: () => void, ms: number) => {
    clearTimeout(timer);
    timer = setTimeout(fn, ms);
    timer.unref();
  };

  const lost = (c: pg.Client, why: string) => {
    if (client !== c) return;
    client = undefined;
    cache.setLive(false);
    c.removeAllListeners('notification');
    c.end().catch(() => {});
    if (ended()) return;
    log.warn('page-cache', `change feed lost (${why}); pages are made afresh until it is back`);
    later(connect, retryMs);
    retryMs = Math.min(retryMs * 2, 10_000);
  };

  const check = (c: pg.Client) => {
    later(() => {
      if (client !== c) return;
      if (ended()) return stop();
      c.query('select 1').then(
        () => check(c),
        (e: unknown) => lost(c, (e as Error).message),
      );
    }, CHECK_MS);
  };

  async function connect(): Promise<void> {
    if (ended()) return;
    const c = new pg.Client({
      ...(pool as unknown as {options: pg.ClientConfig}).options,
      application_name: APPLICATION,
      keepAlive: true,
      query_timeout: CHECK_MS,
    });
    client = c;
    c.on('error', (e) => lost(c, e.message));
    c.on('end', () => lost(c, 'closed'));
    c.on('notification', (m) => {
      if (m.channel === CHANNEL) cache.invalidate(m.payload || '*');
    });
    try {
      await c.connect();
      await c.query(`listen ${CHANNEL}`);
      if (client !== c) return;
      retryMs = 250;
      cache.setLive(true);
      check(c);
    } catch (e) {
      lost(c, (e as Error).message);
    }
  }

  function stop(): void {
    stopped = true;
    clearTimeout(timer);
    const c = client;
    client = undefined;
    cache.setLive(false);
    c?.end().catch(() => {});
  }

  let running: Promise<boolean> | undefined;
  let queued: Promise<boolean> | undefined;
  const roundTrip = async (): Promise<boolean> => {
    const c = client;
    if (!c || !cache.live) return false;
    try {
      await c.query('select 1');
      return client === c && cache.live;
    } catch {
      return false;
    }
  };
  // One round trip in flight; whoever comes meanwhile waits for the next one, which begins after them.
  function barrier(): Promise<boolean> {
    if (!running) return (running = roundTrip().finally(() => (running = undefined)));
    queued ??= running.then(() => {
      queued = undefined;
      return barrier();
    });
    return queued;
  }

  void connect();
  return {barrier, stop};
}
