// What the inbox's screens share: the company's zone, the conversations this
// person sees (from the device's replica, so the inbox works offline), and the
// words for channels, message statuses and failures.
import type {Row} from '@rocicorp/zero';
import {useQuery} from '@rocicorp/zero/react';
import {useMemo} from 'react';
import type {ChatMessageStatus, MessengerKind} from '#schema/tables/messaging.ts';
import {formatDate} from '#shared/i18n/format.ts';
import type {Locale} from '#shared/i18n/locales.ts';
import {isMessageKey, type Translate} from '#shared/i18n/index.ts';
import {queries} from '#shared/queries/index.ts';

export type ConversationRow = Row['conversation'] & {
  client?: Row['client'] | undefined;
  assignee?: Row['member'] | undefined;
};
export type MessageRow = Row['chat_message'] & {author_member?: Row['member'] | undefined};
export type ChannelRow = Row['messenger_channel'];

export function useTimeZone(): string {
  const [company] = useQuery(queries.company.current());
  return company?.timezone ?? 'Asia/Almaty';
}

export function useConversations() {
  const [rows, details] = useQuery(queries.inbox.conversations());
  const conversations = rows as readonly ConversationRow[];
  const byId = useMemo(() => new Map(conversations.map((c) => [c.id, c])), [conversations]);
  return {conversations, byId, loaded: details.type === 'complete' || conversations.length > 0};
}

export const FILTERS = ['all', 'unread', 'mine'] as const;
export type Filter = (typeof FILTERS)[number];

/** The list's filters. "Mine": assigned to me, or my own clients' (a master's) while nobody else is assigned. */
export function matches(c: Pick<ConversationRow, 'unread' | 'assigned_member_id' | 'master_member_id'>, f: Filter, me: string): boolean {
  if (f === 'all') return true;
  if (f === 'unread') return c.unread > 0;
  return c.assigned_member_id === me || (!c.assigned_member_id && c.master_member_id === me);
}

/** Who the conversation is with: the linked client's name, else the chat's own title. */
export function conversationName(c: Pick<ConversationRow, 'client' | 'title'>, noName: string): string {
  return c.client?.name.trim() || c.title.trim() || noName;
}

export function channelLabel(kind: MessengerKind, t: Translate): string {
  return t(`messaging.channel.${kind}`);
}

/** A message key from the server (messaging.fail.blocked…) in words; text as is when this device has no such key. */
export function reasonText(key: string, t: Translate): string {
  return isMessageKey(key) ? t(key) : key;
}

export function statusText(status: ChatMessageStatus, t: Translate): string {
  return t(`inbox.status.${status}`);
}

/** Today's messages by their time, older ones by their date (in the company's zone). */
export function shortWhen(ms: number | null, timeZone: string, locale: Locale, now = Date.now()): string {
  if (ms === null) return '';
  const day = (x: number) => formatDate(x, timeZone, 'en', 'numeric');
  return day(ms) === day(now) ? formatDate(ms, timeZone, locale, 'time') : formatDate(ms, timeZone, locale, 'numeric');
}
