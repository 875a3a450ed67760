// Test mode only (DOT_TEST_MODE=1): makes a platform administrator so that
// e2e and pg tests can sign in to the console, computing the code themselves
// with totp.ts. Mounted with `use`, not as a route, so the fuzz run (which
// walks the public pages' routes) leaves this control alone, like app.ts's.
import express from 'express';
import type pg from 'pg';
import {AdminError, createAdmin} from './accounts.ts';

export function testAdminRouter(pool: pg.Pool): express.Router {
  const router = express.Router();
  router.use('/__test/platform/admin', express.json(), async (req, res, next) => {
    if (req.method !== 'POST') return next();
    const body = (req.body ?? {}) as {email?: unknown; password?: unknown};
    if (typeof body.email !== 'string' || typeof body.password !== 'string') {
      return void res.status(400).json({error: {code: 'validation', message: 'email and password (strings) are required'}});
    }
    try {
      const made = await createAdmin(pool, {email: body.email, password: body.password, via: 'test'});
      res.status(201).json({id: made.id, totpSecret: made.totpSecret});
    } catch (e) {
      if (e instanceof AdminError) return void res.status(409).json({error: {code: 'conflict', message: e.message}});
      next(e);
    }
  });
  return router;
}
