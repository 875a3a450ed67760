// /api/v1/conversations and /api/v1/messaging/links: the inbox through REST,
// the same named queries and mutators as the app (scoped by shared/messaging/access.ts).
import {z} from 'zod';
import {createTranslator} from '#shared/i18n/translate.ts';
import {mutators} from '#shared/mutators/index.ts';
import {queries} from '#shared/queries/index.ts';
import {domainError} from '#shared/errors.ts';
import type {HttpDeps} from '../module/define.ts';
import {route} from '../rest/route.ts';
import {rowSchema, toCamel} from '../rest/rows.ts';
import {writeRoute} from '../rest/write-route.ts';
import type {Bots} from './bots.ts';
import {visibleConversations} from '#shared/messaging/access.ts';
import {masterLinks} from './links.ts';

const conversationRow = rowSchema('conversation');
const messageRow = rowSchema('chat_message');

export function inboxRoutes(deps: HttpDeps & {bots: Bots}) {
  return [
    route({
      method: 'get',
      path: '/conversations',
      tag: 'messaging',
      summary: 'Conversations with clients from every messenger, newest first (every one, or one’s own)',
      auth: 'member',
      response: z.object({data: z.array(conversationRow)}),
      async handler({ctx}) {
        const rows = await deps.zdb.run(queries.inbox.conversations.fn({args: undefined, ctx}));
        return {body: {data: toCamel(rows.map(({client: _c, assignee: _a, ...r}) => r))}};
      },
    }),
    route({
      method: 'get',
      path: '/conversations/:id/messages',
      tag: 'messaging',
      summary: 'The messages of one conversation, oldest first, with what came of each send',
      auth: 'member',
      params: z.object({id: z.string().max(64)}),
      entity: 'conversation',
      response: z.object({data: z.array(messageRow)}),
      async handler({params, ctx}) {
        if (!(await deps.zdb.run(visibleConversations(ctx).where('id', params.id).one()))) throw domainError('not_found');
        const rows = await deps.zdb.run(queries.inbox.messages.fn({args: {conversationId: params.id}, ctx}));
        return {body: {data: toCamel(rows.map(({author_member: _m, ...r}) => r))}};
      },
    }),
    writeRoute(deps, {
      mutator: mutators.chat.reply,
      method: 'post',
      path: '/conversations/:conversationId/messages',
      tag: 'messaging',
      summary: 'Reply to the client in the messenger they wrote from (queued, sent once; WhatsApp after 24 hours: a template only)',
      entity: 'conversation',
      response: messageRow,
      read: async (ctx, args) => {
        const rows = await deps.zdb.run(queries.inbox.messages.fn({args: {conversationId: String(args.conversationId)}, ctx}));
        const row = rows.find((m) => m.id === args.id);
        if (!row) throw domainError('not_found');
        const {author_member: _m, ...message} = row;
        return message;
      },
    }),
    writeRoute(deps, {
      mutator: mutators.chat.markRead,
      method: 'post',
      path: '/conversations/:conversationId/read',
      tag: 'messaging',
      summary: 'Mark a conversation read',
      entity: 'conversation',
      status: 204,
    }),
    writeRoute(deps, {
      mutator: mutators.chat.assign,
      method: 'put',
      path: '/conversations/:conversationId/assignee',
      tag: 'messaging',
      summary: 'Assign a conversation to a colleague (null: nobody)',
      entity: 'conversation',
      status: 204,
    }),
    route({
      method: 'get',
      path: '/messaging/links',
      tag: 'messaging',
      summary: 'Each master’s links for clients in Telegram, WhatsApp and VK (the company’s own bots, else the platform’s shared ones)',
      auth: 'member',
      query: z.object({source: z.string().max(40).optional()}),
      response: z.object({
        company: z.object({links: z.record(z.string(), z.string())}),
        masters: z.array(z.object({masterId: z.string(), name: z.string(), links: z.record(z.string(), z.string())})),
      }),
      async handler({query, ctx, locale}) {
        if (!ctx.permissions.some((p) => p === 'booking.manage' || p === 'booking.own' || p === 'channels.manage')) throw domainError('not_found');
        const [company, ...all] = await masterLinks(deps.pool, deps.bots, ctx.companyID, query.source ?? '', createTranslator(locale)('site.msg.hello'));
        const mine = ctx.permissions.includes('booking.manage') || ctx.permissions.includes('channels.manage');
        const own = mine ? all : await ownOnly(deps, ctx.memberID, all);
        return {body: {company: {links: company!.links}, masters: own}};
      },
    }),
  ];
}

async function ownOnly<T extends {masterId: string}>(deps: HttpDeps, memberId: string, all: T[]): Promise<T[]> {
  const {rows} = await deps.pool.query<{id: string}>('select id from booking_master where member_id = $1', [memberId]);
  return all.filter((m) => rows.some((r) => r.id === m.masterId));
}
