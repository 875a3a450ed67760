// Zero's two callbacks. They only authenticate and delegate: the session cookie
// (forwarded by zero-cache from the WebSocket) gives the context, the named
// query or mutator does the rest. Anything else answers 401 → "needs-auth".
import {handleMutateRequest, handleQueryRequest} from '@rocicorp/zero/server';
import {mustGetQuery, type ReadonlyJSONValue} from '@rocicorp/zero';
import express from 'express';
import {timingSafeEqual} from 'node:crypto';
import type pg from 'pg';
import {schema} from '#schema/zero-schema.ts';
import {queries} from '#shared/queries/index.ts';
import {sessionFromRequest} from '../auth/request-auth.ts';
import {memberContext} from '../auth/sessions.ts';
import type {ZeroDb} from './db.ts';
import type {Executor} from './execute.ts';
import {mutationRequestId} from '../observe/mutation-id.ts';
import {SYNC_TRACE, traceMutation, traceNow, type PushMarks} from './trace.ts';

function sameKey(a: string | undefined, b: string): boolean {
  if (!a) return false;
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

export function zeroEndpoints(deps: {
  pool: pg.Pool;
  zdb: ZeroDb;
  executor: Executor;
  apiKey: () => string;
  /** Tests only: a pause before each mutation, to cut a replay in the middle. */
  mutationDelayMs?: () => number;
}): express.Router {
  const router = express.Router();
  router.use(express.json({limit: '5mb'}));

  router.use(async (req, res, next) => {
    const arrived = SYNC_TRACE ? traceNow() : 0;
    // Only our zero-cache knows the per-start key; nobody can post here directly.
    if (!sameKey(req.get('x-api-key'), deps.apiKey())) {
      res.status(401).json({error: 'unauthorized'});
      return;
    }
    const session = await sessionFromRequest(deps.pool, req);
    if (!session || session.companyStatus !== 'active') {
      res.status(401).json({error: 'unauthorized'});
      return;
    }
    res.locals.session = session;
    if (SYNC_TRACE) res.locals.trace = {in: arrived, auth: traceNow()} satisfies PushMarks;
    next();
  });

  router.post('/query', async (req, res) => {
    const ctx = memberContext(res.locals.session, 'sync');
    res.json(
      await handleQueryRequest({
        handler: (name, args) => mustGetQuery(queries, name).fn({args, ctx}),
        schema,
        query: req.query as Record<string, string>,
        body: req.body as ReadonlyJSONValue,
        userID: ctx.userID,
        logLevel: 'error',
      }),
    );
  });

  router.post('/mutate', async (req, res) => {
    const ctx = memberContext(res.locals.session, 'sync');
    res.json(
      await handleMutateRequest({
        dbProvider: deps.zdb,
        // Each mutation logs (and enqueues its jobs) under the device's own id of it (observe/mutation-id.ts).
        handler: mutationRequestId(async (transact) => {
          const delay = deps.mutationDelayMs?.() ?? 0;
          if (delay) await new Promise((r) => setTimeout(r, delay));
          if (!SYNC_TRACE) return transact((tx, name, args) => deps.executor.execute(tx, name, args, ctx).then(() => {}));
          let ran: {name: string; args: ReadonlyJSONValue | undefined; tx: number; done: number} | undefined;
          const result = await transact(async (tx, name, args) => {
            const began = traceNow();
            await deps.executor.execute(tx, name, args, ctx);
            ran = {name, args, tx: began, done: traceNow()};
          });
          if (ran) traceMutation(res.locals.trace as PushMarks, ran.name, ran.args, {tx: ran.tx, done: ran.done, commit: traceNow()});
          return result;
        }),
        query: req.query as Record<string, string>,
        body: req.body as ReadonlyJSONValue,
        userID: ctx.userID,
        // Refusals are answered to the device; "already processed" replays are expected.
        logLevel: 'error',
      }),
    );
  });

  return router;
}
