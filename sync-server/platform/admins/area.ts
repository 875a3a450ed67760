import express from 'express';
import {definePlatformArea} from '../area.ts';
import {auditRoute} from './audit-route.ts';
import {consoleAuthRoutes} from './auth-routes.ts';
import {testAdminRouter} from './test-route.ts';

/** The console's administrators (issue 18): sign-in with TOTP, sign-out, who am I, and the platform audit log. */
export const adminsArea = definePlatformArea({
  routes: ({pool, config, publicUrl}) => [...consoleAuthRoutes({pool, limits: config.limits, publicUrl}), auditRoute(pool)],
  pages: ({pool, config}) => (config.testMode ? testAdminRouter(pool) : express.Router()),
});
