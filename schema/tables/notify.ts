// The notification log every module shares: each message to a member or a
// client, per channel, with what came of it. In-app messages are its rows of
// channel "inapp"; the member's devices show them.
import {number, string, table} from '@rocicorp/zero';

export type NotificationChannel = 'email' | 'inapp' | 'push' | 'telegram' | 'whatsapp' | 'vk';
export type NotificationStatus = 'pending' | 'sending' | 'delivered' | 'failed' | 'skipped' | 'unknown';

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
    url: string(),
    status: string<NotificationStatus>(),
    error: string(),
    dedupe_key: string(),
    created_at: number(),
    sent_at: number().optional(),
    read_at: number().optional(),
  })
  .primaryKey('id');
