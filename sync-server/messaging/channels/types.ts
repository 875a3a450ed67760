// A messenger as the server talks to it: one object per bot (a company's own or
// the platform's shared one), made from its decrypted credentials. Each channel
// has its file (telegram.ts, whatsapp.ts, vk.ts); tests point them at local
// servers that speak the same API (sync-server/testing/messengers/).
import type express from 'express';
import type {MessengerKind} from '#schema/tables/messaging.ts';
import type {InboundEvent, OutboundMessage, SendResult} from '#shared/messaging/events.ts';

export type TelegramSecrets = {token: string; webhookSecret: string; username?: string};
export type WhatsAppSecrets = {phoneNumberId: string; token: string; appSecret: string; verifyToken: string; displayNumber?: string};
export type VkSecrets = {groupId: string; token: string; secret: string; confirmation: string; screenName?: string};

export type ApiRoots = {telegram: string; whatsapp: string; vk: string};

/** What checking a connection found: the handle clients see, or what is wrong as a message key ('messaging.check.badToken'…) and the channel's own words. */
export type CheckResult = {ok: true; handle: string} | {ok: false; reason: `messaging.check.${string}`; detail: string};

/** The answer to a webhook request the channel itself expects (VK's confirmation string, WhatsApp's challenge, 'ok'). */
export type WebhookReply = {status: number; body: string};

export type Verified =
  | {ok: true; events: InboundEvent[]; reply: WebhookReply}
  | {ok: false; reply: WebhookReply}
  /** A handshake answered at once, nothing to store (VK confirmation, WhatsApp GET). */
  | {ok: 'handshake'; reply: WebhookReply};

export type ChannelApi = {
  readonly kind: MessengerKind;
  /** Checks the signature or secret of a webhook request against the raw body, then parses it. Never throws. */
  verify(req: {method: string; headers: express.Request['headers']; query: express.Request['query']; rawBody: Buffer}): Verified;
  send(m: OutboundMessage): Promise<SendResult>;
  /** Telegram: stops the button's spinner (with a short toast). Others: nothing. */
  answerButton(callbackId: string, text?: string): Promise<void>;
  /** Checks the credentials with the channel (getMe, the phone number, the community). */
  check(): Promise<CheckResult>;
  /** Telegram: setWebhook(url, secret_token). Others: nothing (set in Meta's or VK's console). */
  connectWebhook(url: string): Promise<CheckResult>;
  /** A client's photo by the channel's reference (Telegram file_id, WhatsApp media id); undefined when it cannot be had. At most 10 MB. */
  download(ref: string): Promise<Buffer | undefined>;
  /** Sends per second the channel allows this bot, and per chat (the pacing of outbound.ts). */
  readonly limits: {perSecond: number; perChatMs: number};
  /** How many choices the bot shows per screen on this channel (VK ~5, WhatsApp list ≤ 10 rows). */
  readonly choicesPerScreen: number;
};
