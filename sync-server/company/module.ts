import express from 'express';
import path from 'node:path';
import {derivativeStore} from '../files/derivatives.ts';
import {publicSubmitLimiter} from '../platform/content/settings.ts';
import {defineServerModule} from '../module/define.ts';
import {publicImageRoutes} from '../public/site/images.ts';
import {publicSiteRoutes} from '../public/site/routes.ts';
import {siteRoutes} from '../routes/site.ts';
import {exportRoute} from './export/route.ts';
import {importRoute} from './import/route.ts';

export const companyServer = defineServerModule({
  key: 'company',
  routes: (d) => [
    ...siteRoutes({...d, publicUrlSet: !!d.config.publicUrl}),
    // A company's own data, out and back in (issue 19).
    exportRoute(d),
    importRoute({...d, maxBytes: d.config.companyImport.maxBytes}),
  ],
  pages: (d) => {
    const router = express.Router();
    const derivatives = derivativeStore(path.join(d.config.dataDir, 'cache', 'images'), d.storage);
    // Pictures first; then the site, whose `/c/:slug` redirect of an old address covers every page after it.
    router.use(publicImageRoutes({...d, derivatives}));
    router.use(publicSiteRoutes({...d, origin: d.publicUrl, reviewLimit: publicSubmitLimiter(d)}));
    return router;
  },
});
