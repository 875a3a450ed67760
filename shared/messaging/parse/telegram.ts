// Telegram Bot API updates (https://core.telegram.org/bots/api#update) → InboundEvent.
// Only private chats with a person: groups, channels and edits are acknowledged and
// ignored. An update carries at most one of message / callback_query.
import type {InboundEvent, Sender} from '../events.ts';
import {normalizePhone} from '../../phone.ts';
import {idOf, obj, str, secondsToMs, arr, type Obj} from './read.ts';

// "/start payload" and "/start@my_bot payload"; a deep-link payload is 1–64 of [A-Za-z0-9_-].
const START = /^\/start(?:@[A-Za-z0-9_]+)?\s+([A-Za-z0-9_-]{1,64})\s*$/;

export function parseTelegram(body: unknown): InboundEvent[] {
  const update = obj(body);
  const id = idOf(update?.update_id) ?? '';
  if (!update || id === '') return [ignored(id, 'malformed')];
  const message = obj(update.message);
  if (message) return [parseMessage(id, message)];
  const query = obj(update.callback_query);
  if (query) return [parseCallback(id, query)];
  const kind = Object.keys(update).find((k) => k !== 'update_id') ?? 'empty';
  return [ignored(id, `telegram.${kind}`)];
}

function ignored(id: string, reason: string): InboundEvent {
  return {type: 'ignored', id, reason};
}

function sender(user: Obj, chatId: string): Sender {
  const name = [str(user.first_name), str(user.last_name)].filter(Boolean).join(' ') || (str(user.username) ?? '');
  return {userId: idOf(user.id) ?? '', chatId, name, language: str(user.language_code)};
}

function parseMessage(id: string, m: Obj): InboundEvent {
  const chat = obj(m.chat);
  const from = obj(m.from);
  const chatId = idOf(chat?.id);
  const messageId = idOf(m.message_id);
  if (!chat || !from || !chatId || !messageId || idOf(from.id) === undefined) return ignored(id, 'malformed');
  if (chat.type !== 'private') return ignored(id, `telegram.chat.${str(chat.type) ?? 'unknown'}`);
  if (from.is_bot === true) return ignored(id, 'telegram.fromBot');
  let text = str(m.text) ?? str(m.caption) ?? '';
  const start = START.exec(text);
  // The largest size is the last one (sizes ascend); a photo's id is enough to fetch it later.
  const sizes = arr(m.photo).map(obj);
  const largest = sizes.at(-1);
  const photoRef = idOf(largest?.file_id);
  const contact = obj(m.contact);
  // Only a contact the sender shared of himself vouches for his number.
  const ownContact = contact && idOf(contact.user_id) !== undefined && idOf(contact.user_id) === idOf(from.id);
  const phone = ownContact ? (normalizePhone(str(contact.phone_number)?.replace(/^(?=\d)/, '+') ?? '') ?? undefined) : undefined;
  // The payload is the point of a deep link; a bare "/start" stays as text for the bot.
  if (start) text = '';
  if (!text && !start && !photoRef && !phone) return ignored(id, 'telegram.message.unsupported');
  return {
    type: 'message',
    id,
    from: sender(from, chatId),
    text,
    start: start ? start[1] : undefined,
    phone,
    photos: photoRef ? [{ref: photoRef}] : [],
    replyTo: idOf(obj(m.reply_to_message)?.message_id),
    messageId,
    at: secondsToMs(m.date),
  };
}

function parseCallback(id: string, q: Obj): InboundEvent {
  const from = obj(q.from);
  const callbackId = idOf(q.id);
  const data = str(q.data);
  if (!from || !callbackId || idOf(from.id) === undefined) return ignored(id, 'malformed');
  if (data === undefined) return ignored(id, 'telegram.callback.noData');
  const chat = obj(obj(q.message)?.chat);
  if (chat && chat.type !== 'private') return ignored(id, `telegram.chat.${str(chat.type) ?? 'unknown'}`);
  const chatId = idOf(chat?.id) ?? idOf(from.id)!;
  // A callback query has no date (its message's date is when the bot wrote): 0, the receiver stamps it.
  return {type: 'button', id, from: sender(from, chatId), data, callbackId, at: 0};
}
