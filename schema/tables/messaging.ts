// Messengers: a company's connected channels (never their secrets), its
// conversations with clients, and the messages both ways. Column names match
// migrations/0400_messaging.sql; the server-only tables (secrets, the bots'
// users, their followed masters, bookings made in a chat) are not here.
import {json, number, relationships, string, table} from '@rocicorp/zero';
import {client} from './crm.ts';
import {member} from './core.ts';

export type MessengerKind = 'telegram' | 'whatsapp' | 'vk';
export type ChatMessageStatus = 'received' | 'pending' | 'sending' | 'sent' | 'delivered' | 'read' | 'failed' | 'unknown';
/** A photo or file a client sent: the channel's reference, and once fetched, the company's file (`/api/v1/files/<fileId>`). */
export type ChatAttachment = {readonly kind: 'photo' | 'file'; readonly ref: string; readonly name?: string; readonly fileId?: string};

export const messengerChannel = table('messenger_channel')
  .columns({
    id: string(),
    company_id: string(),
    kind: string<MessengerKind>(),
    handle: string(),
    state: string<'pending' | 'active' | 'error'>(),
    last_error: string(),
    checked_at: number().optional(),
    wa_template: string(),
    created_by: string().optional(),
    created_at: number(),
    updated_at: number(),
  })
  .primaryKey('id');

export const conversation = table('conversation')
  .columns({
    id: string(),
    company_id: string(),
    client_id: string().optional(),
    channel: string<MessengerKind>(),
    bot: string(),
    chat_id: string(),
    title: string(),
    master_id: string().optional(),
    master_member_id: string().optional(),
    assigned_member_id: string().optional(),
    source: string(),
    locale: string(),
    last_message_at: number().optional(),
    last_inbound_at: number().optional(),
    last_preview: string(),
    unread: number(),
    opted_out_at: number().optional(),
    created_at: number(),
    updated_at: number(),
  })
  .primaryKey('id');

export const chatMessage = table('chat_message')
  .columns({
    id: string(),
    company_id: string(),
    conversation_id: string(),
    direction: string<'in' | 'out'>(),
    author: string<'client' | 'member' | 'bot' | 'notice'>(),
    member_id: string().optional(),
    body: string(),
    attachments: json<readonly ChatAttachment[]>(),
    template: string(),
    status: string<ChatMessageStatus>(),
    error: string(),
    external_id: string(),
    created_at: number(),
    sent_at: number().optional(),
    updated_at: number(),
  })
  .primaryKey('id');

export const conversationRelationships = relationships(conversation, ({one, many}) => ({
  client: one({sourceField: ['client_id'], destField: ['id'], destSchema: client}),
  assignee: one({sourceField: ['assigned_member_id'], destField: ['id'], destSchema: member}),
  messages: many({sourceField: ['id'], destField: ['conversation_id'], destSchema: chatMessage}),
}));

export const chatMessageRelationships = relationships(chatMessage, ({one}) => ({
  conversation: one({sourceField: ['conversation_id'], destField: ['id'], destSchema: conversation}),
  author_member: one({sourceField: ['member_id'], destField: ['id'], destSchema: member}),
}));
