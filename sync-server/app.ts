// The Express service: public pages, the REST API, Zero's query/mutate
// callbacks, health, and the built app. Sync itself (WebSocket) is proxied in
// server.ts so that everything is reachable on one origin.
import compression from 'compression';
import express from 'express';
import path from 'node:path';
import type pg from 'pg';
import type {Config} from './config.ts';
import {publicOrigin} from './http/public-origin.ts';
import {RateLimiter} from './http/rate-limit.ts';
import {publicRequestRoutes} from './public/request-form.ts';
import {notFoundPage} from './public/request-form.ts';
import {fileRoutes, fileUploadHandler} from './files/routes.ts';
import {localDiskStorage, type FileStorage} from './files/storage.ts';
import {s3Storage} from './files/s3-storage.ts';
import {authRoutes} from './routes/auth.ts';
import {healthRoutes, type SyncState} from './routes/health.ts';
import {opsRoutes} from './routes/ops.ts';
import {requestRoutes} from './routes/requests.ts';
import {requestConfigRoutes} from './routes/request-config.ts';
import {catalogRoutes} from './routes/catalog.ts';
import {siteRoutes} from './routes/site.ts';
import {derivativeStore} from './files/derivatives.ts';
import {publicImageRoutes} from './public/site/images.ts';
import {publicSiteRoutes} from './public/site/routes.ts';
import {teamRoutes} from './routes/team.ts';
import {clientRoutes} from './routes/clients.ts';
import {clientIoRoutes} from './routes/clients-io.ts';
import {sendError} from './rest/errors.ts';
import {requestLocale} from './rest/locale.ts';
import {openApiDocument} from './rest/openapi.ts';
import {mountRoutes, type RouteDef} from './rest/route.ts';
import {staticClient} from './static.ts';
import type {ZeroDb} from './zero/db.ts';
import {zeroEndpoints} from './zero/endpoints.ts';
import {createExecutor} from './zero/execute.ts';
import {clock, setTestClock} from './clock.ts';
import type {JobRunner} from './jobs/runner.ts';
import type {NotifyDeps} from './notify/notifier.ts';
import {pushRoutes} from './notify/routes.ts';
import {notificationRoutes} from './routes/notifications.ts';
import {bookingRoutes} from './routes/booking.ts';
import {publicBookingRoutes} from './public/booking/routes.ts';

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
};

export function createApp(deps: AppDeps): express.Express {
  const {config, pool, zdb} = deps;
  const now = deps.now ?? clock.now;
  const app = express();
  app.disable('x-powered-by');
  // Phones on 3G: every page, script and API answer goes out gzip-compressed.
  app.use(compression());
  app.set('trust proxy', process.env.DOT_TRUST_PROXY ?? 'loopback');
  app.use((_req, res, next) => {
    res.set({
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'strict-origin-when-cross-origin',
      'X-Frame-Options': 'SAMEORIGIN',
    });
    next();
  });

  // Never the Host header as it comes: see http/public-origin.ts.
  const publicUrl = (req: express.Request) => publicOrigin(config, req);
  // Email reaches clients only when the server sends it (DOT_SMTP_URL); messengers come later.
  const clientChannels = {email: !!deps.notify?.email};

  app.use(healthRoutes(pool, deps.syncState, deps.version ?? 'dev'));
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
      res.json({now: setTestClock({...(typeof at === 'number' && {now: at}), ...(typeof body.advanceMs === 'number' && {advanceMs: body.advanceMs}), reset: body.reset === true})});
    });
    app.get('/__test/clock', (_req, res) => void res.json({now: clock.now()}));
    app.post('/__test/jobs/run', async (_req, res) => {
      res.json(deps.jobs ? await deps.jobs.runNow() : {jobs: 0});
    });
  }
  const executor = createExecutor({pool, zdb});
  let mutationDelayMs = 0;
  app.use('/api/zero', zeroEndpoints({pool, zdb, executor, apiKey: deps.zeroApiKey, mutationDelayMs: () => mutationDelayMs}));

  const storage = deps.storage ?? (config.s3 ? s3Storage(config.s3) : localDiskStorage(path.join(config.dataDir, 'files')));
  const routes: RouteDef[] = [
    ...authRoutes(pool, config.limits, executor, now, {email: deps.notify?.email ?? null, publicUrl}),
    ...teamRoutes({pool, zdb, executor, publicUrl}),
    ...requestRoutes({zdb, executor, now}),
    ...requestConfigRoutes({zdb, executor, now}),
    ...opsRoutes({pool}),
    ...fileRoutes({pool, storage}),
    ...catalogRoutes({zdb, executor, now}),
    ...siteRoutes({zdb, executor, now, publicUrl, publicUrlSet: !!config.publicUrl}),
    ...bookingRoutes({pool, zdb, executor, now, publicUrl}),
    ...(deps.notify ? pushRoutes({pool, notify: deps.notify}) : []),
    ...notificationRoutes({zdb, executor, now, clientChannels}),
    // Import/export first: "/clients/export" must not be read as a client id.
    ...clientIoRoutes({zdb, executor, now}),
    ...clientRoutes({zdb, executor, now}),
  ];
  const api = express.Router();
  // Raw bytes, streamed to storage: registered before the JSON body parser.
  api.put('/files/:id', fileUploadHandler({pool, storage, maxBytes: config.maxUploadBytes}));
  api.use(express.json({limit: '1mb'}));
  api.get('/openapi.json', (req, res) => {
    res.json(openApiDocument(routes, `${publicUrl(req)}/api/v1`));
  });
  mountRoutes(api, routes, pool);
  api.use((req, res) => {
    res.status(404).json({error: {code: 'not_found', message: `No such API route: ${req.method} ${req.path}`}});
  });
  app.use('/api/v1', api);
  app.use('/api', (req, res) => {
    res.status(404).json({error: {code: 'not_found', message: `No such API route: ${req.method} ${req.originalUrl}`}});
  });

  const submitLimit = new RateLimiter(config.limits.publicSubmitsPer10Min, 10 * 60_000);
  const derivatives = derivativeStore(path.join(config.dataDir, 'cache', 'images'), storage);
  app.use(publicImageRoutes({pool, zdb, derivatives}));
  app.use(publicSiteRoutes({pool, zdb, executor, now, origin: publicUrl, reviewLimit: new RateLimiter(config.limits.publicSubmitsPer10Min, 10 * 60_000)}));
  app.use(publicBookingRoutes({pool, zdb, executor, now, origin: publicUrl, submitLimit: new RateLimiter(config.limits.publicSubmitsPer10Min, 10 * 60_000), clientChannels}));
  app.use(publicRequestRoutes({pool, zdb, executor, now, submitLimit}));
  app.use('/c', (req, res) => {
    res.status(404).type('html').send(notFoundPage(requestLocale(req), req.originalUrl));
  });

  app.use(staticClient(config.clientDist));

  app.use((err: unknown, req: express.Request, res: express.Response, _next: express.NextFunction) => {
    if ((err as {type?: string}).type === 'entity.parse.failed') {
      res.status(400).json({error: {code: 'bad_json', message: 'The request body is not valid JSON.'}});
      return;
    }
    sendError(res, err, requestLocale(req));
  });
  return app;
}
