// The platform level (issue 18): the console of the platform's owner. Not a
// company module: its routes take a platform administrator's context
// (`auth: 'platform'`, rest/route.ts), which no company query, mutator or route
// accepts. Each area lives in its own folder; this joins them.
import express from 'express';
import {defineServerModule} from '../module/define.ts';
import type {PlatformArea} from './area.ts';
import {adminsArea} from './admins/area.ts';
import {companiesArea} from './companies/area.ts';
import {statusArea} from './status/area.ts';
import {supportArea} from './support/area.ts';
import {plansArea} from './plans/area.ts';
import {connectArea} from './connect/area.ts';
import {contentArea} from './content/area.ts';
import {backupsArea} from './backups/area.ts';

const AREAS: readonly PlatformArea[] = [adminsArea, companiesArea, statusArea, supportArea, plansArea, connectArea, contentArea, backupsArea];

export const platformServer = defineServerModule({
  key: 'platform',
  routes: (d) => AREAS.flatMap((a) => a.routes?.(d) ?? []),
  pages: (d) => {
    const router = express.Router();
    for (const a of AREAS) if (a.pages) router.use(a.pages(d));
    return router;
  },
  jobs: (d) => {
    const parts = AREAS.flatMap((a) => (a.jobs ? [a.jobs(d)] : []));
    return {jobs: Object.assign({}, ...parts.map((p) => p.jobs ?? {})), scans: parts.flatMap((p) => p.scans ?? [])};
  },
});
