// The notification log every module shares: each message to a member or a
// client, per channel, with what came of it. In-app messages are its rows of
// channel "inapp"; the member's devices show them.
import {json, number, string, table} from '@rocicorp/zero';

export type NotificationChannel = 'email' | 'inapp' | 'push' | 'telegram' | 'whatsapp' | 'vk';
export type NotificationStatus = 'pending' | 'sending' | 'delivered' | 'failed' | 'skipped' | 'unknown';

/**
 * What a notice says, as message keys with parameters, for the device to put in
 * its reader's language (rendered by shared/i18n/notice.ts). A parameter is a
 * plain value, a moment `{date, zone}`, a length of time `{duration}` (ms),
 * another message `{key}`, or a text in each language `{text: {ru, kk, en}}`.
 */
export type NoticeParamJson =
  | string
  | number
  | {readonly date: number; readonly zone: string; readonly style?: string}
  | {readonly duration: number}
  | {readonly key: string}
  | {readonly text: {readonly [locale: string]: string}};
export type NoticeTextJson = {readonly key: string; readonly params?: {readonly [name: string]: NoticeParamJson}};
export type NoticeJson = {readonly title: NoticeTextJson; readonly body?: NoticeTextJson};

export const notification = table('notification')
  .columns({
    id: string(),
    company_id: string(),
    kind: string(),
    channel: string<NotificationChannel>(),
    recipient_type: string<'member' | 'client'>(),
    member_id: string().optional(),
    recipient: string(),
    recipient_name: string(),
    audience_member_id: string().optional(),
    subject_type: string(),
    subject_id: string(),
    title: string(),
    body: string(),
    // Null on rows written before 0306 and on messages to clients: their text is what was sent.
    message: json<NoticeJson>().optional(),
    url: string(),
    status: string<NotificationStatus>(),
    error: string(),
    dedupe_key: string(),
    created_at: number(),
    sent_at: number().optional(),
    read_at: number().optional(),
  })
  .primaryKey('id');
