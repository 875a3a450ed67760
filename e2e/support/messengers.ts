// Messengers in the e2e journeys: the local Telegram Bot API the stack's
// shared bot sends to (it records every call and answers like Telegram), and
// a client writing to the platform's shared bot through its webhook.
import {expect, type APIRequestContext} from '@playwright/test';
import {startTelegramApi, type TelegramApi} from '#server/testing/messengers/telegram-api.ts';
import {E2E_SHARED_TELEGRAM, E2E_TELEGRAM_API_PORT} from '../../playwright.config.ts';

/** The local Telegram Bot API (sync-server/testing/messengers) as the shared bot, on the port the stack is told (playwright.config.ts). */
export function startSharedTelegram(): Promise<TelegramApi> {
  return startTelegramApi({port: E2E_TELEGRAM_API_PORT, token: E2E_SHARED_TELEGRAM.token, username: E2E_SHARED_TELEGRAM.username});
}

// Unique across the runs of one stack (the phone and desktop projects share it, and a repeated update_id is one update).
let updateId = Date.now();
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
