// Messengers in the e2e journeys: a stand-in for Telegram's Bot API (the
// stack's bots send to it; it records every call and answers like Telegram),
// and a client writing to the platform's shared bot through its webhook.
import http from 'node:http';
import {expect, type APIRequestContext} from '@playwright/test';
import {E2E_SHARED_TELEGRAM} from '../../playwright.config.ts';

export type TelegramCall = {token: string; method: string; body: Record<string, unknown>};

/** POST /bot<token>/<method> with JSON or a form: recorded, answered {ok: true, result}. */
export async function startTelegramApi(port: number): Promise<{calls: TelegramCall[]; close: () => Promise<void>}> {
  const calls: TelegramCall[] = [];
  let messageId = 1000;
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const m = /^\/bot([^/]+)\/(\w+)/.exec(req.url ?? '');
      const raw = Buffer.concat(chunks).toString('utf8');
      let body: Record<string, unknown> = {};
      try {
        body = (req.headers['content-type'] ?? '').includes('json')
          ? (JSON.parse(raw || '{}') as Record<string, unknown>)
          : Object.fromEntries(new URLSearchParams(raw));
      } catch {
        body = {raw};
      }
      if (!m) {
        res.writeHead(404, {'Content-Type': 'application/json'}).end(JSON.stringify({ok: false, error_code: 404, description: 'Not Found'}));
        return;
      }
      const [, token, method] = m as unknown as [string, string, string];
      calls.push({token, method, body});
      const result =
        method === 'getMe'
          ? {id: Number(token.split(':')[0]) || 1, is_bot: true, first_name: 'dot', username: E2E_SHARED_TELEGRAM.username}
          : method === 'sendMessage' || method === 'sendPhoto' || method === 'sendDocument'
            ? {message_id: ++messageId, date: Math.floor(Date.now() / 1000), chat: {id: Number(body.chat_id), type: 'private'}, text: body.text}
            : true;
      res.writeHead(200, {'Content-Type': 'application/json'}).end(JSON.stringify({ok: true, result}));
    });
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {calls, close: () => new Promise<void>((resolve) => server.close(() => resolve()))};
}

let updateId = 5000;
let telegramMessageId = 1;

/** A client's message to the shared bot, as Telegram delivers it to the webhook. */
export async function telegramUpdate(api: APIRequestContext, from: {chatId: number; firstName: string}, text: string): Promise<void> {
  const user = {id: from.chatId, is_bot: false, first_name: from.firstName, language_code: 'ru'};
  const res = await api.post('/hooks/telegram/shared', {
    headers: {'X-Telegram-Bot-Api-Secret-Token': E2E_SHARED_TELEGRAM.secret},
    data: {
      update_id: ++updateId,
      message: {
        message_id: ++telegramMessageId,
        from: user,
        chat: {id: from.chatId, type: 'private', first_name: from.firstName},
        date: Math.floor(Date.now() / 1000),
        text,
      },
    },
  });
  expect(res.status(), await res.text()).toBeLessThan(300);
}

/** The shared bot's link for a master (GET /api/v1/messaging/links), and its /start payload. */
export async function telegramStartPayload(api: APIRequestContext, masterId: string): Promise<string> {
  const res = await api.get('/api/v1/messaging/links');
  expect(res.status(), await res.text()).toBe(200);
  const {masters} = (await res.json()) as {masters: {masterId: string; links: {telegram?: string}}[]};
  const link = masters.find((m) => m.masterId === masterId)?.links.telegram;
  expect(link, 'the master has a Telegram link').toBeTruthy();
  const url = new URL(link!);
  expect(url.pathname).toBe(`/${E2E_SHARED_TELEGRAM.username}`);
  return url.searchParams.get('start')!;
}

/** A client starts a conversation with a master through the shared bot, then writes. */
export async function clientWrites(api: APIRequestContext, masterId: string, from: {chatId: number; firstName: string}, text: string): Promise<void> {
  await telegramUpdate(api, from, `/start ${await telegramStartPayload(api, masterId)}`);
  await telegramUpdate(api, from, text);
}
