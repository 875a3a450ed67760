// /api/v1/notifications: the caller's in-app notifications (overdue requests,
// mentions, assignments, bookings), and marking them read — the same query
// and mutator as the app's bell (the write derived from it: rest/write-route.ts).
import {z} from 'zod';
import type {ClientChannels} from '#shared/booking/rules.ts';
import {queries} from '#shared/queries/index.ts';
import {route} from '../rest/route.ts';
import {rowSchema, toCamel} from '../rest/rows.ts';
import {writeRoute} from '../rest/write-route.ts';
import type {ZeroDb} from '../zero/db.ts';
import type {Executor} from '../zero/execute.ts';
import {mutators} from '#shared/mutators/index.ts';

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
    writeRoute(deps, {
      mutator: mutators.booking.markRead,
      method: 'post',
      path: '/notifications/read',
      tag: 'notifications',
      summary: 'Mark some of your notifications read',
      entity: 'notification',
      status: 204,
    }),
  ];
}
