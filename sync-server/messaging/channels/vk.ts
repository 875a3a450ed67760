// VK through the Callback API and messages.send with a community token
// (https://dev.vk.com/ru/api/callback/getting-started, /method/messages.send).
// Every event carries our secret in its body; the confirmation event is answered
// with the confirmation string. random_id derives from our message key, so VK
// dedupes a retry: a timeout is safe to retry (never maybeSent).
// Our buttons are "text" buttons of an inline keyboard with payload {"b": data}:
// pressing one sends a message with that payload (parseVk reads it as a button).
import crypto from 'node:crypto';
import type {OutboundMessage, SendResult} from '#shared/messaging/events.ts';
import {parseVk} from '#shared/messaging/parse/vk.ts';
import {call, cut, DEFAULT_TIMEOUT_MS, DOWN_RETRY_MS, safeEqual, type ChannelOptions, type HttpOutcome} from './common.ts';
import type {ChannelApi, CheckResult, Verified, VkSecrets} from './types.ts';

export const VK_API_VERSION = '5.199';

/** A positive 31-bit id from our message key: the same key is the same VK message. */
export function vkRandomId(key: string): number {
  const n = crypto.createHash('sha256').update(key).digest().readUInt32BE(0) & 0x7fffffff;
  return n === 0 ? 1 : n; // 0 would switch VK's dedupe off
}

type VkError = {error_code?: number; error_msg?: string};

export function vkChannel(secrets: VkSecrets, root: string, opts: ChannelOptions = {}): ChannelApi {
  const timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const method = (name: string, params: Record<string, string>) =>
    call(`${root}/${name}`, {method: 'POST', body: new URLSearchParams({...params, access_token: secrets.token, v: VK_API_VERSION})}, timeoutMs);

  async function check(): Promise<CheckResult> {
    const res = await method('groups.getById', {group_id: secrets.groupId});
    if (res.kind !== 'response') return {ok: false, reason: 'messaging.check.unreachable', detail: res.detail};
    const body = res.json as {response?: {groups?: Group[]} | Group[]; error?: VkError} | undefined;
    const groups = Array.isArray(body?.response) ? body.response : body?.response?.groups;
    const group = groups?.[0];
    if (group?.screen_name) return {ok: true, handle: group.screen_name};
    const detail = describe(res);
    const code = body?.error?.error_code;
    if (code === 5) return {ok: false, reason: 'messaging.check.badToken', detail};
    if (code === 100) return {ok: false, reason: 'messaging.check.badGroup', detail};
    if (res.status >= 500 || code === 10) return {ok: false, reason: 'messaging.check.unreachable', detail};
    return {ok: false, reason: 'messaging.check.failed', detail};
  }

  return {
    kind: 'vk',
    limits: {perSecond: 20, perChatMs: 0},
    choicesPerScreen: 5,
    verify(req): Verified {
      let body: {type?: unknown; group_id?: unknown; secret?: unknown} | undefined;
      try {
        body = JSON.parse(req.rawBody.toString('utf8')) as typeof body;
      } catch {
        return {ok: false, reply: {status: 400, body: 'bad request'}};
      }
      if (typeof body !== 'object' || body === null) return {ok: false, reply: {status: 400, body: 'bad request'}};
      const ourGroup = String(body.group_id) === secrets.groupId;
      // VK may send the confirmation before the secret is set up: the group id is enough to answer it.
      if (body.type === 'confirmation') {
        return ourGroup ? {ok: 'handshake', reply: {status: 200, body: secrets.confirmation}} : {ok: false, reply: {status: 403, body: 'bad group'}};
      }
      if (!ourGroup || typeof body.secret !== 'string' || !safeEqual(body.secret, secrets.secret)) return {ok: false, reply: {status: 403, body: 'bad secret'}};
      return {ok: true, events: parseVk(body), reply: {status: 200, body: 'ok'}};
    },
    async send(m) {
      const keyboard = keyboardOf(m);
      const params: Record<string, string> = {peer_id: m.chatId, message: m.text, random_id: String(vkRandomId(m.key))};
      if (keyboard) params.keyboard = keyboard;
      return sendResult(await method('messages.send', params));
    },
    async answerButton(callbackId, text) {
      // Only callback buttons (message_event) wait for an answer; parseVk packs what it needs into the id.
      const [eventId, userId, peerId] = callbackId.split('|');
      if (!eventId || !userId || !peerId) return;
      const params: Record<string, string> = {event_id: eventId, user_id: userId, peer_id: peerId};
      if (text) params.event_data = JSON.stringify({type: 'show_snackbar', text: text.slice(0, 90)});
      await method('messages.sendMessageEventAnswer', params); // never throws; a stale event is harmless
    },
    check,
    // VK's photos are kept as references (photo_<owner>_<id>): fetching them needs photos.getById, not done yet.
    download: async () => undefined,
    // The callback server is set in the community's settings; checking the credentials is all we can do.
    connectWebhook: () => check(),
  };
}

type Group = {id?: number; screen_name?: string; name?: string};

function keyboardOf(m: OutboundMessage): string | undefined {
  const rows = m.buttons?.filter((r) => r.length > 0) ?? [];
  if (rows.length === 0) return undefined;
  if (rows.length > 6 || rows.some((r) => r.length > 5))
    throw new Error('A VK inline keyboard holds at most 6 rows of 5 buttons: paginate by choicesPerScreen');
  const buttons = rows.map((row) => row.map((b) => ({action: {type: 'text', label: cut(b.label, 40), payload: JSON.stringify({b: b.data})}})));
  return JSON.stringify({inline: true, buttons});
}

function describe(res: Extract<HttpOutcome, {kind: 'response'}>): string {
  const e = (res.json as {error?: VkError} | undefined)?.error;
  return e ? `${e.error_code} ${e.error_msg ?? ''}`.trim() : `HTTP ${res.status} ${res.text.slice(0, 200)}`.trim();
}

function sendResult(res: HttpOutcome): SendResult {
  // VK dedupes by random_id, so whatever happened to the request, sending again is safe.
  if (res.kind !== 'response') return {ok: false, reason: 'messaging.fail.unavailable', detail: res.detail, retryAfterMs: DOWN_RETRY_MS};
  const body = res.json as {response?: number | {message_id?: number}[]; error?: VkError} | undefined;
  const r = body?.response;
  const id = typeof r === 'number' ? r : Array.isArray(r) ? r[0]?.message_id : undefined;
  if (res.status === 200 && id !== undefined) return {ok: true, externalId: String(id)};
  const detail = describe(res);
  const code = body?.error?.error_code;
  if (code === 6) return {ok: false, reason: 'messaging.fail.rateLimited', detail, retryAfterMs: 1000};
  if (code === 9) return {ok: false, reason: 'messaging.fail.rateLimited', detail, retryAfterMs: 60_000};
  if (code === 10 || res.status >= 500) return {ok: false, reason: 'messaging.fail.unavailable', detail, retryAfterMs: DOWN_RETRY_MS};
  if (code === 5) return {ok: false, reason: 'messaging.fail.badToken', detail};
  if (code === 901 || code === 902) return {ok: false, reason: 'messaging.fail.notAllowed', detail};
  if (code === 7 || code === 15) return {ok: false, reason: 'messaging.fail.noAccess', detail};
  return {ok: false, reason: 'messaging.fail.rejected', detail};
}
