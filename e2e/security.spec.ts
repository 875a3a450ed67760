// What an attacker's first hour found, tried again in a real browser: a file
// that would run as a page of the app, and one packet that stopped sync.
import fs from 'node:fs';
import path from 'node:path';
import type {Page} from '@playwright/test';
import {E2E_DATA_DIR} from '../playwright.config.ts';
import {expect, newDevice, test} from './fixtures.ts';
import {RequestsPage} from './page-models/requests-page.ts';
import {upgradeThenBadFrame} from '#server/testing/raw-socket.ts';
import {totpCode} from '#server/platform/admins/totp.ts';

test.beforeEach(() => {
  test.skip(test.info().project.name !== 'desktop', 'the server’s answers do not depend on the screen');
});

test('an uploaded page, SVG or XHTML never runs in the app’s origin, even opened by its owner', async ({page, owner}) => {
  // Each file, if it ran, would make an API key with the viewer's session.
  const payload = `fetch('/api/v1/api-keys',{method:'POST',headers:{'content-type':'application/json'},body:JSON.stringify({label:'pwned'})});document.title='ran'`;
  const files = [
    ['report.html', 'text/html', `<!doctype html><title>x</title><script>${payload}</script>`],
    ['logo.svg', 'image/svg+xml', `<svg xmlns="http://www.w3.org/2000/svg" onload="${payload.replace(/"/g, '&quot;')}"><script>${payload}</script></svg>`],
    [
      'doc.xhtml',
      'application/xhtml+xml',
      `<html xmlns="http://www.w3.org/1999/xhtml"><head><title>x</title></head><body><script>${payload}</script></body></html>`,
    ],
  ] as const;
  for (const [name, mime, body] of files) {
    const id = crypto.randomUUID();
    const put = await page.request.put(`/api/v1/files/${id}`, {headers: {'content-type': mime, 'x-file-name': name}, data: Buffer.from(body)});
    expect(put.status()).toBe(201);
    // Opened from a link, as a colleague would: the browser downloads it.
    const download = page.waitForEvent('download', {timeout: 5000}).catch(() => null);
    await page.goto(`/api/v1/files/${id}`).catch(() => {});
    expect((await download)?.suggestedFilename(), `${name} opened in the browser instead of downloading`).toBe(name);
    await expect(page).not.toHaveTitle('ran');
  }
  // Shown inside an app page (an <img>, an <iframe>): still nothing runs.
  await page.goto('/requests');
  const ids: string[] = [];
  for (const [name, mime, body] of files) {
    const id = crypto.randomUUID();
    await page.request.put(`/api/v1/files/${id}`, {headers: {'content-type': mime, 'x-file-name': name}, data: Buffer.from(body)});
    ids.push(id);
  }
  await page.evaluate((list) => {
    for (const id of list) {
      const frame = document.createElement('iframe');
      frame.src = `/api/v1/files/${id}`;
      document.body.append(frame);
      const img = document.createElement('img');
      img.src = `/api/v1/files/${id}`;
      document.body.append(img);
    }
  }, ids);
  await page.waitForTimeout(1500);
  const keys = await page.request.get('/api/v1/api-keys');
  expect((await keys.json()).data).toEqual([]);
  expect(owner.member.role).toBe('owner');
});

test('one bad packet does not stop sync, and a zero-cache that dies anyway comes back; the device catches up without a reload', async ({
  page,
  owner,
  request,
  baseURL,
}) => {
  const app = new RequestsPage(page);
  await app.open();
  await app.waitOnline();
  const health = async () => (await (await request.get('/healthz')).json()) as {sync: {state: string; restarts: number}};
  const before = (await health()).sync.restarts;

  // The packet that used to stop sync for every company, sent as an outsider can: to the web port.
  expect(await upgradeThenBadFrame(Number(new URL(baseURL!).port), '/zero/anything')).toMatch(/^HTTP\/1\.1 404/);
  expect((await page.request.post('/api/v1/requests', {data: {clientPhone: '+77010001122', text: 'После пакета'}})).status()).toBe(201);
  await expect(app.row('После пакета')).toBeVisible({timeout: 10_000});
  expect((await health()).sync.restarts).toBe(before);

  // zero-cache dies anyway (killed outright): the supervisor brings it back.
  const pid = Number(fs.readFileSync(path.join(E2E_DATA_DIR, 'zero', 'zero-cache.pid'), 'utf8'));
  process.kill(pid, 'SIGKILL');
  await expect.poll(async () => (await health()).sync.restarts, {timeout: 15_000}).toBe(before + 1);

  // Typed while sync was down: kept on the device, sent when it is back.
  await app.createManual({client: 'Сауле', phone: '+77011112233', text: 'Пока синхронизация перезапускалась'});
  // Written elsewhere (REST, another device): reaches this device by itself.
  expect((await page.request.post('/api/v1/requests', {data: {clientPhone: '+77012223344', text: 'С другого устройства'}})).status()).toBe(201);
  await expect(app.row('С другого устройства')).toBeVisible({timeout: 45_000});
  await app.waitOnline();
  await expect
    .poll(async () => ((await (await page.request.get('/api/v1/requests')).json()).data as {text: string}[]).map((r) => r.text).sort(), {timeout: 20_000})
    .toEqual(['Пока синхронизация перезапускалась', 'После пакета', 'С другого устройства']);
  expect((await health()).sync.state).toBe('ready');
  expect(owner.member.role).toBe('owner');
});

/** Every Content-Security-Policy violation a page reports (the event and the console line), to fail the journey on. */
function watchPolicy(page: Page): string[] {
  const seen: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy|Refused to (load|execute|apply|connect|frame|evaluate)/i.test(m.text())) seen.push(m.text());
  });
  void page.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (e) => console.error(`Refused to load (CSP ${e.violatedDirective}): ${e.blockedURI}`)),
  );
  return seen;
}

test('the app and the public pages run under the policy; a person turns on the second factor, signs in with it and signs out everywhere else', async ({
  page,
  owner,
  browser,
  baseURL,
}) => {
  const violations = watchPolicy(page);
  // The public pages a visitor sees, server-rendered: no script at all, inline CSS only.
  for (const path of [`/c/${owner.company.slug}/request`, '/connect', '/c/no-such-company']) {
    const res = await page.goto(path);
    expect(res?.headers()['content-security-policy'], path).toContain("script-src 'self';");
  }
  await expect(page.getByRole('button', {name: 'Отправить'}).or(page.locator('main'))).toBeVisible();

  // The app: requests (sync running), then Settings → Security.
  await page.goto('/requests');
  await expect(page.getByRole('heading', {level: 1})).toBeVisible();
  // Settings on a 360 px phone screen: nothing wider than the screen (looked at in .tmp/security-*.png).
  await page.setViewportSize({width: 360, height: 780});
  const fits = async () => expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await page.goto('/settings');
  const section = page.locator('.security-section');
  await section.getByRole('button', {name: 'Включить'}).click();
  await expect(section.getByRole('img', {name: 'QR-код для приложения-аутентификатора'})).toBeVisible();
  await fits();
  await section.screenshot({path: '.tmp/security-setup-360.png'});
  const secret = (await section.locator('.sec-secret').innerText()).replace(/\s/g, '');
  await section.getByLabel('Код').fill('000000');
  await section.getByRole('button', {name: 'Подтвердить'}).click();
  await expect(section.getByText('Код не подошёл')).toBeVisible();
  await section.getByLabel('Код').fill(totpCode(secret, Date.now()));
  await section.getByRole('button', {name: 'Подтвердить'}).click();
  const codes = section.locator('.sec-codes li');
  await expect(codes).toHaveCount(10);
  const recovery = await codes.first().innerText();

  // A second device signs in with the password and a recovery code; it shows up in the list, then is signed out.
  const other = await newDevice(browser, baseURL, page);
  expect((await other.request.post('/api/v1/auth/login', {data: {email: owner.user.email, password: owner.password}})).status()).toBe(401);
  expect((await other.request.post('/api/v1/auth/login', {data: {email: owner.user.email, password: owner.password, code: recovery}})).status()).toBe(200);
  await section.getByRole('button', {name: 'Я сохранил коды'}).click();
  await page.reload();
  await expect(section.getByText('Включено. Осталось кодов восстановления: 9.')).toBeVisible();
  await expect(section.locator('.sec-sessions li')).toHaveCount(2);
  await expect(section.locator('.sec-sessions li', {hasText: 'Это устройство'})).toHaveCount(1);
  await fits();
  await section.screenshot({path: '.tmp/security-360.png'});
  await section.getByRole('button', {name: 'Выйти на всех других устройствах'}).click();
  await expect(section.getByText('Вход завершён на других устройствах: 1')).toBeVisible();
  await expect(section.locator('.sec-sessions li')).toHaveCount(1);
  expect((await other.request.get('/api/v1/auth/me')).status()).toBe(401);

  // Signing in on a fresh device through the form: after the password, the code.
  const fresh = await (await newDevice(browser, baseURL, page)).newPage();
  const freshViolations = watchPolicy(fresh);
  await fresh.goto('/login');
  await fresh.getByLabel('Email').fill(owner.user.email);
  await fresh.getByLabel('Пароль').fill(owner.password);
  await fresh.getByRole('button', {name: 'Войти'}).click();
  await expect(fresh.getByText('Введите код из приложения-аутентификатора.')).toBeVisible();
  await fresh.getByLabel('Код').fill(totpCode(secret, Date.now() + 30_000));
  await fresh.getByRole('button', {name: 'Войти'}).click();
  await expect(fresh).toHaveURL(/\/requests$/);
  await expect(fresh.getByRole('heading', {level: 1})).toBeVisible();

  expect(violations, 'policy violations in the app or the public pages').toEqual([]);
  expect(freshViolations, 'policy violations while signing in').toEqual([]);
  await other.close();
  await fresh.context().close();
});
