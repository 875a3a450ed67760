// The platform owner's console (issue 18), the journey the issue asks for in
// one pass: a platform administrator signs in with a TOTP code; a business
// asks to connect through the public form; the admin approves it and the new
// owner joins from the emailed invitation; the admin suspends the company —
// the owner's open app stops syncing and shows the reason, the public site
// says "temporarily unavailable"; reinstated, all is back; a plan without
// booking takes the booking module away and refuses it on REST too. Then
// every console screen at 360 px, without sideways scrolling.
import type {Page} from '@playwright/test';
import {E2E_SMTP_PORT} from '../playwright.config.ts';
import {totpCode} from '#server/platform/admins/totp.ts';
import {startSmtp} from '#server/testing/smtp.ts';
import {expect, newDevice, test, uniqueEmail} from './fixtures.ts';
import {RequestsPage} from './page-models/requests-page.ts';

let smtp: Awaited<ReturnType<typeof startSmtp>>;
test.beforeAll(async () => {
  smtp = await startSmtp(E2E_SMTP_PORT);
});
test.afterAll(async () => {
  await smtp.close();
});
// CI time: one device kind runs the journey; the phone width is checked below at 360 px on its own.
test.beforeEach(() => {
  test.skip(test.info().project.name !== 'desktop', 'the console is checked once, on the desktop project, with its own 360 px pass');
});

const fitsScreen = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

/** The confirm form a console action opens in place: the reason (when asked) and the second click. */
async function confirmWith(page: Page, action: string, reason?: string): Promise<void> {
  await page.getByRole('button', {name: action, exact: true}).click();
  const form = page.locator('form.cn-confirm');
  if (reason !== undefined) await form.getByLabel('Причина').fill(reason);
  await form.getByRole('button', {name: action, exact: true}).click();
  await expect(form).toHaveCount(0);
}

test('the console: approve a connection, suspend and reinstate the company, take booking away by plan', async ({browser, baseURL, page, request}) => {
  test.setTimeout(90_000);
  // The administrator, made in test mode; the code is computed as an authenticator would.
  const adminEmail = uniqueEmail('platform');
  const made = await request.post('/__test/platform/admin', {data: {email: adminEmail, password: 'console-parol1'}});
  expect(made.status(), await made.text()).toBe(201);
  const {totpSecret} = (await made.json()) as {totpSecret: string};

  // Without the console's cookie, no console route answers.
  expect((await request.get('/api/v1/platform/companies')).status()).toBe(401);

  await page.goto('/console');
  await expect(page.getByRole('heading', {name: 'Вход в консоль'})).toBeVisible();
  await page.getByLabel('Email').fill(adminEmail);
  await page.getByLabel('Пароль').fill('console-parol1');
  const code = page.getByLabel('Код из приложения-аутентификатора');
  await expect(code).toHaveAttribute('inputmode', 'numeric');
  await expect(code).toHaveAttribute('autocomplete', 'one-time-code');
  // A wrong code: one message that does not say which part was wrong.
  await code.fill(String((Number(totpCode(totpSecret, Date.now())) + 1) % 1_000_000).padStart(6, '0'));
  await page.getByRole('button', {name: 'Войти'}).click();
  await expect(page.getByRole('alert')).toBeVisible();
  await code.fill(totpCode(totpSecret, Date.now()));
  await page.getByRole('button', {name: 'Войти'}).click();
  await expect(page.getByRole('heading', {name: 'Компании'})).toBeVisible();

  // A business asks to connect through the public form (server-rendered, no JS).
  const ownerEmail = uniqueEmail('connect');
  const business = `Салон Консоль ${Date.now() % 100_000}`;
  const visitor = await newDevice(browser, baseURL, page, {javaScriptEnabled: false});
  const form = await visitor.newPage();
  await form.goto('/connect');
  await form.getByLabel(/Название бизнеса/).fill(business);
  await form.getByLabel(/Ваше имя/).fill('Жанар Сапарова');
  await form.getByLabel(/Email/).fill(ownerEmail);
  await form.getByLabel(/Телефон/).fill('+7 701 555 12 34');
  await form.getByLabel(/Вид бизнеса/).selectOption({index: 1});
  await form.getByRole('button', {name: 'Отправить заявку'}).click();
  await expect(form.getByRole('heading', {level: 1})).toContainText('Спасибо');
  await visitor.close();

  // It is in the queue; approved, it becomes a company and its owner is invited.
  await page.getByRole('link', {name: 'Заявки на подключение'}).click();
  const card = page.getByTestId('connect-request').filter({hasText: business});
  await expect(card).toContainText(ownerEmail);
  await card.getByRole('button', {name: 'Одобрить', exact: true}).click();
  await card.locator('form.cn-confirm').getByRole('button', {name: 'Одобрить', exact: true}).click();
  await expect(card.getByRole('status')).toContainText('Компания создана');

  await expect.poll(() => smtp.mails.filter((m) => m.to.includes(ownerEmail)).length, {timeout: 20_000}).toBeGreaterThan(0);
  const invite = /https?:\/\/\S+\/invite\/[\w-]+/.exec(smtp.mails.find((m) => m.to.includes(ownerEmail))!.text)![0];

  // The new owner joins from the invitation and works in the app.
  const ownerContext = await newDevice(browser, baseURL, page);
  const app = await ownerContext.newPage();
  await app.goto(new URL(invite).pathname);
  await expect(app.getByRole('heading', {name: new RegExp(`Приглашение в компанию «${business}»`)})).toBeVisible();
  await app.getByLabel('Ваше имя').fill('Жанар Сапарова');
  await app.getByLabel('Email').fill(ownerEmail);
  await app.getByLabel('Пароль').fill('vladelec-parol1');
  await app.getByRole('button', {name: 'Присоединиться', exact: true}).click();
  const requests = new RequestsPage(app);
  await expect(app).toHaveURL(/\/requests/);
  await requests.waitOnline();
  const me = (await (await ownerContext.request.get('/api/v1/auth/me')).json()) as {member: {role: string}; company: {id: string; slug: string}};
  expect(me.member.role).toBe('owner');
  await requests.createManual({client: 'Клиентка до паузы', text: 'Маникюр в субботу — записано до приостановки'});
  await expect.poll(() => requests.waitingCount(), {timeout: 20_000}).toBe(0);
  expect((await ownerContext.request.get(`/c/${me.company.slug}`)).status()).toBe(200);

  // Suspended with a reason: the owner's open app stops syncing and shows it; the public site is unavailable.
  await page.getByRole('link', {name: 'Компании'}).click();
  await page.getByRole('link', {name: business}).click();
  await expect(page.getByRole('heading', {name: business})).toBeVisible();
  const reason = 'Жалобы клиентов на спам: свяжитесь с поддержкой';
  await confirmWith(page, 'Приостановить', reason);
  await expect(page.getByTestId('status-reason')).toContainText(reason);
  await expect(app.getByRole('alertdialog')).toContainText('Работа компании приостановлена', {timeout: 20_000});
  await expect(app.getByRole('alertdialog')).toContainText(reason);
  await expect(requests.connection).not.toHaveAttribute('data-state', 'connected');
  const site = await ownerContext.request.get(`/c/${me.company.slug}`);
  expect(site.status()).toBe(503);
  expect(await site.text()).toMatch(/временно недоступн/i);

  // Reinstated: the same open app is back, with the request typed before the pause.
  await confirmWith(page, 'Восстановить');
  // The app asks again by itself (every 30 s, online, visible); a tap makes it now — unless it already came back.
  await app
    .getByRole('button', {name: 'Проверить снова'})
    .click({timeout: 2000})
    .catch(() => {});
  await expect(app.getByText(reason)).toHaveCount(0);
  await requests.waitOnline();
  await expect(requests.row('Маникюр в субботу')).toBeVisible();
  expect((await ownerContext.request.get(`/c/${me.company.slug}`)).status()).toBe(200);
  // Both, with the reason, in the platform's audit log, in words.
  await page.goto(`/console/audit?companyId=${me.company.id}`);
  await expect(page.getByText('Компания приостановлена')).toBeVisible();
  await expect(page.getByText('Компания восстановлена')).toBeVisible();
  await expect(page.getByText(reason)).toBeVisible();

  // A plan without booking, made in the console and assigned to the company.
  const planKey = `no-booking-${Date.now() % 100_000}`;
  await page.getByRole('link', {name: 'Тарифы'}).click();
  await page.getByRole('button', {name: 'Новый тариф'}).click();
  await page.getByLabel('Код тарифа').fill(planKey);
  const names = page.getByRole('group', {name: 'Название'});
  await names.getByLabel('Русский').fill('Старт без записи');
  await names.getByLabel('Қазақша').fill('Жазылусыз старт');
  await names.getByLabel('English').fill('Start without booking');
  await page.getByLabel('Онлайн-запись').uncheck();
  await page.getByRole('button', {name: 'Сохранить'}).click();
  await expect(page.locator('.cn-card', {hasText: 'Старт без записи'})).toBeVisible();
  await page.goto(`/console/companies/${me.company.id}`);
  await page.getByLabel('Тариф', {exact: true}).selectOption(planKey);
  await page.getByRole('button', {name: 'Назначить'}).click();
  await expect(page.locator('.cn-figures').first()).toContainText('Старт без записи');

  // The owner's app no longer offers booking, and switching it on is refused with the plan's words — on REST too.
  await expect(app.locator('nav').getByRole('link', {name: 'Запись'})).toHaveCount(0, {timeout: 20_000});
  const refused = await ownerContext.request.patch('/api/v1/company/modules', {data: {modules: {booking: true}}});
  expect(refused.status()).toBeGreaterThanOrEqual(400);
  expect(refused.status()).toBeLessThan(500);
  expect(await refused.text()).toContain('не входит в тариф «Старт без записи»');
  await app.goto('/site/visibility');
  const booking = app.getByRole('checkbox', {name: /Онлайн-запись/});
  await expect(booking).toBeDisabled();
  await expect(booking).not.toBeChecked();
  await expect(app.getByText('Не входит в тариф «Старт без записи»')).toBeVisible();
  await ownerContext.close();
});

test('every console screen fits a 360 px phone, says when it has no network, and signs in again when its session ends', async ({page, request}) => {
  const email = uniqueEmail('platform');
  const made = await request.post('/__test/platform/admin', {data: {email, password: 'console-parol1'}});
  const {totpSecret} = (await made.json()) as {totpSecret: string};
  const login = await page.request.post('/api/v1/platform/auth/login', {data: {email, password: 'console-parol1', code: totpCode(totpSecret, Date.now())}});
  expect(login.status(), await login.text()).toBe(200);
  await page.setViewportSize({width: 360, height: 740});
  const companies = (await (await page.request.get('/api/v1/platform/companies?sort=activity')).json()) as {companies: {id: string}[]};
  const screens: [string, string][] = [
    ['companies', '/console/companies'],
    ['company', `/console/companies/${companies.companies[0]!.id}`],
    ['requests', '/console/requests'],
    ['users', '/console/users'],
    ['plans', '/console/plans'],
    ['content', '/console/content'],
    ['settings', '/console/settings'],
    ['audit', '/console/audit'],
  ];
  for (const [name, path] of screens) {
    await page.goto(path);
    await expect(page.locator('.cn-page h1').first()).toBeVisible();
    await expect(page.getByText('Загрузка…')).toHaveCount(0);
    expect(await fitsScreen(page), name).toBe(true);
    await page.screenshot({path: test.info().outputPath(`console-${name}-360.png`), fullPage: true});
  }
  // Online only: without the network a screen says so rather than fail silently.
  await page.context().setOffline(true);
  await page.getByRole('link', {name: 'Тарифы'}).click();
  await expect(page.getByRole('alert')).toContainText('Консоли нужна сеть');
  // A session that ends while a screen is open (here: signed out elsewhere) leads back to the sign-in.
  await page.context().setOffline(false);
  expect((await page.request.post('/api/v1/platform/auth/logout')).status()).toBe(204);
  await page.getByRole('link', {name: 'Журнал'}).click();
  await expect(page.getByRole('heading', {name: 'Вход в консоль'})).toBeVisible();
});
