// WhatsApp Cloud API (graph.facebook.com/<version>): webhooks are signed with the
// app secret (X-Hub-Signature-256) and subscribed by a GET handshake; sends are
// text, reply buttons (≤ 3), a list (≤ 10 rows) or an approved template.
// WhatsApp does not dedupe sends: a timeout may have delivered, so it is maybeSent.
// Pacing: Meta allows about one message per 6 s to one user in bursts the business
// starts (error 131056); a live chat needs faster answers, so perChatMs is 1 s and
// a 131056 is retried after 6 s.
import crypto from 'node:crypto';
import type {BotButton, OutboundMessage, SendResult} from '#shared/messaging/events.ts';
import {parseWhatsApp} from '#shared/messaging/parse/whatsapp.ts';
import {call, cut, DEFAULT_TIMEOUT_MS, DOWN_RETRY_MS, fetchBytes, header, queryParam, safeEqual, type ChannelOptions, type HttpOutcome} from './common.ts';
import type {ChannelApi, CheckResult, Verified, WhatsAppSecrets} from './types.ts';

const LIST_BUTTON = 'Выбрать';
/** Interactive messages' body is at most 1024 characters (a text message's, 4096). */
const INTERACTIVE_BODY = 1024;
const CHALLENGE = /^[A-Za-z0-9_-]{1,256}$/;

type GraphError = {code?: number; error_subcode?: number; message?: string; error_data?: {details?: string}};

export function whatsAppChannel(secrets: WhatsAppSecrets, root: string, opts: ChannelOptions = {}): ChannelApi {
  const timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const auth = {authorization: `Bearer ${secrets.token}`};

  async function check(): Promise<CheckResult> {
    const url = `${root}/${encodeURIComponent(secrets.phoneNumberId)}?fields=display_phone_number,verified_name`;
    const res = await call(url, {headers: auth}, timeoutMs);
    if (res.kind !== 'response') return {ok: false, reason: 'messaging.check.unreachable', detail: res.detail};
    const body = res.json as {display_phone_number?: string; error?: GraphError} | undefined;
    if (res.status === 200 && body?.display_phone_number) return {ok: true, handle: body.display_phone_number};
    const detail = describe(res);
    const code = body?.error?.code;
    if (code === 190 || res.status === 401) return {ok: false, reason: 'messaging.check.badToken', detail};
    if (code === 100 || res.status === 404) return {ok: false, reason: 'messaging.check.badPhoneId', detail};
    if (res.status >= 500) return {ok: false, reason: 'messaging.check.unreachable', detail};
    return {ok: false, reason: 'messaging.check.failed', detail};
  }

  return {
    kind: 'whatsapp',
    limits: {perSecond: 80, perChatMs: 1000},
    choicesPerScreen: 9,
    async download(ref) {
      // The media id gives a short-lived address, fetched with the same token (Graph API "Retrieve media URL").
      const meta = await call(`${root}/${encodeURIComponent(ref)}`, {headers: auth}, timeoutMs);
      const url = meta.kind === 'response' && meta.status === 200 ? (meta.json as {url?: unknown} | undefined)?.url : undefined;
      return typeof url === 'string' && /^https?:\/\//.test(url) ? fetchBytes(url, {headers: auth}, timeoutMs) : undefined;
    },
    verify(req): Verified {
      try {
        if (req.method === 'GET') {
          const token = queryParam(req.query, 'hub.verify_token');
          const challenge = queryParam(req.query, 'hub.challenge') ?? '';
          const ok = queryParam(req.query, 'hub.mode') === 'subscribe' && token !== undefined && safeEqual(token, secrets.verifyToken);
          return ok && CHALLENGE.test(challenge) ? {ok: 'handshake', reply: {status: 200, body: challenge}} : {ok: false, reply: {status: 403, body: ''}};
        }
        if (!signatureOk(header(req.headers, 'x-hub-signature-256'), req.rawBody, secrets.appSecret)) return {ok: false, reply: {status: 401, body: ''}};
        const reply = {status: 200, body: 'ok'};
        try {
          return {ok: true, events: parseWhatsApp(JSON.parse(req.rawBody.toString('utf8'))), reply};
        } catch {
          return {ok: true, events: [{type: 'ignored', id: '', reason: 'malformed'}], reply};
        }
      } catch {
        return {ok: false, reply: {status: 400, body: ''}};
      }
    },
    async send(m) {
      const payload = {messaging_product: 'whatsapp', recipient_type: 'individual', to: m.chatId, ...content(m)};
      const res = await call(
        `${root}/${encodeURIComponent(secrets.phoneNumberId)}/messages`,
        {method: 'POST', headers: {...auth, 'content-type': 'application/json'}, body: JSON.stringify(payload)},
        timeoutMs,
      );
      return sendResult(res);
    },
    async answerButton() {
      // WhatsApp's buttons need no answer.
    },
    check,
    // The webhook is set in Meta's app dashboard; checking the credentials is all we can do.
    connectWebhook: () => check(),
  };
}

/** `sha256=<hex>` of HMAC-SHA256(app secret, raw body), compared as bytes in constant time. */
function signatureOk(signature: string | undefined, rawBody: Buffer, appSecret: string): boolean {
  const m = /^sha256=([0-9a-fA-F]{64})$/.exec(signature?.trim() ?? '');
  if (!m) return false;
  const expected = crypto.createHmac('sha256', appSecret).update(rawBody).digest();
  return crypto.timingSafeEqual(Buffer.from(m[1]!, 'hex'), expected);
}

function content(m: OutboundMessage): Record<string, unknown> {
  if (m.template) {
    const parameters = m.template.params.map((text) => ({type: 'text', text}));
    return {
      type: 'template',
      template: {name: m.template.name, language: {code: m.template.language}, components: parameters.length ? [{type: 'body', parameters}] : []},
    };
  }
  // The sender's number is already known on WhatsApp: askPhone needs no keyboard.
  const choices: BotButton[] = (m.buttons ?? []).flat();
  if (choices.length === 0) return {type: 'text', text: {preview_url: false, body: m.text}};
  if (choices.length > 10) throw new Error(`WhatsApp shows at most 10 choices, got ${choices.length}: paginate by choicesPerScreen`);
  const body = {text: cut(m.text, INTERACTIVE_BODY)};
  if (choices.length <= 3) {
    const buttons = choices.map((b) => ({type: 'reply', reply: {id: b.data, title: cut(b.label, 20)}}));
    return {type: 'interactive', interactive: {type: 'button', body, action: {buttons}}};
  }
  const rows = choices.map((b) => ({id: b.data, title: cut(b.label, 24)}));
  return {type: 'interactive', interactive: {type: 'list', body, action: {button: LIST_BUTTON, sections: [{rows}]}}};
}

function describe(res: Extract<HttpOutcome, {kind: 'response'}>): string {
  const e = (res.json as {error?: GraphError} | undefined)?.error;
  if (!e) return `HTTP ${res.status} ${res.text.slice(0, 200)}`.trim();
  return [e.code, e.error_subcode && `/${e.error_subcode}`, e.message, e.error_data?.details && `(${e.error_data.details})`].filter(Boolean).join(' ');
}

function sendResult(res: HttpOutcome): SendResult {
  if (res.kind === 'timeout') return {ok: false, reason: 'messaging.fail.timeout', detail: res.detail, maybeSent: true, retryAfterMs: DOWN_RETRY_MS};
  if (res.kind === 'network') return {ok: false, reason: 'messaging.fail.unavailable', detail: res.detail, retryAfterMs: DOWN_RETRY_MS};
  const body = res.json as {messages?: {id?: string}[]; error?: GraphError} | undefined;
  const wamid = body?.messages?.[0]?.id;
  if (res.status === 200 && wamid) return {ok: true, externalId: wamid};
  const detail = describe(res);
  const code = body?.error?.code;
  if (code === 131056) return {ok: false, reason: 'messaging.fail.rateLimited', detail, retryAfterMs: 6000};
  if (code === 130429 || res.status === 429) return {ok: false, reason: 'messaging.fail.rateLimited', detail, retryAfterMs: 1000};
  if (code === 80007) return {ok: false, reason: 'messaging.fail.rateLimited', detail, retryAfterMs: 60_000};
  if (code === 131047) return {ok: false, reason: 'messaging.fail.windowClosed', detail};
  if (code === 131026) return {ok: false, reason: 'messaging.fail.undeliverable', detail};
  if (code === 190 || res.status === 401) return {ok: false, reason: 'messaging.fail.badToken', detail};
  // 1, 2, 131000, 131016: Meta's side failed; 5xx likewise.
  if (res.status >= 500 || code === 1 || code === 2 || code === 131000 || code === 131016) {
    return {ok: false, reason: 'messaging.fail.unavailable', detail, retryAfterMs: DOWN_RETRY_MS};
  }
  return {ok: false, reason: 'messaging.fail.rejected', detail};
}
