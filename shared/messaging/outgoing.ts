// A message to a client, written the one way every sender writes it (a
// colleague's reply, the bot's answer, a reminder): "pending" in the
// conversation, which shows it as its latest; the server's queue sends it.
import type {Row} from '@rocicorp/zero';
import type {Schema} from '#schema/zero-schema.ts';
import {sqlOf, type ServerOrClientTx} from '../mutators/tx.ts';
import {assertWithinPlan} from '../platform/limits.ts';
import {previewOf} from './preview.ts';

type Conversation = Row<Schema['tables']['conversation']>;

export async function writeOutgoing(
  tx: ServerOrClientTx,
  c: Conversation,
  m: {id: string; author: 'member' | 'bot' | 'notice'; memberId: string | null; body: string; template: string; at: number},
  /** A colleague's reply: the conversation counts as read. */
  markRead = false,
): Promise<void> {
  // A colleague's message counts against the plan's messages a month and is refused past it (issue 18). The bot's
  // answers and reminders count too but are not refused: a client mid-dialogue is not left without an answer.
  if (m.author === 'member' && tx.location === 'server') await assertWithinPlan(sqlOf(tx), c.company_id, 'messages');
  await tx.mutate.chat_message.insert({
    id: m.id,
    company_id: c.company_id,
    conversation_id: c.id,
    direction: 'out',
    author: m.author,
    member_id: m.memberId,
    body: m.body,
    attachments: [],
    template: m.template,
    status: 'pending',
    error: '',
    external_id: '',
    created_at: m.at,
    sent_at: null,
    updated_at: m.at,
  });
  await tx.mutate.conversation.update({
    id: c.id,
    last_message_at: Math.max(c.last_message_at ?? 0, m.at),
    last_preview: previewOf(m.body || m.template),
    ...(markRead && {unread: 0}),
    updated_at: m.at,
  });
}
