import express from 'express';
import type pg from 'pg';
import type {ZeroCacheStatus} from '../supervisor/zero-cache.ts';
import {backupHealth} from '../platform/backups/runs.ts';

/** zero-cache's state, how many times the supervisor brought it back, and how it last died. */
export type SyncState = () => ZeroCacheStatus | {state: 'off'};

/**
 * GET /healthz → 200 with {db, sync}: the platform answers even while sync
 * starts or restarts (sync: {state, restarts, lastExit}). GET /healthz?ready=sync → 503 until sync is up too (for scripts
 * and tests that need the whole stack).
 */
export function healthRoutes(pool: pg.Pool, syncState: SyncState, version: string): express.Router {
  const router = express.Router();
  router.get('/healthz', async (req, res) => {
    const started = performance.now();
    let db: {ok: boolean; latencyMs?: number; error?: string};
    try {
      await pool.query('select 1');
      db = {ok: true, latencyMs: Math.round((performance.now() - started) * 10) / 10};
    } catch (e) {
      db = {ok: false, error: (e as Error).message};
    }
    const sync = syncState();
    const backup = db.ok ? await backupHealth(pool).catch(() => null) : null;
    const wantSync = req.query.ready === 'sync';
    const ok = db.ok && (!wantSync || sync.state === 'ready');
    res.set('Cache-Control', 'no-store');
    res.status(ok || !wantSync ? (db.ok ? 200 : 503) : 503).json({status: ok ? 'ok' : 'degraded', version, db, sync, backup});
  });
  return router;
}
