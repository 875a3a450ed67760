// What every channel's webhook comes down to, once parsed (shared/messaging/parse/*):
// a message from a client, a button they pressed, a delivery status of something
// we sent, or an update we acknowledge and ignore. The bot and the inbox read
// only these, never a channel's own shapes.
import type {MessengerKind} from '#schema/tables/messaging.ts';

export type Sender = {
  /** The channel's id of the person (Telegram user id, WhatsApp wa_id, VK from_id). */
  readonly userId: string;
  /** Where to answer (Telegram chat id, wa_id, VK peer_id). */
  readonly chatId: string;
  readonly name: string;
  /** The language the messenger reports ('ru', 'kk', 'en', …), when it does. */
  readonly language?: string | undefined;
};

export type InboundEvent =
  | {
      readonly type: 'message';
      /** The channel's unique id of this update (dedupe): Telegram update_id, wamid, VK event_id. */
      readonly id: string;
      readonly from: Sender;
      readonly text: string;
      /** A deep link's payload: Telegram /start <payload>, VK ref, a code in WhatsApp's prefilled text. */
      readonly start?: string | undefined;
      /** A phone number the channel vouches for (WhatsApp; Telegram's shared contact of the sender). E.164. */
      readonly phone?: string | undefined;
      readonly photos: readonly {readonly ref: string}[];
      /** The channel's message id this one replies to (a master replying to a forwarded message). */
      readonly replyTo?: string | undefined;
      /** The channel's id of this message (Telegram message_id, wamid, VK message id). */
      readonly messageId: string;
      readonly at: number;
    }
  | {
      readonly type: 'button';
      readonly id: string;
      readonly from: Sender;
      /** What the button carries (callback_data, WhatsApp reply id, VK payload). */
      readonly data: string;
      /** Telegram's callback query id: answered so the client's spinner stops. */
      readonly callbackId?: string | undefined;
      readonly at: number;
    }
  | {
      readonly type: 'status';
      readonly id: string;
      /** The channel's id of our message. */
      readonly messageId: string;
      readonly status: 'sent' | 'delivered' | 'read' | 'failed';
      /** The channel's reason when it failed (code and title). */
      readonly error?: string | undefined;
      readonly at: number;
    }
  | {readonly type: 'ignored'; readonly id: string; readonly reason: string};

/** A button the bot offers. The data must fit every channel: ≤ 64 bytes (Telegram). */
export type BotButton = {readonly label: string; readonly data: string};

/** One message the bot or a person sends into a chat. */
export type OutboundMessage = {
  readonly chatId: string;
  readonly text: string;
  /** Rows of buttons; each channel draws them its own way (inline keyboard, reply buttons or a list, VK keyboard). */
  readonly buttons?: readonly (readonly BotButton[])[] | undefined;
  /** Ask for the sender's phone: the label of Telegram's "share contact" button (elsewhere the client types it). */
  readonly askPhone?: string | undefined;
  /** A WhatsApp template (outside the 24-hour window). */
  readonly template?: {readonly name: string; readonly language: string; readonly params: readonly string[]} | undefined;
  /** Our message id: VK's random_id is derived from it, so a retry is never a second message. */
  readonly key: string;
};

export type SendResult =
  | {readonly ok: true; readonly externalId: string}
  | {
      readonly ok: false;
      /** The channel asked to wait (429 retry_after) or was down (5xx, a timeout): try again after this long. */
      readonly retryAfterMs?: number | undefined;
      /** Whether the request may have reached the channel (a timeout): for Telegram and WhatsApp it is then never sent again. */
      readonly maybeSent?: boolean | undefined;
      /** Why, as a message key the inbox says in plain words ('messaging.fail.blocked': the client blocked the bot…). */
      readonly reason: `messaging.fail.${string}`;
      /** The channel's own words (code and description), for the log and the tooltip. */
      readonly detail: string;
    };

export const MESSENGERS: readonly MessengerKind[] = ['telegram', 'whatsapp', 'vk'];

/** The messengers' own names (brands: the same in every language). */
export const MESSENGER_NAMES: Record<MessengerKind, string> = {telegram: 'Telegram', whatsapp: 'WhatsApp', vk: 'VK'};
