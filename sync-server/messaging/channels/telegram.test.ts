import {afterAll, beforeAll, beforeEach, describe, expect, it} from 'vitest';
import {startTelegramApi, telegramButton, telegramText, telegramUpdate, type TelegramApi} from '#server/testing/messengers/index.ts';
import {telegramChannel} from './telegram.ts';

const secrets = {token: '123:TEST', webhookSecret: 'hook_Secret-1'};
let api: TelegramApi;
let bot: ReturnType<typeof telegramChannel>;

beforeAll(async () => {
  api = await startTelegramApi({token: secrets.token, username: 'salon_bot'});
  bot = telegramChannel(secrets, api.url, {timeoutMs: 300});
});
afterAll(() => api.close());
beforeEach(() => {
  api.requests.length = 0;
});

describe('telegramChannel.verify', () => {
  it('accepts the secret token and parses the update', () => {
    const v = bot.verify(telegramUpdate(telegramText({updateId: 5, userId: 42, text: 'Привет'}), secrets.webhookSecret));
    expect(v).toMatchObject({ok: true, reply: {status: 200, body: ''}, events: [{type: 'message', id: '5', text: 'Привет', from: {chatId: '42'}}]});
  });

  it('refuses a wrong or missing token', () => {
    const req = telegramUpdate(telegramText({updateId: 5, userId: 42, text: 'x'}), 'wrong');
    expect(bot.verify(req)).toEqual({ok: false, reply: {status: 401, body: ''}});
    expect(bot.verify({...req, headers: {}})).toEqual({ok: false, reply: {status: 401, body: ''}});
  });

  it('acknowledges a body it cannot read', () => {
    const req = {...telegramUpdate({}, secrets.webhookSecret), rawBody: Buffer.from('{not json')};
    expect(bot.verify(req)).toEqual({ok: true, events: [{type: 'ignored', id: '', reason: 'malformed'}], reply: {status: 200, body: ''}});
  });
});

describe('telegramChannel.send', () => {
  it('sends text with an inline keyboard', async () => {
    const r = await bot.send({
      key: 'k1',
      chatId: '42',
      text: 'Когда удобно?',
      buttons: [[{label: '15:00', data: 's:1'}], [{label: 'Другое', data: 's:other'}]],
    });
    expect(r).toEqual({ok: true, externalId: String(api.sent.at(-1)!.messageId)});
    expect(api.calls('sendMessage')[0]!.body).toEqual({
      chat_id: '42',
      text: 'Когда удобно?',
      reply_markup: {inline_keyboard: [[{text: '15:00', callback_data: 's:1'}], [{text: 'Другое', callback_data: 's:other'}]]},
    });
  });

  it('asks for the phone with a one-time contact keyboard', async () => {
    await bot.send({key: 'k2', chatId: '42', text: 'Нужен номер', askPhone: 'Поделиться номером'});
    expect(api.calls('sendMessage')[0]!.body.reply_markup).toEqual({
      keyboard: [[{text: 'Поделиться номером', request_contact: true}]],
      one_time_keyboard: true,
      resize_keyboard: true,
    });
  });

  it('throws on callback data over 64 bytes', async () => {
    await expect(bot.send({key: 'k3', chatId: '42', text: 'x', buttons: [[{label: 'a', data: 'я'.repeat(33)}]]})).rejects.toThrow(/64 bytes/);
    expect(api.requests).toEqual([]);
  });

  it('maps Telegram’s errors', async () => {
    const m = {key: 'k4', chatId: '42', text: 'x'};
    api.failNext(1, {status: 429, retryAfter: 7});
    expect(await bot.send(m)).toMatchObject({ok: false, reason: 'messaging.fail.rateLimited', retryAfterMs: 7000});
    api.failNext(1, {status: 403});
    expect(await bot.send(m)).toEqual({ok: false, reason: 'messaging.fail.blocked', detail: '403 Forbidden: bot was blocked by the user'});
    api.failNext(1, {status: 400});
    expect(await bot.send(m)).toMatchObject({reason: 'messaging.fail.noChat'});
    api.failNext(1, {status: 401});
    expect(await bot.send(m)).toMatchObject({reason: 'messaging.fail.badToken'});
    api.failNext(1, {status: 502});
    expect(await bot.send(m)).toMatchObject({reason: 'messaging.fail.unavailable', retryAfterMs: 5000});
    api.failNext(1, {status: 400, description: 'Bad Request: message is too long'});
    expect(await bot.send(m)).toMatchObject({reason: 'messaging.fail.rejected', detail: '400 Bad Request: message is too long'});
  });

  it('calls a timeout maybe sent, and an unreachable API plainly down', async () => {
    api.failNext(1, 'hang');
    expect(await bot.send({key: 'k5', chatId: '42', text: 'x'})).toMatchObject({ok: false, reason: 'messaging.fail.timeout', maybeSent: true});
    const down = telegramChannel(secrets, 'http://127.0.0.1:1', {timeoutMs: 300});
    const r = await down.send({key: 'k5', chatId: '42', text: 'x'});
    expect(r).toMatchObject({ok: false, reason: 'messaging.fail.unavailable', retryAfterMs: 5000});
    expect(r).not.toHaveProperty('maybeSent');
    // The address of a failed call holds the token; what we keep and log must not.
    const checked = await down.check();
    expect(JSON.stringify([r, checked])).not.toContain(secrets.token);
  });

  it('answers 429 above a chat’s rate when the fake enforces it', async () => {
    const strict = await startTelegramApi({token: secrets.token, rateLimit: {perChatMs: 1000}});
    const b = telegramChannel(secrets, strict.url);
    expect(await b.send({key: 'a', chatId: '1', text: 'a'})).toMatchObject({ok: true});
    expect(await b.send({key: 'b', chatId: '1', text: 'b'})).toMatchObject({ok: false, retryAfterMs: 1000});
    expect(await b.send({key: 'c', chatId: '2', text: 'c'})).toMatchObject({ok: true});
    expect(strict.duplicates()).toBe(0);
    await strict.close();
  });
});

describe('telegramChannel buttons, check and webhook', () => {
  it('answers a button and swallows a stale query', async () => {
    const v = bot.verify(telegramUpdate(telegramButton({updateId: 6, userId: 42, data: 'bk:1', callbackId: 'q1'}), secrets.webhookSecret));
    expect(v).toMatchObject({ok: true, events: [{type: 'button', data: 'bk:1', callbackId: 'q1'}]});
    await bot.answerButton('q1', 'Готово');
    expect(api.calls('answerCallbackQuery')[0]!.body).toEqual({callback_query_id: 'q1', text: 'Готово'});
    api.failNext(1, {status: 400, description: 'Bad Request: query is too old'});
    await expect(bot.answerButton('q2')).resolves.toBeUndefined();
  });

  it('checks the token', async () => {
    expect(await bot.check()).toEqual({ok: true, handle: '@salon_bot'});
    expect(await telegramChannel({...secrets, token: '9:BAD'}, api.url).check()).toMatchObject({ok: false, reason: 'messaging.check.badToken'});
    expect(await telegramChannel(secrets, 'http://127.0.0.1:1').check()).toMatchObject({ok: false, reason: 'messaging.check.unreachable'});
  });

  it('sets the webhook with our secret, or says the address is wrong', async () => {
    expect(await bot.connectWebhook('https://dot.example.kz/hooks/telegram/abc')).toEqual({ok: true, handle: '@salon_bot'});
    expect(api.webhook).toEqual({
      url: 'https://dot.example.kz/hooks/telegram/abc',
      secret_token: secrets.webhookSecret,
      allowed_updates: ['message', 'callback_query'],
      max_connections: 40,
    });
    expect(await bot.connectWebhook('http://localhost/x')).toMatchObject({ok: false, reason: 'messaging.check.webhookUrl'});
  });
});
