// Webhook requests as the messengers send them, for tests: the shape a channel's
// verify() takes (method, headers, query, raw body), also usable to POST to our
// routes (headers + rawBody). Dates are fixed so tests stay deterministic.
import crypto from 'node:crypto';

export type WebhookRequest = {method: string; headers: Record<string, string>; query: Record<string, string>; rawBody: Buffer};

const DATE = 1780300800;
let eventSeq = 0;

function post(body: unknown, headers: Record<string, string> = {}): WebhookRequest {
  return {method: 'POST', headers: {'content-type': 'application/json', ...headers}, query: {}, rawBody: Buffer.from(JSON.stringify(body))};
}

/** A Telegram update as a webhook POST carrying our secret token. */
export function telegramUpdate(update: unknown, secret: string): WebhookRequest {
  return post(update, {'x-telegram-bot-api-secret-token': secret});
}

export function telegramText(o: {updateId: number; userId: number; text: string; name?: string; language?: string; messageId?: number}): object {
  const user = {id: o.userId, is_bot: false, first_name: o.name ?? 'Айгерим', language_code: o.language ?? 'ru'};
  return {
    update_id: o.updateId,
    message: {message_id: o.messageId ?? o.updateId, from: user, chat: {id: o.userId, first_name: user.first_name, type: 'private'}, date: DATE, text: o.text},
  };
}

/** Any private message (a shared contact, a photo, a reply to one of ours): `extra` is merged into Telegram's Message. */
export function telegramMessage(o: {updateId: number; userId: number; name?: string}, extra: Record<string, unknown>): object {
  return {
    update_id: o.updateId,
    message: {
      message_id: o.updateId,
      from: {id: o.userId, is_bot: false, first_name: o.name ?? 'Айгерим'},
      chat: {id: o.userId, type: 'private'},
      date: Math.floor(Date.now() / 1000),
      ...extra,
    },
  };
}

export function telegramButton(o: {updateId: number; userId: number; data: string; callbackId?: string}): object {
  const user = {id: o.userId, is_bot: false, first_name: 'Айгерим', language_code: 'ru'};
  return {
    update_id: o.updateId,
    callback_query: {
      id: o.callbackId ?? `cb${o.updateId}`,
      from: user,
      message: {message_id: 1, chat: {id: o.userId, type: 'private'}, date: DATE, text: '…'},
      chat_instance: '1',
      data: o.data,
    },
  };
}

/** A WhatsApp webhook POST signed as Meta signs it: sha256=HMAC(app secret, raw body). */
export function signedWhatsApp(body: unknown, appSecret: string): WebhookRequest {
  const raw = Buffer.from(JSON.stringify(body));
  const signature = crypto.createHmac('sha256', appSecret).update(raw).digest('hex');
  return {method: 'POST', headers: {'content-type': 'application/json', 'x-hub-signature-256': `sha256=${signature}`}, query: {}, rawBody: raw};
}

/** Meta's subscription handshake. */
export function whatsAppHandshake(verifyToken: string, challenge = '1158201444'): WebhookRequest {
  return {method: 'GET', headers: {}, query: {'hub.mode': 'subscribe', 'hub.verify_token': verifyToken, 'hub.challenge': challenge}, rawBody: Buffer.alloc(0)};
}

export function whatsAppMessages(messages: object[], o: {name?: string; waId?: string; phoneNumberId?: string} = {}): object {
  const waId = o.waId ?? '77012345678';
  const value = {
    messaging_product: 'whatsapp',
    metadata: {display_phone_number: '77273561020', phone_number_id: o.phoneNumberId ?? '418273650192837'},
    contacts: [{profile: {name: o.name ?? 'Ерлан'}, wa_id: waId}],
    messages: messages.map((m) => ({from: waId, timestamp: String(DATE), ...m})),
  };
  return {object: 'whatsapp_business_account', entry: [{id: '301847562913374', changes: [{field: 'messages', value}]}]};
}

export function whatsAppText(o: {id: string; text: string; name?: string; waId?: string}): object {
  return whatsAppMessages([{id: o.id, type: 'text', text: {body: o.text}}], o);
}

/** A VK Callback API event as VK POSTs it. */
export function vkEvent(type: string, object: unknown, o: {groupId: string; secret?: string; eventId?: string}): WebhookRequest {
  return post({
    type,
    group_id: Number(o.groupId),
    event_id: o.eventId ?? `e${++eventSeq}`,
    v: '5.199',
    object,
    ...(o.secret !== undefined && {secret: o.secret}),
  });
}

/** The object of a message_new (API ≥ 5.103). */
export function vkMessage(o: {fromId: number; text: string; id?: number; payload?: string; ref?: string}): object {
  return {
    message: {
      date: DATE,
      from_id: o.fromId,
      peer_id: o.fromId,
      id: o.id ?? 1,
      out: 0,
      text: o.text,
      attachments: [],
      ...(o.payload && {payload: o.payload}),
      ...(o.ref && {ref: o.ref}),
    },
    client_info: {button_actions: ['text', 'callback'], keyboard: true, inline_keyboard: true, lang_id: 0},
  };
}
