// The Express service: public pages, the REST API, Zero's query/mutate
// callbacks, health, and the built app. Sync itself (WebSocket) is proxied in
// server.ts so that everything is reachable on one origin.
import compression from 'compression';
import express from 'express';
import type pg from 'pg';
import type {Config} from './config.ts';
import {publicOrigin} from './http/public-origin.ts';
import {securityHeaders} from './http/security-headers.ts';
import {csrfGuard} from './http/csrf.ts';
import {notFoundPage} from './public/request-form.ts';
import type {FileStorage} from './files/storage.ts';
import {storageOf} from './files/storage-of.ts';
import {healthRoutes, type SyncState} from './routes/health.ts';
import {sendError} from './rest/errors.ts';
import {refuseBadAddress} from './http/address-check.ts';
import {routesOf} from './http/route-list.ts';
import {answersInJson, BAD_REQUEST, databaseRefusalOf, httpRefusalOf} from './http/refusal.ts';
import {refusalPage} from './public/refusal-page.ts';
import {createTranslator} from '#shared/i18n/translate.ts';
import {log} from './log.ts';
import {requestIds} from './observe/request-id.ts';
import {metricsRoute} from './observe/metrics-route.ts';
import {requestLocale} from './rest/locale.ts';
import {openApiDocument} from './rest/openapi.ts';
import {mountRoutes, type RouteDef} from './rest/route.ts';
import {fileUploadHandler} from './files/routes.ts';
import type {HttpDeps, ServerDeps} from './module/define.ts';
import {SERVER_MODULES, switchOf, wireModules} from './module/list.ts';
import type {Executor} from './zero/execute.ts';
import {staticClient} from './static.ts';
import type {ZeroDb} from './zero/db.ts';
import {zeroEndpoints} from './zero/endpoints.ts';
import {clock, setTestClock} from './clock.ts';
import type {JobRunner} from './jobs/runner.ts';
import type {NotifyDeps} from './notify/notifier.ts';

export type AppDeps = {
  config: Config;
  pool: pg.Pool;
  zdb: ZeroDb;
  syncState: SyncState;
  zeroApiKey: () => string;
  now?: () => number;
  version?: string;
  storage?: FileStorage;
  /** Only with DOT_TEST_MODE=1: lets tests stop and start zero-cache. */
  testSync?: {stop(): Promise<void>; start(): Promise<void>} | undefined;
  /** The job worker (tests run its scans at once through /__test/jobs/run). */
  jobs?: JobRunner;
  notify?: NotifyDeps;
  /** The executor main.ts wired with every module's effects; made here when absent. */
  executor?: Executor;
};

export function createApp(deps: AppDeps): express.Express {
  const {config, pool, zdb} = deps;
  const now = deps.now ?? clock.now;
  const app = express();
  const pages: express.Router[] = [];
  app.disable('x-powered-by');
  app.use(requestIds()); // X-Request-Id in and out, carried by every log line; latency for /metrics (observe/)
  // Phones on 3G: every page, script and API answer goes out gzip-compressed.
  app.use(compression());
  app.set('trust proxy', process.env.DOT_TRUST_PROXY ?? 'loopback');
  app.use(securityHeaders(config.publicUrl));

  // Never the Host header as it comes: see http/public-origin.ts.
  const publicUrl = (req: express.Request) => publicOrigin(config, req);
  // Email reaches clients only when the server sends it (DOT_SMTP_URL); messengers come later.
  const clientChannels = {email: !!deps.notify?.email};

  app.use(refuseBadAddress);
  app.use(csrfGuard(config.publicUrl));
  app.use(healthRoutes(pool, deps.syncState, deps.version ?? 'dev'));
  app.use(metricsRoute({pool, clock, syncState: deps.syncState, token: config.observe.metricsToken}));
  if (deps.testSync) {
    const control = deps.testSync;
    app.post('/__test/sync/:action', async (req, res) => {
      if (req.params.action === 'stop') await control.stop();
      else if (req.params.action === 'start') await control.start();
      else if (req.params.action === 'slow') mutationDelayMs = Number(req.query.ms ?? 0);
      else return void res.status(404).end();
      res.json({sync: deps.syncState()});
    });
  }
  if (config.testMode) {
    // The server's clock and its due work, for tests only: move time, then run what became due.
    app.post('/__test/clock', express.json(), (req, res) => {
      const body = (req.body ?? {}) as {now?: unknown; advanceMs?: unknown; reset?: unknown};
      const at = typeof body.now === 'string' ? Date.parse(body.now) : body.now;
      res.json({
        now: setTestClock({
          ...(typeof at === 'number' && {now: at}),
          ...(typeof body.advanceMs === 'number' && {advanceMs: body.advanceMs}),
          reset: body.reset === true,
        }),
      });
    });
    app.get('/__test/clock', (_req, res) => void res.json({now: clock.now()}));
    // The public pages' routes as their routers hold them (the fuzz test walks them).
    app.get('/__test/routes', (_req, res) => void res.json({public: pages.flatMap(routesOf)}));
    app.post('/__test/jobs/run', async (_req, res) => {
      res.json(deps.jobs ? await deps.jobs.runNow() : {jobs: 0});
    });
  }
  const base: ServerDeps = {config, pool, zdb, clock, now, notify: deps.notify, origin: () => config.publicUrl ?? `http://localhost:${config.port}`};
  const executor = deps.executor ?? wireModules(base).executor;
  let mutationDelayMs = 0;
  app.use('/api/zero', zeroEndpoints({pool, zdb, executor, apiKey: deps.zeroApiKey, mutationDelayMs: () => mutationDelayMs}));

  const storage = deps.storage ?? storageOf(config);
  const http: HttpDeps = {...base, executor, publicUrl, storage, clientChannels};
  // Every module's REST routes and public pages, in the module list's order.
  // A route of a module with a company switch refuses while the module is off (module-access.ts).
  const routes: RouteDef[] = SERVER_MODULES.flatMap((m) => (m.routes?.(http) ?? []).map((r) => ({...r, module: r.module ?? switchOf(m.key)})));
  const api = express.Router();
  // Raw bytes, streamed to storage: registered before the JSON body parser.
  api.put('/files/:id', fileUploadHandler({pool, storage, maxBytes: config.maxUploadBytes}));
  api.use(express.json({limit: '1mb'}));
  api.get('/openapi.json', (req, res) => {
    res.json(openApiDocument(routes, `${publicUrl(req)}/api/v1`));
  });
  mountRoutes(api, routes, pool);
  const noRoute = (req: express.Request, res: express.Response) => {
    const path = req.originalUrl.split('?', 1)[0]!;
    res.status(404).json({error: {code: 'not_found', message: createTranslator(requestLocale(req))('http.noRoute', {method: req.method, path})}});
  };
  api.use(noRoute);
  app.use('/api/v1', api);
  app.use('/api', noRoute);

  for (const m of SERVER_MODULES) if (m.pages) pages.push(m.pages(http));
  for (const router of pages) app.use(router);
  app.use('/c', (req, res) => {
    res
      .status(404)
      .type('html')
      .send(notFoundPage(requestLocale(req), req.originalUrl));
  });

  app.use(staticClient(config.clientDist));

  // What no route answered itself: the API in JSON, a page a person looks at in HTML (http/refusal.ts).
  app.use((err: unknown, req: express.Request, res: express.Response, _next: express.NextFunction) => {
    if (res.headersSent) return;
    const locale = requestLocale(req);
    if (answersInJson(req.path)) return sendError(res, err, locale);
    const refusal = httpRefusalOf(err) ?? (databaseRefusalOf(err) && BAD_REQUEST);
    if (!refusal) log.error('http', (err as Error)?.stack ?? String(err));
    res
      .status(refusal?.status ?? 500)
      .type('html')
      .send(refusalPage(locale, req.originalUrl, refusal?.messageKey ?? 'error.generic', req.method === 'POST'));
  });
  return app;
}
