// GET /api/v1/company/export (issue 18, 19): the owner takes the company's data
// away — offered above all while the platform has deleted it, so the route is
// let through the stop check (whileStopped). What the zip holds: write.ts.
import type pg from 'pg';
import {route} from '../../rest/route.ts';
import type {FileStorage} from '../../files/storage.ts';
import {writeExport} from './write.ts';

export const exportRoute = (deps: {pool: pg.Pool; storage: FileStorage}) =>
  route({
    method: 'get',
    path: '/company/export',
    tag: 'company',
    summary:
      "The company's data as one zip: every table as JSON and CSV, the files' bytes and a manifest (owner; also while the company is suspended or deleted)",
    auth: 'member',
    permission: 'company.manage',
    whileStopped: true,
    async handler({session, res}) {
      const date = new Date().toISOString().slice(0, 10);
      res.status(200).set({
        'Content-Type': 'application/zip',
        'Content-Disposition': `attachment; filename="${session.companySlug}-${date}.zip"`,
        'Cache-Control': 'no-store',
      });
      try {
        await writeExport(deps, session.companyId, res);
      } catch (e) {
        // Once bytes have gone out the answer cannot become an error: the download is cut, never a truncated zip that looks whole.
        if (res.headersSent) return void res.destroy(e as Error);
        throw e;
      }
    },
  });
