// Who sees which conversations and may answer them — written once, used by the
// named queries (shared/queries/messaging.ts), the mutators and REST:
// - `inbox.read`: every conversation of the company (the owner, the admin);
// - `inbox.own`: those of the master linked to one's own member, and those
//   assigned to one (a master sees their clients, not their colleagues');
// - anyone else, and a public visitor: none.
// Answering needs `inbox.reply` besides seeing the conversation.
import type {Query} from '@rocicorp/zero';
import type {Schema} from '#schema/zero-schema.ts';
import type {AuthContext} from '../auth/context.ts';
import {reachOf, type Reach} from '../auth/reach.ts';
import {companyRows} from '../queries/scope.ts';

export function inboxReach(ctx: AuthContext | undefined): Reach {
  return reachOf(ctx, 'inbox.read', ['inbox.own']);
}

export function seesInbox(ctx: AuthContext | undefined): boolean {
  return inboxReach(ctx).kind !== 'none';
}

type ConversationLike = {readonly master_member_id: string | null; readonly assigned_member_id: string | null};

export function maySeeConversation(ctx: AuthContext | undefined, c: ConversationLike): boolean {
  const reach = inboxReach(ctx);
  return reach.kind === 'all' || (reach.kind === 'own' && (c.master_member_id === reach.memberId || c.assigned_member_id === reach.memberId));
}

export function mayReply(ctx: AuthContext | undefined, c: ConversationLike): boolean {
  return ctx?.kind === 'member' && ctx.permissions.includes('inbox.reply') && maySeeConversation(ctx, c);
}

/** Assigning a conversation to a colleague: whoever sees every conversation. */
export function mayAssign(ctx: AuthContext | undefined): boolean {
  return inboxReach(ctx).kind === 'all' && ctx?.kind === 'member';
}

/** The conversations this person sees. */
export function visibleConversations(ctx: AuthContext | undefined): Query<'conversation', Schema> {
  const reach = inboxReach(ctx);
  if (reach.kind === 'none') return companyRows('conversation', undefined);
  const q = companyRows('conversation', ctx);
  if (reach.kind === 'all') return q;
  const me = reach.memberId;
  return q.where(({cmp: c, or: o}) => o(c('master_member_id', me), c('assigned_member_id', me)));
}

/** The messages of the conversations this person sees. */
export function visibleMessages(ctx: AuthContext | undefined): Query<'chat_message', Schema> {
  const reach = inboxReach(ctx);
  if (reach.kind === 'none') return companyRows('chat_message', undefined);
  const q = companyRows('chat_message', ctx);
  if (reach.kind === 'all') return q;
  const me = reach.memberId;
  return q.whereExists('conversation', (c) => c.where(({cmp: cc, or: o}) => o(cc('master_member_id', me), cc('assigned_member_id', me))));
}
