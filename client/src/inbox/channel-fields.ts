// What each messenger needs to connect: the fields of its form, in the order
// its console shows them, and the body PUT /api/v1/channels/{kind} takes.
// Secrets are never shown again: once saved, their fields are empty.
import type {MessengerKind} from '#schema/tables/messaging.ts';
import type {MessageKey} from '#shared/i18n/catalog.ts';

export type ChannelField = {
  readonly name: string;
  readonly label: MessageKey;
  readonly hint?: MessageKey;
  /** Not kept in the synced row: empty after saving, with a "saved" hint. */
  readonly secret: boolean;
  readonly optional?: boolean;
};

export const CHANNEL_FIELDS: Record<MessengerKind, readonly ChannelField[]> = {
  telegram: [{name: 'token', label: 'channels.tg.token', hint: 'channels.tg.tokenHint', secret: true}],
  whatsapp: [
    {name: 'phoneNumberId', label: 'channels.wa.phoneNumberId', secret: true},
    {name: 'token', label: 'channels.wa.token', secret: true},
    {name: 'appSecret', label: 'channels.wa.appSecret', secret: true},
    {name: 'verifyToken', label: 'channels.wa.verifyToken', hint: 'channels.wa.verifyTokenHint', secret: true},
    {name: 'template', label: 'channels.wa.template', hint: 'channels.wa.templateHint', secret: false, optional: true},
  ],
  vk: [
    {name: 'groupId', label: 'channels.vk.groupId', secret: true},
    {name: 'token', label: 'channels.vk.token', secret: true},
    {name: 'secret', label: 'channels.vk.secret', secret: true},
    {name: 'confirmation', label: 'channels.vk.confirmation', secret: true},
  ],
};

/** Where the platform sends a company's messages; Telegram's is set by the server itself. */
export function webhookUrl(kind: MessengerKind, channelId: string, origin: string): string | null {
  return kind === 'telegram' ? null : `${origin}/hooks/${kind}/${channelId}`;
}
