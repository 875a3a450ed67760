// The inbox's reads: conversations newest first with their client, one
// conversation's messages, and the company's connected channels (never their
// secrets: those are in a table no query reaches). Scoped by shared/messaging/access.ts.
import {defineQuery} from '@rocicorp/zero';
import {v} from '../validation/args.ts';
import {can} from '../auth/can.ts';
import {visibleConversations, visibleMessages} from '../messaging/access.ts';
import {companyRows} from './scope.ts';

const id = v.string().max(64);

export const inboxQueries = {
  conversations: defineQuery(({ctx}) =>
    visibleConversations(ctx).related('client').related('assignee').orderBy('last_message_at', 'desc').orderBy('id', 'desc'),
  ),

  messages: defineQuery(v.object({conversationId: id}), ({args, ctx}) =>
    visibleMessages(ctx).where('conversation_id', args.conversationId).related('author_member').orderBy('created_at', 'asc').orderBy('id', 'asc'),
  ),

  /** Every message this person may see (the device keeps them for offline reading and the client card). */
  recent: defineQuery(({ctx}) => visibleMessages(ctx).orderBy('created_at', 'desc').limit(2000)),

  channels: defineQuery(({ctx}) =>
    companyRows('messenger_channel', ctx, can(ctx, 'channels.manage') ? 'channels.manage' : 'inbox.read').orderBy('kind', 'asc'),
  ),
};
