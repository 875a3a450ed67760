// VK Callback API events (https://dev.vk.com/ru/api/callback/getting-started) → InboundEvent.
// message_new: a message, or a press of one of our keyboard buttons (VK sends those
// as a message whose payload is the button's JSON — ours is {"b": data}).
// message_event: a press of a callback button. Confirmation is answered by the
// channel's verify() before parsing; here it is ignored like any other event.
// VK does not send names: the sender's name is '' (looked up later if needed).
import type {InboundEvent, Sender} from '../events.ts';
import {arr, idOf, obj, secondsToMs, str, type Obj} from './read.ts';

// A peer id from 2e9 up is a group chat; the bot answers people in private only.
const CHAT_PEER = 2_000_000_000;
// client_info.lang_id as VK numbers languages.
const LANGS: Record<number, string> = {0: 'ru', 1: 'uk', 3: 'en'};

export function parseVk(body: unknown): InboundEvent[] {
  const root = obj(body);
  const id = idOf(root?.event_id) ?? '';
  const object = obj(root?.object);
  if (!root || !id || !object) return [ignored(id, root?.type === 'confirmation' ? 'vk.confirmation' : 'malformed')];
  if (root.type === 'message_new') return [parseMessage(id, object)];
  if (root.type === 'message_event') return [parseEvent(id, object)];
  return [ignored(id, `vk.${str(root.type) ?? 'unknown'}`)];
}

function ignored(id: string, reason: string): InboundEvent {
  return {type: 'ignored', id, reason};
}

/** Our button's data from a payload (a JSON string in messages, an object in message_event). */
export function vkButtonData(payload: unknown): string | undefined {
  let p = payload;
  if (typeof p === 'string') {
    try {
      p = JSON.parse(p);
    } catch {
      return undefined;
    }
  }
  return str(obj(p)?.b);
}

export function vkCallbackId(eventId: string, userId: string, peerId: string): string {
  return `${eventId}|${userId}|${peerId}`;
}

function person(fromId: string | undefined, peerId: string | undefined): string | undefined {
  if (!fromId || !peerId) return 'malformed';
  if (Number(fromId) <= 0) return 'vk.fromCommunity';
  if (Number(peerId) >= CHAT_PEER) return 'vk.groupChat';
  return undefined;
}

function parseMessage(id: string, object: Obj): InboundEvent {
  // API ≥ 5.103 wraps the message in object.message; older versions sent it as object.
  const m = obj(object.message) ?? object;
  const fromId = idOf(m.from_id);
  const peerId = idOf(m.peer_id);
  const messageId = idOf(m.id);
  const bad = person(fromId, peerId) ?? (messageId ? undefined : 'malformed');
  if (bad) return ignored(id, bad);
  if (m.out === 1) return ignored(id, 'vk.outgoing');
  const langId = obj(object.client_info)?.lang_id;
  const from: Sender = {userId: fromId!, chatId: peerId!, name: '', language: typeof langId === 'number' ? LANGS[langId] : undefined};
  const at = secondsToMs(m.date);
  const data = vkButtonData(m.payload);
  if (data !== undefined) return {type: 'button', id, from, data, at};
  const photos = arr(m.attachments)
    .map(obj)
    .filter((a) => a?.type === 'photo')
    .map((a) => obj(a?.photo))
    .filter((p) => idOf(p?.owner_id) && idOf(p?.id))
    .map((p) => ({ref: `photo_${idOf(p!.owner_id)}_${idOf(p!.id)}`}));
  const ref = str(m.ref);
  return {
    type: 'message',
    id,
    from,
    text: str(m.text) ?? '',
    start: ref || undefined,
    photos,
    replyTo: idOf(obj(m.reply_message)?.id),
    messageId: messageId!,
    at,
  };
}

function parseEvent(id: string, e: Obj): InboundEvent {
  const userId = idOf(e.user_id);
  const peerId = idOf(e.peer_id);
  const bad = person(userId, peerId);
  if (bad) return ignored(id, bad);
  const data = vkButtonData(e.payload);
  const eventId = idOf(e.event_id);
  if (data === undefined || !eventId) return ignored(id, 'vk.event.noData');
  // sendMessageEventAnswer needs all three: carried in the opaque callback id.
  const callbackId = vkCallbackId(eventId, userId!, peerId!);
  // A callback press has no date: 0, the receiver stamps it.
  return {type: 'button', id, from: {userId: userId!, chatId: peerId!, name: ''}, data, callbackId, at: 0};
}
