// P11: offline writes are never lost. Real Chromium, real zero-cache, real
// PostgreSQL: work with the browser offline and zero-cache stopped, reload,
// come back, and check PostgreSQL holds each write exactly once.
import fs from 'node:fs';
import path from 'node:path';
import {addColleague, expect, logIn, newDevice, test} from './fixtures.ts';
import {RequestsPage} from './page-models/requests-page.ts';
import {offline, online, slowMutations, startSync, stopSync} from './support/network.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

test.describe.configure({mode: 'serial', timeout: 240_000});

// The write path is the same at every width: the phone runs every journey, the
// desktop (list and card side by side) only the day of offline work.
const phoneOnly = () => test.skip(test.info().project.name !== 'phone', 'the same journey as on the phone; the desktop runs the day of offline work');

test.afterEach(async ({request}) => {
  await slowMutations(request, 0);
  await startSync(request);
});

test('a day of offline work — requests, statuses, comments, a photo — lands exactly once after a reload', async ({
  page,
  context,
  owner,
  browser,
  baseURL,
  request,
}) => {
  const colleague = await addColleague(context);
  const otherContext = await newDevice(browser, baseURL, page);
  await logIn(otherContext, colleague.email, colleague.password);
  const other = new RequestsPage(await otherContext.newPage());
  const app = new RequestsPage(page);
  // Both devices start at once (each waits on its own sync connection).
  await other.open();
  await app.open();
  await other.waitOnline();
  await app.waitOnline();
  await page.evaluate(() => navigator.serviceWorker.ready);

  await stopSync(request);
  await offline(context);

  for (let i = 1; i <= 20; i++) {
    await app.createManual({client: `Клиент ${i}`, phone: `+7701000${String(i).padStart(4, '0')}`, text: `Офлайн-заявка ${i}`});
    await expect(app.card).toContainText(`Офлайн-заявка ${i}`);
  }
  for (let i = 1; i <= 10; i++) {
    await app.openRequest(`Офлайн-заявка ${i}`, true);
    await app.setStatus('В работе');
    await expect(app.status()).toHaveText('В работе');
    if (i <= 5) {
      await app.comment(`Комментарий ${i}`);
      await expect(app.card.locator('.comment-body')).toHaveText(`Комментарий ${i}`);
    }
  }
  await app.addPhoto({name: 'work.png', mimeType: 'image/png', buffer: fs.readFileSync(path.resolve('public/icons/icon-512.png'))});
  await expect(app.card.locator('.file.waiting img')).toBeVisible();
  const total = 20 + 10 + 5 + 1;
  await expect.poll(() => app.waitingCount()).toBe(total);
  await app.expectFitsScreen();

  // Reload while offline: all of it is still there, still waiting.
  await page.reload();
  await expect.poll(() => app.waitingCount()).toBe(total);
  await page.goto('/requests').catch(() => {});
  await app.showAll();
  await expect(app.list.locator('.request-row')).toHaveCount(20);
  await expect(app.list.locator('.request-row .waiting-badge')).toHaveCount(20);

  await online(context);
  await startSync(request);
  await expect.poll(() => app.waitingCount(), {timeout: 60_000}).toBe(0);
  expect(await app.attentionCount()).toBe(0);

  // PostgreSQL: each write exactly once.
  const list = (await (await context.request.get('/api/v1/requests?limit=500')).json()).data as {id: string; text: string; status: string}[];
  expect(list.map((r) => r.text).sort()).toEqual(Array.from({length: 20}, (_, i) => `Офлайн-заявка ${i + 1}`).sort());
  expect(list.filter((r) => r.status === 'in_progress')).toHaveLength(10);
  const count = async (url: string) => ((await (await context.request.get(url)).json()).data as unknown[]).length;
  const sum = async (what: string) => (await Promise.all(list.map((r) => count(`/api/v1/requests/${r.id}/${what}`)))).reduce((a, b) => a + b, 0);
  expect(await sum('comments')).toBe(5);
  expect(await sum('attachments')).toBe(1);

  // …and on the colleague's device.
  await other.showAll();
  await expect(other.list.locator('.request-row')).toHaveCount(20);
  expect(owner.company.id).toMatch(UUID);
  await otherContext.close();
});

test('a replay cut off in the middle still lands each write exactly once', async ({page, context, request, owner}) => {
  phoneOnly();
  expect(owner.member.role).toBe('owner');
  const app = new RequestsPage(page);
  await app.open();
  await app.waitOnline();
  await stopSync(request);
  await offline(context);
  for (let i = 1; i <= 30; i++) {
    await app.createManual({phone: '+77011234567', text: `Повтор ${i}`});
    await expect(app.card).toContainText(`Повтор ${i}`);
  }
  await expect.poll(() => app.waitingCount()).toBe(30);

  // Each write now takes a moment on the server, so the replay is under way when we cut it.
  await slowMutations(request, 150);
  await online(context);
  await startSync(request);
  const count = async () => ((await (await context.request.get('/api/v1/requests?limit=500')).json()).data as unknown[]).length;
  await expect.poll(count, {timeout: 60_000, intervals: [100]}).toBeGreaterThanOrEqual(3);
  await offline(context);
  await stopSync(request);
  const landedBeforeCut = await count();
  expect(landedBeforeCut).toBeLessThan(30);

  await slowMutations(request, 0);
  await online(context);
  await startSync(request);
  await expect.poll(() => app.waitingCount(), {timeout: 90_000}).toBe(0);
  const texts = ((await (await context.request.get('/api/v1/requests?limit=500')).json()).data as {text: string}[]).map((r) => r.text);
  expect(texts.sort()).toEqual(Array.from({length: 30}, (_, i) => `Повтор ${i + 1}`).sort());
});

test('two devices change one request offline: the second sees the conflict with both values, and the history keeps both', async ({
  page,
  context,
  browser,
  baseURL,
  request,
  owner,
}) => {
  phoneOnly();
  expect(owner.member.role).toBe('owner');
  const colleague = await addColleague(context);
  const bContext = await newDevice(browser, baseURL, page);
  await logIn(bContext, colleague.email, colleague.password);
  const a = new RequestsPage(page);
  const b = new RequestsPage(await bContext.newPage());
  await a.open();
  await b.open();
  await a.waitOnline();
  await b.waitOnline();
  await a.createManual({client: 'Спорная', phone: '+77011234567', text: 'Спорная заявка'});
  await b.openRequest('Спорная заявка');

  await stopSync(request);
  await offline(context, bContext);
  await a.setStatus('Отменена');
  await expect(a.status()).toHaveText('Отменена');
  await b.setStatus('В работе');
  await expect(b.status()).toHaveText('В работе');

  // A is back first; its cancellation lands.
  await online(context);
  await startSync(request);
  await expect.poll(() => a.waitingCount(), {timeout: 60_000}).toBe(0);
  // Then B: its move was made on a state that no longer exists.
  await online(bContext);
  await expect.poll(() => b.attentionCount(), {timeout: 60_000}).toBe(1);
  await expect(b.status()).toHaveText('Отменена');
  await expect(b.history()).toContainText('статус «Новая» → «Отменена»');
  await expect(b.history()).toContainText('Мастер Асель: изменение не принято');

  await b.outbox.click();
  const item = b.page.locator('.op.attention');
  await expect(item).toContainText('Смена статуса заявки');
  await expect(item).toContainText('Новая → В работе');
  await expect(item).toContainText('сейчас «Отменена», вы хотели «В работе»');
  b.page.once('dialog', (d) => void d.accept());
  await item.getByRole('button', {name: 'Отменить моё изменение'}).click();
  await expect(b.page.getByText('Все изменения отправлены.')).toBeVisible();
  await bContext.close();
});

test('two tabs of one device share the outbox and send nothing twice', async ({context, page, request, owner}) => {
  phoneOnly();
  expect(owner.member.role).toBe('owner');
  const first = new RequestsPage(page);
  const second = new RequestsPage(await context.newPage());
  await first.open();
  await second.open();
  await first.waitOnline();
  await second.waitOnline();
  await stopSync(request);
  await offline(context);
  for (let i = 1; i <= 5; i++) {
    await first.createManual({phone: '+77011234567', text: `Вкладка 1 — ${i}`});
    await expect(first.card).toContainText(`Вкладка 1 — ${i}`);
    await second.createManual({phone: '+77011234567', text: `Вкладка 2 — ${i}`});
    await expect(second.card).toContainText(`Вкладка 2 — ${i}`);
  }
  await second.page.close();
  await online(context);
  await startSync(request);
  await expect.poll(() => first.waitingCount(), {timeout: 60_000}).toBe(0);
  const texts = ((await (await context.request.get('/api/v1/requests?limit=500')).json()).data as {text: string}[]).map((r) => r.text);
  expect(texts).toHaveLength(10);
  expect(new Set(texts).size).toBe(10);
});
