// Telegram through grammY's Api (https://core.telegram.org/bots/api): the webhook
// is authenticated by the secret token we gave setWebhook; buttons are an inline
// keyboard, and asking for the phone is a one-time "share contact" keyboard.
// Telegram does not dedupe sends: a timeout may have delivered, so it is maybeSent.
import {Api, GrammyError, HttpError} from 'grammy';
import type {OutboundMessage, SendResult} from '#shared/messaging/events.ts';
import {parseTelegram} from '#shared/messaging/parse/telegram.ts';
import {DEFAULT_TIMEOUT_MS, DOWN_RETRY_MS, fetchBytes, header, safeEqual, type ChannelOptions} from './common.ts';
import type {ChannelApi, CheckResult, TelegramSecrets, Verified} from './types.ts';

const encoder = new TextEncoder();

export function telegramChannel(secrets: TelegramSecrets, root: string, opts: ChannelOptions = {}): ChannelApi {
  const api = new Api(secrets.token, {apiRoot: root, timeoutSeconds: (opts.timeoutMs ?? DEFAULT_TIMEOUT_MS) / 1000});

  async function check(): Promise<CheckResult> {
    try {
      const me = await api.getMe();
      return {ok: true, handle: `@${me.username}`};
    } catch (e) {
      return hidden(checkFailure(e), secrets.token);
    }
  }

  return {
    kind: 'telegram',
    limits: {perSecond: 30, perChatMs: 1000},
    choicesPerScreen: 8,
    verify(req): Verified {
      const token = header(req.headers, 'x-telegram-bot-api-secret-token');
      if (token === undefined || !safeEqual(token, secrets.webhookSecret)) return {ok: false, reply: {status: 401, body: ''}};
      const reply = {status: 200, body: ''};
      try {
        return {ok: true, events: parseTelegram(JSON.parse(req.rawBody.toString('utf8'))), reply};
      } catch {
        // Acknowledged, or Telegram would retry the same bad body for a day.
        return {ok: true, events: [{type: 'ignored', id: '', reason: 'malformed'}], reply};
      }
    },
    async send(m) {
      // A button that cannot be drawn is the caller's bug: thrown, not a failed send.
      const reply_markup = markup(m);
      try {
        const sent = await api.sendMessage(m.chatId, m.text, reply_markup ? {reply_markup} : {});
        return {ok: true, externalId: String(sent.message_id)};
      } catch (e) {
        return hidden(sendFailure(e), secrets.token);
      }
    },
    async answerButton(callbackId, text) {
      try {
        await api.answerCallbackQuery(callbackId, text ? {text: text.slice(0, 200)} : {});
      } catch {
        // A stale query (older than a few minutes) cannot be answered; the spinner has stopped anyway.
      }
    },
    check,
    async download(ref) {
      try {
        const file = await api.getFile(ref);
        if (!file.file_path) return undefined;
        return await fetchBytes(`${root}/file/bot${secrets.token}/${file.file_path}`, {}, opts.timeoutMs ?? DEFAULT_TIMEOUT_MS);
      } catch {
        return undefined;
      }
    },
    async connectWebhook(url) {
      try {
        await api.setWebhook(url, {secret_token: secrets.webhookSecret, allowed_updates: ['message', 'callback_query'], max_connections: 40});
      } catch (e) {
        if (e instanceof GrammyError && e.error_code === 400 && /https|url|webhook/i.test(e.description)) {
          return {ok: false, reason: 'messaging.check.webhookUrl', detail: `${e.error_code} ${e.description}`};
        }
        return hidden(checkFailure(e), secrets.token);
      }
      return check();
    },
  };
}

type Markup =
  | {inline_keyboard: {text: string; callback_data: string}[][]}
  | {keyboard: {text: string; request_contact: true}[][]; one_time_keyboard: true; resize_keyboard: true};

function markup(m: OutboundMessage): Markup | undefined {
  if (m.askPhone) {
    return {keyboard: [[{text: m.askPhone, request_contact: true}]], one_time_keyboard: true, resize_keyboard: true};
  }
  if (!m.buttons?.length) return undefined;
  return {
    inline_keyboard: m.buttons.map((row) =>
      row.map((b) => {
        const bytes = encoder.encode(b.data).length;
        if (bytes < 1 || bytes > 64) throw new Error(`Telegram callback_data must be 1–64 bytes, got ${bytes}: ${b.data}`);
        return {text: b.label, callback_data: b.data};
      }),
    ),
  };
}

/** The bot's token appears in every Bot API address, and a network error quotes the address: never in a log or an answer. */
function hidden<R extends {ok: boolean}>(r: R, token: string): R {
  return 'detail' in r && typeof r.detail === 'string' && token ? {...r, detail: r.detail.split(token).join('<token>')} : r;
}

function sendFailure(e: unknown): SendResult {
  if (e instanceof GrammyError) {
    const detail = `${e.error_code} ${e.description}`;
    const code = e.error_code;
    if (code === 429) return {ok: false, reason: 'messaging.fail.rateLimited', detail, retryAfterMs: (e.parameters.retry_after ?? 1) * 1000};
    if (code === 403) return {ok: false, reason: 'messaging.fail.blocked', detail};
    if (code === 401 || code === 404) return {ok: false, reason: 'messaging.fail.badToken', detail};
    if (code === 400 && /chat not found/i.test(e.description)) return {ok: false, reason: 'messaging.fail.noChat', detail};
    if (code >= 500) return {ok: false, reason: 'messaging.fail.unavailable', detail, retryAfterMs: DOWN_RETRY_MS};
    return {ok: false, reason: 'messaging.fail.rejected', detail};
  }
  if (e instanceof HttpError) {
    const inner = e.error instanceof Error ? e.error.message : String(e.error);
    if (/timed out/.test(inner)) return {ok: false, reason: 'messaging.fail.timeout', detail: inner, maybeSent: true, retryAfterMs: DOWN_RETRY_MS};
    return {ok: false, reason: 'messaging.fail.unavailable', detail: `${e.message} ${inner}`, retryAfterMs: DOWN_RETRY_MS};
  }
  return {ok: false, reason: 'messaging.fail.rejected', detail: String(e)};
}

function checkFailure(e: unknown): CheckResult {
  if (e instanceof GrammyError) {
    const detail = `${e.error_code} ${e.description}`;
    if (e.error_code === 401 || e.error_code === 404) return {ok: false, reason: 'messaging.check.badToken', detail};
    if (e.error_code >= 500) return {ok: false, reason: 'messaging.check.unreachable', detail};
    return {ok: false, reason: 'messaging.check.failed', detail};
  }
  const inner = e instanceof HttpError && e.error instanceof Error ? ` ${e.error.message}` : '';
  return {ok: false, reason: 'messaging.check.unreachable', detail: `${(e as Error).message}${inner}`};
}
