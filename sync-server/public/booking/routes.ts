// /c/<slug>/book…: the public booking pages (B6, B7). A master's own link
// /c/<slug>/book/<master> shows only that master; the steps are plain links
// (?service=…&place=…&day=…&time=…) and the writes plain forms, through the
// same named mutators as the app, with the visitor's public context and the
// server clock. A client's booking page is reached by a signed link.
import express from 'express';
import {bookRoutes} from './book-routes.ts';
import {manageRoutes} from './manage-routes.ts';
import {bookingKit, type PublicBookingDeps} from './route-kit.ts';
import {servePageCache} from '../cache/serve.ts';

export type {PublicBookingDeps} from './route-kit.ts';

export function publicBookingRoutes(deps: PublicBookingDeps): express.Router {
  const router = express.Router();
  // Usually answered already by the site's router in front of this one; here too in case the order changes.
  router.use('/c', servePageCache(deps.pool, deps.now));
  const kit = bookingKit(deps);
  bookRoutes(router, kit);
  manageRoutes(router, kit);
  return router;
}
