// /api/v1/push/*: a member's browser turns web push on or off. The VAPID
// public key is what the browser's push service needs to accept our sends.
import {z} from 'zod';
import {uuidv7} from 'uuidv7';
import {route} from '../rest/route.ts';
import type {NotifyDeps} from './notifier.ts';
import type pg from 'pg';
import {domainError} from '#shared/errors.ts';
import {isPushServiceEndpoint} from './push-endpoints.ts';

const subscription = z.object({
  endpoint: z.url().max(1000).refine(isPushServiceEndpoint, 'push.endpointNotAllowed'),
  keys: z.object({p256dh: z.string().min(40).max(200), auth: z.string().min(8).max(100)}),
});

export function pushRoutes(deps: {pool: pg.Pool; notify: NotifyDeps}) {
  return [
    route({
      method: 'get',
      path: '/push/key',
      tag: 'notifications',
      summary: 'The VAPID public key for PushManager.subscribe({applicationServerKey})',
      auth: 'member',
      response: z.object({publicKey: z.string()}),
      async handler() {
        return {body: {publicKey: (await deps.notify.vapid()).publicKey}};
      },
    }),
    route({
      method: 'post',
      path: '/push/subscriptions',
      tag: 'notifications',
      summary:
        "Turn on web push for this browser (the PushSubscription's JSON). Only browser push services' endpoints are accepted; " +
        'an endpoint someone else registered is never taken over (409: unsubscribe and subscribe again for a new one)',
      auth: 'member',
      body: subscription,
      status: 201,
      async handler({body, ctx}) {
        // Re-registering one's own endpoint refreshes its keys; another
        // member's (or company's) endpoint is theirs and stays theirs.
        const {rowCount} = await deps.pool.query(
          `insert into push_subscription (id, company_id, member_id, endpoint, p256dh, auth) values ($1, $2, $3, $4, $5, $6)
           on conflict (endpoint) do update set p256dh = excluded.p256dh, auth = excluded.auth
           where push_subscription.company_id = excluded.company_id and push_subscription.member_id = excluded.member_id`,
          [uuidv7(), ctx.companyID, ctx.memberID, body.endpoint, body.keys.p256dh, body.keys.auth],
        );
        if (!rowCount) throw domainError('conflict', {messageKey: 'push.endpointTaken'});
        return {status: 201, body: {ok: true}};
      },
    }),
    route({
      method: 'delete',
      path: '/push/subscriptions',
      tag: 'notifications',
      summary: 'Turn web push off for this browser',
      auth: 'member',
      body: z.object({endpoint: z.string().max(1000)}),
      status: 204,
      entity: 'pushSubscription',
      async handler({body, ctx}) {
        const {rowCount} = await deps.pool.query('delete from push_subscription where endpoint = $1 and member_id = $2', [body.endpoint, ctx.memberID]);
        // Like every other delete: a subscription that is not the caller's (or not there) is a 404, not a silent 204.
        if (!rowCount) throw domainError('not_found');
        return {status: 204};
      },
    }),
  ];
}
