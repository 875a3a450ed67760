// The baseline: Zero itself, with nothing of dot's client on top. Two Zero
// clients in this Node process (memory store, no React, no outbox, no /zero
// proxy) reach zero-cache's own port with a member's session cookie, the way
// a browser's handshake carries it, and call the same named mutator the app
// does; our push endpoint runs it (the server side is shared, and profiled
// apart in the hops). A write from one is timed until the other's view holds it.
import {Zero} from '@rocicorp/zero';
import WebSocket from 'ws';
import {schema} from '#schema/zero-schema.ts';
import {mutators} from '#shared/mutators/index.ts';
import {queries} from '#shared/queries/index.ts';
import '#shared/zero-types.ts';
import {memberContextOf, type Session} from '#client/session/session.ts';

const now = () => performance.timeOrigin + performance.now();

/** Cookies by Zero user id: each client's handshake carries its own member's session. */
const cookies = new Map<string, string>();
/** First time a frame containing a wanted string went out / came in, per client user. */
export const wsHits = new Map<string, number>();
let wanted: string[] = [];
export function watchFrames(want: string[]) {
  wanted = want;
  wsHits.clear();
}
function note(dir: string, user: string, data: unknown) {
  const text = typeof data === 'string' ? data : Buffer.isBuffer(data) ? data.toString() : '';
  for (const w of wanted) {
    const k = `${dir}:${user}:${w}`;
    if (!wsHits.has(k) && text.includes(w)) wsHits.set(k, now());
  }
}

class CookieSocket extends WebSocket {
  constructor(url: string | URL, protocols?: string | string[]) {
    const user = new URL(String(url)).searchParams.get('userID') ?? '';
    super(url, protocols, {headers: {cookie: cookies.get(user) ?? ''}, perMessageDeflate: false});
    this.on('message', (d) => note('in', user, d));
    this.on('error', () => {}); // zero-cache stopped under it: Zero sees the close and retries
    const send = this.send.bind(this);
    this.send = ((data: string, ...rest: never[]) => {
      note('out', user, data);
      return (send as (d: string, ...r: never[]) => void)(data, ...rest);
    }) as typeof this.send;
  }
}
(globalThis as {WebSocket?: unknown}).WebSocket = CookieSocket;

export type BareClient = {zero: Zero<typeof schema>; user: string; close(): Promise<void>};

export async function bareClient(zeroPort: number, session: Session, cookie: string): Promise<BareClient> {
  cookies.set(session.user.id, cookie);
  const zero = new Zero({
    cacheURL: `http://127.0.0.1:${zeroPort}`,
    userID: session.user.id,
    storageKey: `bare-${session.company.id}`,
    schema,
    mutators,
    context: memberContextOf(session),
    kvStore: 'mem',
    logLevel: 'error',
  });
  const deadline = Date.now() + 60_000;
  while (zero.connection.state.current.name !== 'connected') {
    if (Date.now() > deadline) throw new Error(`bare Zero never connected: ${JSON.stringify(zero.connection.state.current)}`);
    await new Promise((r) => setTimeout(r, 50));
  }
  return {zero: zero as unknown as Zero<typeof schema>, user: session.user.id, close: () => zero.close()};
}

/** Keeps the request's card synced on this client (as the app's card screen does) until the row is there. */
export async function hold(on: BareClient, id: string): Promise<() => void> {
  const view = on.zero.materialize(queries.requests.card({id}) as never) as unknown as {
    addListener(fn: (data: unknown) => void): () => void;
    destroy(): void;
  };
  await new Promise<void>((resolve) => {
    view.addListener((data) => {
      if (Array.isArray(data) ? data.length : data) resolve();
    });
  });
  return () => view.destroy();
}

/** Resolves (with the wall-clock time) the first time the request's card on `on` shows `status`. */
export function whenStatus(on: BareClient, id: string, status: string): {seen: Promise<number>; stop(): void} {
  const view = on.zero.materialize(queries.requests.card({id}) as never) as unknown as {
    addListener(fn: (data: unknown) => void): () => void;
    destroy(): void;
  };
  let stop = () => view.destroy();
  const seen = new Promise<number>((resolve) => {
    const off = view.addListener((data) => {
      const row = (Array.isArray(data) ? data[0] : data) as {status?: string} | undefined;
      if (row?.status === status) resolve(now());
    });
    stop = () => {
      off();
      view.destroy();
    };
  });
  return {seen, stop: () => stop()};
}

export function setStatus(from: BareClient, args: {id: string; from: string; to: string; at: number}) {
  const r = from.zero.mutate(mutators.request.setStatus(args) as never) as unknown as {client: Promise<unknown>; server: Promise<unknown>};
  return r;
}
