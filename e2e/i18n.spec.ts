// Every word on screen comes from the message catalogs: in Kazakh and English
// no Russian is left behind and no key is missing; the choice is remembered.
import type {Page} from '@playwright/test';
import {expect, signUp, test} from './fixtures.ts';

async function visibleText(page: Page): Promise<string> {
  return page.evaluate(() => document.body.innerText);
}

async function chooseLanguage(page: Page, name: string) {
  await page.goto('/settings');
  await page.getByRole('button', {name}).click();
}

test('the app speaks Kazakh and English completely, and remembers the choice', async ({page, context}) => {
  // Latin user data, so any Cyrillic on an English screen is ours.
  const session = await signUp(context, 'Green Leaf', {name: 'Dana Owner'});
  await context.request.post('/api/v1/requests', {data: {clientName: 'Dana', clientPhone: '+77011234567', text: 'Bouquet'}});
  const screens = ['/requests', '/requests/new', '/team', '/settings', '/catalog', '/catalog/items/new', '/catalog/categories', '/catalog/csv', '/site', '/site/visibility', '/site/qr', '/site/reviews', '/site/stats', '/notifications', '/more'];

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
