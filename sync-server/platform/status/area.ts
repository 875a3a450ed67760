// The console's account statuses (issue 18): suspend, block, delete, reinstate
// a company; and the scan that removes a deleted company once its grace period
// has passed (purge.ts). The owner's export lives in company/export/.
import {z} from 'zod';
import {COMPANY_STATUSES} from '#shared/platform/status.ts';
import {definePlatformArea} from '../area.ts';
import {route} from '../../rest/route.ts';
import {changeCompanyStatus} from './change.ts';
import {purgeScan} from './purge.ts';
import {storageOf} from '../../files/storage-of.ts';

const companyStatus = z.object({
  id: z.string(),
  status: z.enum(COMPANY_STATUSES),
  statusReason: z.string().nullable(),
  /** Epoch ms: when a deleted company's data is removed. */
  deleteAfter: z.number().nullable(),
});

export const statusArea = definePlatformArea({
  routes: ({pool}) => [
    route({
      method: 'post',
      path: '/platform/companies/:id/status',
      tag: 'platform',
      summary: 'Suspend, block, delete or reinstate a company (a reason is required for every stop; audited)',
      auth: 'platform',
      params: z.object({id: z.string().max(100)}),
      // Checked by changeCompanyStatus against the status table, so the console and the billing scan refuse alike.
      body: z.object({status: z.string().max(20), reason: z.string().max(2000).optional()}),
      response: z.object({company: companyStatus}),
      async handler({ctx, params, body}) {
        const client = await pool.connect();
        try {
          await client.query('begin');
          const company = await changeCompanyStatus(client, ctx, params.id, body);
          await client.query('commit');
          return {body: {company}};
        } catch (e) {
          await client.query('rollback').catch(() => {});
          throw e;
        } finally {
          client.release();
        }
      },
    }),
  ],
  jobs: (deps) => ({scans: [purgeScan({pool: deps.pool, storage: storageOf(deps.config)})]}),
});
