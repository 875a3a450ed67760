// An API process whose view-syncers run elsewhere (DOT_SYNC=external): devices
// still open /zero on the API's own address (same origin, the session cookie
// rides along, sync-handshake.ts still checks every handshake), and each new
// connection goes to the next view-syncer that answers. Any view-syncer can
// serve any device: the client view records live in PostgreSQL.
import type {ZeroCacheStatus} from '../supervisor/zero-cache.ts';

export type RemoteSync = {
  /** 'ready' while at least one view-syncer answers "OK". */
  status(): ZeroCacheStatus;
  /** host:port of the view-syncer for the next connection. */
  next(): string;
  stop(): void;
};

export function watchRemoteSync(urls: readonly string[], everyMs = 5000): RemoteSync {
  const targets = urls.map((u) => new URL(u).host);
  const up = new Set<string>();
  let turn = 0;
  let checked = false;
  const check = async () => {
    await Promise.all(
      urls.map(async (u, i) => {
        const host = targets[i]!;
        try {
          const r = await fetch(`${u}/`, {signal: AbortSignal.timeout(3000)});
          if (r.ok && (await r.text()).trim() === 'OK') up.add(host);
          else up.delete(host);
        } catch {
          up.delete(host);
        }
      }),
    );
    checked = true;
  };
  void check();
  const timer = setInterval(() => void check(), everyMs);
  timer.unref();
  return {
    status: () => ({state: up.size ? 'ready' : checked ? 'restarting' : 'starting', restarts: 0}),
    next() {
      // Healthy ones first; when none answers, try them all (the device retries anyway).
      const pool = targets.filter((t) => up.has(t));
      const from = pool.length ? pool : targets;
      return from[turn++ % from.length]!;
    },
    stop: () => clearInterval(timer),
  };
}
