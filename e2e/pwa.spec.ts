// An installable PWA that, after one online visit, opens with the network off
// and shows the requests it synced.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {chromium} from '@playwright/test';
import {CHROMIUM_ARGS} from '../playwright.config.ts';
import {expect, test} from './fixtures.ts';
import {RequestsPage} from './page-models/requests-page.ts';
import {waitForReplicaOnDisk} from './support/replica.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

test('Chromium reports the app installable', async ({baseURL}) => {
  // Installability is judged for a real profile, not an incognito context.
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'dot-pwa-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
    baseURL,
  });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto('/login');
    await page.evaluate(() => navigator.serviceWorker.ready);
    const cdp = await context.newCDPSession(page);
    const {installabilityErrors} = await cdp.send('Page.getInstallabilityErrors');
    expect(installabilityErrors).toEqual([]);
    const manifest = await (await page.request.get('/manifest.webmanifest')).json();
    expect(manifest).toMatchObject({short_name: 'dot', display: 'standalone', start_url: '/'});
  } finally {
    await context.close();
    fs.rmSync(profile, {recursive: true, force: true});
  }
});

test('after one online visit the app opens offline with the synced requests', async ({page, context, owner}) => {
  await context.request.post('/api/v1/requests', {data: {clientName: 'Офлайн Клиент', clientPhone: '+77011234567', text: 'Видно без сети'}});
  const app = new RequestsPage(page);
  await app.open();
  await app.waitOnline();
  await expect(app.row('Видно без сети')).toBeVisible();
  await page.evaluate(() => navigator.serviceWorker.ready);
  await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
  await waitForReplicaOnDisk(page, 'Видно без сети');

  await context.setOffline(true);
  await page.reload();
  await expect(app.row('Видно без сети')).toBeVisible();
  await expect(app.connection).not.toHaveAttribute('data-state', 'connected');
  await app.openRequest('Видно без сети');
  await expect(app.card).toContainText('Офлайн Клиент');
  await expect(page.locator('.company-name')).toHaveText(owner.company.name);
  await context.setOffline(false);
});

test('the connection indicator says “offline” the moment the network drops, and “online” when it is back', async ({page, context, owner}) => {
  expect(owner.company.id).toMatch(UUID);
  const app = new RequestsPage(page);
  await app.open();
  await app.waitOnline();
  await context.setOffline(true);
  // Not after Zero's ping gives up (about 8 s): the browser knows at once.
  await expect(app.connection).toHaveAttribute('data-state', 'offline', {timeout: 2_000});
  await expect(app.connection).toHaveAttribute('title', 'Нет сети — всё сохраняется на устройстве');
  await context.setOffline(false);
  await expect(app.connection).toHaveAttribute('data-state', 'connected', {timeout: 30_000});
});
