// /api/v1/messaging/telegram-link: a colleague links their own Telegram (B4, I2):
// the app opens the link, the bot recognises the one-time code (staff.ts).
import {z} from 'zod';
import {domainError} from '#shared/errors.ts';
import {auditedTransaction} from '../db/audit-tx.ts';
import type {HttpDeps} from '../module/define.ts';
import {route} from '../rest/route.ts';
import type {Bots} from './bots.ts';
import type {Pacer} from './pacing.ts';
import {staffLinked, staffLinkUrl} from './staff.ts';

export function staffRoutes(deps: HttpDeps & {bots: Bots; pacer: Pacer}) {
  return [
    route({
      method: 'get',
      path: '/messaging/telegram-link',
      tag: 'messaging',
      summary: 'Whether your own Telegram is linked (your notices and clients’ messages arrive there)',
      auth: 'member',
      response: z.object({linked: z.boolean(), available: z.boolean()}),
      async handler({ctx}) {
        const available = !!(await deps.bots.forCompany('telegram', ctx.companyID));
        return {body: {linked: await staffLinked(deps.pool, ctx.memberID), available}};
      },
    }),
    route({
      method: 'post',
      path: '/messaging/telegram-link',
      tag: 'messaging',
      summary: 'A one-time link (30 minutes) that links your Telegram when you open it',
      auth: 'member',
      status: 201,
      response: z.object({url: z.string()}),
      async handler({ctx}) {
        const url = await staffLinkUrl(deps, ctx.companyID, ctx.memberID);
        if (!url) throw domainError('validation', {fields: [{field: 'telegram', code: 'channels.staff.noBot'}]});
        return {status: 201, body: {url}};
      },
    }),
    route({
      method: 'delete',
      path: '/messaging/telegram-link',
      tag: 'messaging',
      summary: 'Unlink your Telegram',
      auth: 'member',
      status: 204,
      async handler({ctx}) {
        await auditedTransaction(deps.pool, {actorId: ctx.memberID, via: ctx.via, action: 'messaging.telegram-unlink'}, (c) =>
          c.query('delete from member_messenger where member_id = $1', [ctx.memberID]),
        );
        return {status: 204};
      },
    }),
  ];
}
