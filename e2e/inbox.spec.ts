// The inbox on a master's phone (issue 14): a client writes to the platform's
// shared Telegram bot, the message appears in the inbox; the master answers
// with no network — the reply waits "в очереди" in the outbox — and once the
// phone is back it is sent exactly once to that chat and marked "отправлено".
import {E2E_SHARED_TELEGRAM} from '../playwright.config.ts';
import {expect, test} from './fixtures.ts';
import {RequestsPage} from './page-models/requests-page.ts';
import {clientWrites, startSharedTelegram} from './support/messengers.ts';
import {offline, online, startSync, stopSync} from './support/network.ts';

test.describe.configure({mode: 'serial', timeout: 180_000});

let telegram: Awaited<ReturnType<typeof startSharedTelegram>>;
test.beforeAll(async () => {
  telegram = await startSharedTelegram();
});
test.afterAll(async () => {
  await telegram.close();
});
test.afterEach(async ({request}) => {
  await startSync(request);
});

const CHAT = 777_001;
const CLIENT = 'Айгерим';

test('a client writes to the shared bot; the master answers offline and the reply is sent once, when back online', async ({page, context, owner, request}) => {
  test.skip(test.info().project.name !== 'phone', 'the inbox on a phone; the desktop layout is the same components');
  const api = context.request;
  expect((await api.put('/api/v1/booking/masters/m-inbox', {data: {memberId: owner.member.id, masterSlug: 'aliya', displayName: 'Алия'}})).status()).toBe(200);
  await clientWrites(api, 'm-inbox', {chatId: CHAT, firstName: CLIENT}, 'Здравствуйте! Можно записаться на субботу?');

  const shell = new RequestsPage(page);
  await page.goto('/inbox');
  await shell.waitOnline();
  // Named by the client's Telegram name (the bot may have answered since: the preview is its words then).
  const row = page.locator('.conversation-row', {hasText: CLIENT});
  await expect(row).toBeVisible({timeout: 30_000});
  await expect(row.locator('.channel-mark')).toHaveText('Telegram');
  await expect(page.getByTestId('inbox-unread')).toBeVisible();
  await page.screenshot({path: '.tmp/inbox-list.png'});
  await row.click();
  await expect(page).toHaveURL(/\/inbox\/[^/]+$/);
  const chat = page.locator('.conversation');
  await expect(chat.locator('.bubble.in', {hasText: 'Можно записаться на субботу'})).toBeVisible();
  // Opened: read.
  await expect(page.getByTestId('inbox-unread')).toHaveCount(0, {timeout: 15_000});
  await page.evaluate(() => navigator.serviceWorker.ready);

  await stopSync(request);
  await offline(context);
  const reply = 'Да, в субботу в 11:00 свободно. Записать вас?';
  const box = chat.locator('.reply-box textarea');
  await box.fill(reply);
  await chat.getByRole('button', {name: 'Отправить'}).click();
  await expect(box).toHaveValue('');
  const sent = chat.locator('.bubble.out', {hasText: reply});
  await expect(sent.getByTestId('message-status')).toContainText('в очереди');
  await expect.poll(() => shell.waitingCount()).toBe(1);
  await page.screenshot({path: '.tmp/inbox.png'});

  await online(context);
  await startSync(request);
  await expect(sent.getByTestId('message-status')).toContainText('отправлено', {timeout: 60_000});
  await expect.poll(() => shell.waitingCount(), {timeout: 30_000}).toBe(0);

  // Exactly once, to that chat (a replay of the offline write is never a second message).
  await page.waitForTimeout(1500);
  expect(telegram.sent.filter((s) => s.text === reply).map((s) => s.chatId)).toEqual([String(CHAT)]);
  await page.screenshot({path: '.tmp/inbox-sent.png'});
});

test('channels: the links for clients work with nothing connected; a wrong bot token is said in plain words', async ({page, context, owner}) => {
  test.skip(test.info().project.name !== 'phone', 'one device kind is enough');
  const api = context.request;
  expect((await api.put('/api/v1/booking/masters/m-links', {data: {memberId: owner.member.id, masterSlug: 'dana', displayName: 'Дана'}})).status()).toBe(200);
  await page.goto('/inbox');
  await page.getByRole('link', {name: 'Каналы'}).click();
  await expect(page.getByRole('heading', {name: 'Каналы сообщений'})).toBeVisible();
  const links = page.locator('.client-links li[data-master-id="m-links"]');
  await expect(links.locator('[data-kind="telegram"] .link-url')).toContainText(`https://t.me/${E2E_SHARED_TELEGRAM.username}?start=`);
  await expect(links.getByRole('button', {name: 'Скопировать'}).first()).toBeVisible();

  const card = page.locator('.channel-card[data-kind="telegram"]');
  // A malformed token: refused before Telegram is asked, the words under the field.
  await card.getByLabel('Токен бота').fill('123:not-a-token');
  await card.getByRole('button', {name: 'Подключить'}).click();
  await expect(card.locator('.field-error')).toContainText('@BotFather');
  // A well-formed one Telegram does not know: the check's reason in plain words.
  await card.getByLabel('Токен бота').fill('123456789:AAE-not-the-real-token-at-all');
  await card.getByRole('button', {name: 'Подключить'}).click();
  await expect(card.locator('[role="status"]')).toContainText('Токен не подходит');
  await expect(card).toHaveAttribute('data-state', 'error');
  await expect(card.getByLabel('Токен бота')).toHaveValue('');
  await page.screenshot({path: '.tmp/inbox-channels.png', fullPage: true});
});
