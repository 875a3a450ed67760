// The built PWA. Hashed assets are cached for a year; index.html and the
// service worker are revalidated on every load so updates arrive.
import fs from 'node:fs';
import path from 'node:path';
import express from 'express';

export function staticClient(dist: string): express.Router {
  const router = express.Router();
  const index = path.join(dist, 'index.html');
  router.use('/assets', express.static(path.join(dist, 'assets'), {immutable: true, maxAge: '365d', fallthrough: false}));
  router.use(
    express.static(dist, {
      index: false,
      setHeaders(res, file) {
        res.setHeader('Cache-Control', /sw\.js$|workbox-|manifest/.test(file) ? 'no-cache' : 'public, max-age=3600');
      },
    }),
  );
  // Every other GET is an app route; the app decides what to show.
  router.get('/{*splat}', (req, res, next) => {
    if (!fs.existsSync(index)) {
      res.status(503).type('text').send('The app is not built yet: run "npm run build" (npm start does it for you).');
      return;
    }
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
  });
  return router;
}
