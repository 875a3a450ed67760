// /c/<slug>/img/<file>/<w640.webp>: pictures of the public pages in the size
// and format the page asked for. Only an image of a public item (or the
// company's logo) of an active company is ever served; the answer is cached
// for 30 days (a file id never changes its bytes).
import express from 'express';
import type pg from 'pg';
import {companyRows} from '#shared/queries/scope.ts';
import {isImageMime, MIME, parseVariant, type DerivativeStore} from '../../files/derivatives.ts';
import type {ZeroDb} from '../../zero/db.ts';
import {isPublicImage} from './data.ts';
import {notFoundPage} from '../request-form.ts';
import {sendSuspended} from '../suspended.ts';
import {requestLocale} from '../../rest/locale.ts';

// Long enough that a returning visitor on 3G never fetches a picture twice,
// short enough that a suspended company's pictures fade from shared caches.
const IMAGE_CACHE = 'public, max-age=2592000, immutable';

export function publicImageRoutes(deps: {pool: pg.Pool; zdb: ZeroDb; derivatives: DerivativeStore}): express.Router {
  const router = express.Router();
  router.get('/c/:slug/img/:file/:variant', async (req, res, next) => {
    try {
      const variant = parseVariant(String(req.params.variant));
      // A person may open a picture's address: the same "not found" page as every public address.
      const notFound = () =>
        void res
          .status(404)
          .set('Cache-Control', 'no-store')
          .type('html')
          .send(notFoundPage(requestLocale(req), req.originalUrl));
      if (!variant) return notFound();
      const {rows} = await deps.pool.query<{id: string; status: string}>('select id, status from company where slug = $1', [
        String(req.params.slug).toLowerCase(),
      ]);
      const company = rows[0];
      if (!company) return notFound();
      if (company.status !== 'active') return sendSuspended(req, res);
      const ctx = {kind: 'public' as const, companyID: company.id};
      const fileId = String(req.params.file);
      const file = await deps.zdb.run(companyRows('file', ctx).where('id', fileId).one());
      if (!file || !isImageMime(file.mime) || !(await isPublicImage(deps.zdb, ctx, fileId))) return notFound();
      const path = await deps.derivatives.get(file, variant);
      if (!path) return notFound();
      res.set({'Content-Type': MIME[variant.format], 'Cache-Control': IMAGE_CACHE, 'X-Content-Type-Options': 'nosniff'});
      res.sendFile(path, {headers: {'Cache-Control': IMAGE_CACHE}});
    } catch (e) {
      next(e);
    }
  });
  return router;
}
