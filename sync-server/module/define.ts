// The server half of a module's manifest: its REST routes, public pages, jobs
// and write effects, each made from one set of dependencies. app.ts and
// main.ts loop over sync-server/module/list.ts; nothing else lists modules.
import type express from 'express';
import type pg from 'pg';
import type {Clock} from '../clock.ts';
import type {Config} from '../config.ts';
import type {FileStorage} from '../files/storage.ts';
import type {JobModule} from '../jobs/registry.ts';
import type {NotifyDeps} from '../notify/notifier.ts';
import type {RouteDef} from '../rest/route.ts';
import type {ZeroDb} from '../zero/db.ts';
import type {Effect} from '../zero/effects.ts';
import type {Executor} from '../zero/execute.ts';

/** What every module may use; built once per process. */
export type ServerDeps = {
  config: Config;
  pool: pg.Pool;
  zdb: ZeroDb;
  clock: Clock;
  now: () => number;
  /** Messages to members and clients (email, push); absent when a test app runs without them. */
  notify?: NotifyDeps;
  /** The public address for links made without a request (jobs, emails). */
  origin: () => string;
};

/** What routes and pages use besides: the executor, the address a request came to, files. */
export type HttpDeps = ServerDeps & {
  executor: Executor;
  publicUrl: (req: express.Request) => string;
  storage: FileStorage;
  /** Channels that reach clients by themselves (email when DOT_SMTP_URL is set). */
  clientChannels: {email: boolean};
};

export type ServerModule = {
  /** The shared module's key when there is one (shared/module/list.ts). */
  readonly key: string;
  /** REST routes under /api/v1, in the order they must be tried. */
  routes?(deps: HttpDeps): RouteDef[];
  /** Public, server-rendered pages (/c/<slug>/…). */
  pages?(deps: HttpDeps): express.Router;
  /** Work that runs by itself: job handlers and due scans. */
  jobs?(deps: ServerDeps & {executor: Executor}): JobModule;
  /** What its writes set off (zero/effects.ts). */
  effects?(deps: ServerDeps): Effect[];
};

export function defineServerModule(module: ServerModule): ServerModule {
  return module;
}
