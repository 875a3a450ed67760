// /api/v1/notifications: the caller's in-app notifications (overdue requests,
// mentions, assignments, bookings), and marking them read — the same query
// and mutator as the app's bell.
import {z} from 'zod';
import type {ClientChannels} from '../../shared/booking/rules.ts';
import {queries} from '../../shared/queries/index.ts';
import {route} from '../rest/route.ts';
import {rowSchema, toCamel} from '../rest/rows.ts';
import type {ZeroDb} from '../zero/db.ts';
import type {Executor} from '../zero/execute.ts';
import {mutators} from '../../shared/mutators/index.ts';

const notificationRow = rowSchema('notification');

export function notificationRoutes(deps: {zdb: ZeroDb; executor: Executor; now: () => number; clientChannels: ClientChannels}) {
  return [
    route({
      method: 'get',
      path: '/notifications/channels',
      tag: 'notifications',
      summary: 'How clients can be reached by this server now (reminders, confirmations): email when it sends email; messengers later',
      auth: 'member',
      response: z.object({email: z.boolean()}),
      async handler() {
        return {body: {email: deps.clientChannels.email}};
      },
    }),
    route({
      method: 'get',
      path: '/notifications',
      tag: 'notifications',
      summary: 'Your in-app notifications, newest first (the last 50)',
      auth: 'member',
      response: z.object({data: z.array(notificationRow)}),
      async handler({ctx}) {
        return {body: {data: toCamel(await deps.zdb.run(queries.notifications.mine.fn({args: undefined, ctx})))}};
      },
    }),
    route({
      method: 'post',
      path: '/notifications/read',
      tag: 'notifications',
      summary: 'Mark some of your notifications read',
      auth: 'member',
      body: z.object({ids: z.array(z.string().max(64)).min(1).max(200)}),
      status: 204,
      async handler({body, ctx}) {
        await deps.executor.run(mutators.booking.markRead({ids: body.ids, at: deps.now()}), ctx);
        return {status: 204};
      },
    }),
  ];
}
