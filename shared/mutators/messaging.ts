// The inbox's writes (B4): a reply to a client, read marks, assignment. A reply
// is written "pending" on the device at once (the outbox keeps it offline) and
// sent by the server's queue after the server accepts it — exactly once, by its
// id (sync-server/messaging/outbound.ts). The channel's answer (sent, delivered,
// read, failed and why) comes back as updates of the same row.
import {dotMutator} from './define.ts';
import {domainError} from '../errors.ts';
import {companyRows} from '../queries/scope.ts';
import {mayAssign, mayReply, maySeeConversation} from '../messaging/access.ts';
import {replyWindow} from '../messaging/window.ts';
import {assignArgs, markReadArgs, replyArgs} from '../messaging/validation.ts';
import {writeOutgoing} from '../messaging/outgoing.ts';
import type {ServerOrClientTx} from './tx.ts';
import type {AuthContext} from '../auth/context.ts';

export type ReplyOutcome = {send: string} | undefined;

async function conversationFor(tx: ServerOrClientTx, ctx: AuthContext | undefined, id: string) {
  const row = await tx.run(companyRows('conversation', ctx).where('id', id).one());
  if (!row || !maySeeConversation(ctx, row)) throw domainError('not_found');
  return row;
}

export const chatMutators = {
  reply: dotMutator(
    replyArgs,
    async ({tx, args, ctx}) => {
      const existing = await tx.run(companyRows('chat_message', ctx).where('id', args.id).one());
      if (existing) return; // the same id again is a replay of this very write
      const c = await conversationFor(tx, ctx, args.conversationId);
      if (!mayReply(ctx, c)) throw domainError('not_found');
      // WhatsApp after 24 hours of silence: only a template gets through.
      if (!args.template && !replyWindow(c.channel, c.last_inbound_at, args.createdAt).open)
        throw domainError('validation', {fields: [{field: 'body', code: 'messaging.v.windowClosed'}]});
      if (args.template && c.channel !== 'whatsapp') throw domainError('validation', {fields: [{field: 'template', code: 'v.invalid'}]});
      const memberId = ctx?.kind === 'member' ? ctx.memberID : null;
      await writeOutgoing(tx, c, {id: args.id, author: 'member', memberId, body: args.body, template: args.template, at: args.createdAt}, true);
      return {send: args.id} satisfies ReplyOutcome;
    },
    {conflict: 'resend-over'},
  ),

  markRead: dotMutator(markReadArgs, async ({tx, args, ctx}) => {
    const c = await conversationFor(tx, ctx, args.conversationId);
    if (c.unread === 0) return;
    await tx.mutate.conversation.update({id: c.id, unread: 0, updated_at: args.at});
  }),

  assign: dotMutator(assignArgs, async ({tx, args, ctx}) => {
    if (!mayAssign(ctx)) throw domainError('not_found');
    const c = await conversationFor(tx, ctx, args.conversationId);
    if (args.memberId) {
      const m = await tx.run(companyRows('member', ctx).where('id', args.memberId).one());
      if (!m || !m.active) throw domainError('validation', {fields: [{field: 'memberId', code: 'v.invalid'}]});
    }
    if (c.assigned_member_id === args.memberId) return;
    await tx.mutate.conversation.update({id: c.id, assigned_member_id: args.memberId, updated_at: args.at});
  }),
};
