// Every word on screen comes from the message catalogs: in Kazakh and English
// no Russian is left behind and no key is missing; the choice is remembered.
import type {Page} from '@playwright/test';
import {addColleague, expect, signUp, test} from './fixtures.ts';
import {offline, online, startSync, stopSync} from './support/network.ts';

async function visibleText(page: Page): Promise<string> {
  return page.evaluate(() => document.body.innerText);
}

const LANG: Record<string, string> = {Русский: 'ru', Қазақша: 'kk', English: 'en'};

/** Switches the app's language and waits until the screen speaks it (its words arrive as a chunk). */
async function chooseLanguage(page: Page, name: string) {
  await page.goto('/settings');
  await page.getByRole('button', {name}).click();
  await expect(page.locator('html')).toHaveAttribute('lang', LANG[name]!);
}

test('the app speaks Kazakh and English completely, and remembers the choice', async ({page, context}) => {
  // Latin user data, so any Cyrillic on an English screen is ours.
  const session = await signUp(context, 'Green Leaf', {name: 'Dana Owner'});
  await context.request.post('/api/v1/requests', {data: {clientName: 'Dana', clientPhone: '+77011234567', text: 'Bouquet'}});
  const screens = [
    '/requests',
    '/requests/new',
    '/team',
    '/settings',
    '/catalog',
    '/catalog/items/new',
    '/catalog/categories',
    '/catalog/csv',
    '/site',
    '/site/visibility',
    '/site/qr',
    '/site/reviews',
    '/site/stats',
    '/notifications',
    '/more',
  ];

  await chooseLanguage(page, 'Қазақша');
  await expect(page.getByRole('link', {name: 'Өтінімдер', exact: true})).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', {name: 'Баптаулар'})).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'kk');
  for (const path of screens) {
    await page.goto(path);
    await page.waitForTimeout(300);
    expect(await visibleText(page)).not.toContain('⟦');
  }

  await chooseLanguage(page, 'English');
  for (const path of screens) {
    await page.goto(path);
    await expect(page.locator('main')).not.toBeEmpty();
    await page.waitForTimeout(300);
    const text = (await visibleText(page)).replace(/Қазақша|Русский/g, '');
    expect(text, `Cyrillic left on ${path}`).not.toMatch(/[\u0400-\u04FF]/);
    expect(text).not.toContain('⟦');
  }
  await page.goto('/requests');
  await page.getByRole('button', {name: /^All/}).click();
  await page.locator('.request-row', {hasText: 'Bouquet'}).click();
  await expect(page.locator('article.request-card')).toContainText('Request #1');
  const card = await page.locator('article.request-card').innerText();
  expect(card).not.toMatch(/[\u0400-\u04FF]/);
  expect(session.company.name).toBe('Green Leaf');
});

test('public pages follow the visitor’s language and switch on request', async ({page, owner}) => {
  await page.goto(`/c/${owner.company.slug}/request?lang=kk`);
  await expect(page.getByRole('heading', {name: 'Өтінім қалдыру'})).toBeVisible();
  await page.getByRole('link', {name: 'English'}).click();
  await expect(page.getByRole('heading', {name: 'Send a request'})).toBeVisible();
  await page.goto(`/c/${owner.company.slug}/request`);
  await expect(page.getByRole('heading', {name: 'Send a request'})).toBeVisible();
});

test('Kazakh screens: Kazakhstan formats without Kazakh data in the browser, notices and waiting writes in Kazakh', async ({
  page,
  context,
  playwright,
  baseURL,
  request,
}) => {
  test.setTimeout(180_000);
  // This Chromium has no Kazakh data in Intl: left to it, Kazakh would read "₸ 1,234,567" and "M12 6".
  expect(await page.evaluate(() => new Intl.DateTimeFormat('kk-KZ', {month: 'long', day: 'numeric'}).format(Date.UTC(2025, 11, 6, 12)))).not.toContain(
    'желтоқсан',
  );
  const session = await signUp(context, 'Green Leaf', {name: 'Dana Owner'});
  expect((await context.request.post('/api/v1/catalog/items', {data: {title: 'Rose bouquet', priceKind: 'fixed', price: 123_456_700}})).status()).toBe(201);
  // A colleague gives the owner a request; the notice is stored while the owner reads Russian.
  const colleague = await addColleague(context, 'admin');
  const api = await playwright.request.newContext({baseURL});
  expect((await api.post('/api/v1/auth/login', {data: colleague})).status()).toBe(200);
  const created = await api.post('/api/v1/requests', {
    data: {clientName: 'Saule', clientPhone: '+77011234567', text: 'Bouquet', responsibleId: session.member.id},
  });
  expect(created.status()).toBe(201);
  const requestId = ((await created.json()) as {id: string}).id;
  await api.dispose();
  await expect
    .poll(
      async () =>
        ((await (await context.request.get('/api/v1/notifications')).json()) as {data: {kind: string; title: string}[]}).data.find(
          (n) => n.kind === 'request.assigned',
        )?.title,
      {timeout: 30_000},
    )
    .toBe('Вам назначена заявка №1 «Bouquet»');

  await chooseLanguage(page, 'Қазақша');
  await page.goto('/notifications');
  const notice = page.locator('.notification').first();
  await expect(notice).toContainText('Сізге №1 «Bouquet» өтінімі тағайындалды');
  await expect(notice.locator('time')).toHaveText(/^\d\d\.\d\d, \d\d:\d\d$/);

  await page.goto('/catalog');
  await expect(page.locator('.catalog-row-main', {hasText: 'Rose bouquet'})).toContainText(/1\s234\s567\s₸/);
  await page.goto(`/requests/${requestId}`);
  const card = page.locator('article.request-card');
  await expect(card).toContainText(/\d{1,2} (қаңтар|ақпан|наурыз|сәуір|мамыр|маусым|шілде|тамыз|қыркүйек|қазан|қараша|желтоқсан), \d\d:\d\d/);
  expect(await card.innerText()).not.toMatch(/\bM\d{1,2}\b/);

  // Roles a ready template added read in Kazakh on the Team page too.
  expect((await context.request.post('/api/v1/request-types/templates/back_office')).status()).toBeLessThan(300);
  await page.goto('/team');
  await expect(page.locator('main').getByRole('option', {name: 'Басшы'}).first()).toBeAttached({timeout: 15_000});
  expect(await page.locator('main').innerText()).not.toContain('Руководитель');
  await page.goto(`/requests/${requestId}`);

  // A write made offline waits in words, never as "request.watch".
  await expect(page.locator('.conn')).toHaveAttribute('data-state', 'connected', {timeout: 30_000});
  await stopSync(request);
  await offline(context);
  try {
    await card.getByRole('button', {name: 'Бақылау', exact: true}).click();
    await page.locator('.outbox-chip').click();
    const waiting = page.locator('.op.waiting');
    await expect(waiting).toContainText('Өтінімді бақылау');
    expect(await page.locator('main').innerText()).not.toMatch(/request\.\w+/);
  } finally {
    await online(context);
    await startSync(request);
  }
  await expect(page.getByText('Барлық өзгерістер жіберілді.')).toBeVisible({timeout: 60_000});
});
