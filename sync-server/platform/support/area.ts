// The console's side of support access (issue 18): a platform administrator
// reads a company's data only while its owner's grant is open (not revoked,
// not expired), and every read is written to the platform audit as
// support.read in the same transaction — the company sees each one in its
// settings (GET /api/v1/support/access-log).
import type pg from 'pg';
import {z} from 'zod';
import {MODULES, moduleOn, type ModuleSwitches} from '#shared/company/modules.ts';
import type {PlatformContext} from '#shared/platform/context.ts';
import {definePlatformArea} from '../area.ts';
import {platformTransaction} from '../tx.ts';
import {platformAudit} from '../audit.ts';
import {HttpError} from '../../rest/errors.ts';
import {route} from '../../rest/route.ts';

/** Runs a support read: refused without an open grant, audited with one (all in one transaction). */
export async function supportRead<T>(
  pool: pg.Pool,
  ctx: PlatformContext,
  companyId: string,
  what: string,
  read: (client: pg.PoolClient) => Promise<T>,
): Promise<T> {
  return platformTransaction(pool, async (client) => {
    const {rows} = await client.query<{id: string}>(
      `select id from support_grant where company_id = $1 and revoked_at is null and expires_at > now() order by expires_at desc limit 1`,
      [companyId],
    );
    const grant = rows[0];
    if (!grant) throw new HttpError(403, 'no_support_grant', 'support.error.noGrant');
    const result = await read(client);
    await platformAudit(client, ctx, {action: 'support.read', companyId, target: what, detail: {grantId: grant.id}});
    return result;
  });
}

const overview = z.object({
  members: z.array(z.object({name: z.string(), email: z.string(), roles: z.array(z.string()), active: z.boolean()})),
  requests: z.array(z.object({id: z.string(), title: z.string(), status: z.string(), createdAt: z.number()})),
  modules: z.record(z.string(), z.boolean()),
});

export const supportArea = definePlatformArea({
  routes: ({pool}) => [
    route({
      method: 'get',
      path: '/platform/companies/:id/support/overview',
      tag: 'platform',
      summary: "A company's members, latest requests and modules — only while its owner's support grant is open; every read is audited",
      auth: 'platform',
      params: z.object({id: z.string().max(100)}),
      response: overview,
      async handler({ctx, params}) {
        const body = await supportRead(pool, ctx, params.id, 'overview', async (db) => {
          const {rows: members} = await db.query<{name: string; email: string; roles: string[]; active: boolean}>(
            `select name, email, roles, active from member where company_id = $1 order by created_at`,
            [params.id],
          );
          const {rows: requests} = await db.query<{id: string; title: string; text: string; status: string; created_at: Date}>(
            `select id, title, text, status, created_at from request where company_id = $1 order by created_at desc limit 20`,
            [params.id],
          );
          const {rows: profile} = await db.query<{modules: ModuleSwitches | null}>('select modules from company_profile where company_id = $1', [params.id]);
          return {
            members,
            // A request without a title is shown by the start of its text, as in the app's list.
            requests: requests.map((r) => ({id: r.id, title: r.title || r.text.slice(0, 80), status: r.status, createdAt: r.created_at.getTime()})),
            modules: Object.fromEntries(MODULES.map((m) => [m, moduleOn(profile[0]?.modules, m)])),
          };
        });
        return {body};
      },
    }),
  ],
});
