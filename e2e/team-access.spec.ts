// A departing colleague loses access at once, and a forgotten password is not
// the end (issue 11, item 6): the owner switches a colleague off on the Team
// page and the colleague's open app is signed out; someone resets their
// password from an emailed link (a local SMTP server) and signs in with the
// new one; and when email cannot reach them, the owner sets a temporary
// password and the colleague chooses their own at the next sign-in.
import type {Page} from '@playwright/test';
import {E2E_SMTP_PORT} from '../playwright.config.ts';
import {startSmtp} from '#server/testing/smtp.ts';
import {addColleague, expect, logIn, newDevice, test, uniqueEmail} from './fixtures.ts';
import {RequestsPage} from './page-models/requests-page.ts';
import {TeamPage} from './page-models/team-page.ts';

test.describe.configure({mode: 'serial'});

let smtp: Awaited<ReturnType<typeof startSmtp>>;
test.beforeAll(async () => {
  smtp = await startSmtp(E2E_SMTP_PORT);
});
test.afterAll(async () => {
  await smtp.close();
});

const fitsScreen = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
const shoot = (page: Page, name: string) => page.screenshot({path: test.info().outputPath(`${name}-${test.info().project.name}.png`), fullPage: true});

test('the owner switches a colleague off on the Team page, and the colleague’s open app is signed out', async ({page, owner, browser, baseURL}) => {
  const colleague = await addColleague(page.context());
  expect(owner.member.role).toBe('owner');
  const herContext = await newDevice(browser, baseURL, page);
  await logIn(herContext, colleague.email, colleague.password);
  const her = new RequestsPage(await herContext.newPage());
  await her.open();
  await her.waitOnline();

  const team = new TeamPage(page);
  await team.open();
  // Not for yourself, nor the last owner.
  await expect(team.member('(вы)').getByRole('button', {name: 'Отключить'})).toHaveCount(0);
  await team.switchOff('Мастер Асель');

  // Her app, open all along, is signed out in place: sync refused, the API too.
  await expect(her.page.getByText('Сессия истекла — войдите снова')).toBeVisible({timeout: 20_000});
  await expect(her.connection).not.toHaveAttribute('data-state', 'connected');
  expect((await herContext.request.get('/api/v1/auth/me')).status()).toBe(401);
  // Switched off, her password opens nothing.
  expect((await herContext.request.post('/api/v1/auth/login', {data: {email: colleague.email, password: colleague.password}})).status()).toBe(401);

  // The owner sees her switched off, and can switch her on again.
  await page.setViewportSize({width: 360, height: 740});
  expect(await fitsScreen(page)).toBe(true);
  await shoot(page, 'team-switched-off');
  await team.member('Мастер Асель').getByRole('button', {name: 'Включить'}).click();
  await expect(team.member('Мастер Асель')).not.toContainText('отключён');
  await expect
    .poll(async () => (await herContext.request.post('/api/v1/auth/login', {data: {email: colleague.email, password: colleague.password}})).status(), {
      timeout: 15_000,
    })
    .toBe(200);
  await herContext.close();
});

test('someone who forgot the password resets it from the emailed link and signs in with the new one', async ({page, browser, baseURL}) => {
  const email = uniqueEmail('forgot');
  const context = await newDevice(browser, baseURL, page);
  const signup = await context.request.post('/api/v1/auth/signup', {data: {companyName: 'Студия Забывчивых', name: 'Дана', email, password: 'staryi-parol1'}});
  expect(signup.status()).toBe(201);
  const oldDevice = await newDevice(browser, baseURL, page);
  expect((await oldDevice.request.post('/api/v1/auth/login', {data: {email, password: 'staryi-parol1'}})).status()).toBe(200);
  await context.clearCookies();

  const app = await context.newPage();
  await app.setViewportSize({width: 360, height: 740});
  await app.goto('/login');
  await app.getByRole('link', {name: 'Забыли пароль?'}).click();
  await expect(app.getByRole('heading', {name: 'Восстановление пароля'})).toBeVisible();
  await app.getByLabel('Email').fill(email);
  await app.getByRole('button', {name: 'Прислать ссылку'}).click();
  await expect(app.getByRole('status')).toContainText('Если в dot есть аккаунт с этим email');
  expect(await fitsScreen(app)).toBe(true);

  await expect.poll(() => smtp.mails.filter((m) => m.to.includes(email)).length, {timeout: 20_000}).toBe(1);
  const mail = smtp.mails.find((m) => m.to.includes(email))!;
  const link = /https?:\/\/\S+\/reset-password\/[\w-]+/.exec(mail.text)![0];
  await app.goto(new URL(link).pathname);
  await expect(app.getByRole('heading', {name: 'Новый пароль'})).toBeVisible();
  await expect(app.getByText(`Для входа как ${email}`)).toBeVisible();
  expect(await fitsScreen(app)).toBe(true);
  await shoot(app, 'reset-password');
  await app.getByLabel('Новый пароль').fill('короткий');
  await app.getByRole('button', {name: 'Сохранить пароль'}).click();
  await expect(app.getByText('Не меньше 8 символов, буквы и цифры').first()).toBeVisible();
  await app.getByLabel('Новый пароль').fill('novyi-parol2');
  await app.getByRole('button', {name: 'Сохранить пароль'}).click();
  await expect(app).toHaveURL(/\/requests/);
  await expect(app.getByText('Студия Забывчивых').first()).toBeVisible();

  // Every other session ended; the link works once; the new password signs in, the old one does not.
  expect((await oldDevice.request.get('/api/v1/auth/me')).status()).toBe(401);
  const again = await newDevice(browser, baseURL, page);
  const used = await again.newPage();
  await used.goto(new URL(link).pathname);
  await expect(used.getByRole('alert')).toContainText('Ссылка недействительна');
  expect((await again.request.post('/api/v1/auth/login', {data: {email, password: 'staryi-parol1'}})).status()).toBe(401);
  await used.goto('/login');
  await used.getByLabel('Email').fill(email);
  await used.getByLabel('Пароль').fill('novyi-parol2');
  await used.getByRole('button', {name: 'Войти'}).click();
  await expect(used).toHaveURL(/\/requests/);
  await Promise.all([context.close(), oldDevice.close(), again.close()]);
});

test('without email, the owner sets a temporary password and the colleague chooses their own at sign-in', async ({page, owner, browser, baseURL}) => {
  expect(owner.member.role).toBe('owner');
  const team = new TeamPage(page);
  await team.open();
  const email = uniqueEmail('temp');
  // The colleague's name has its own label now, not "your name".
  const form = await team.addWithPassword({name: 'Бекзат', email, password: 'pervyi-parol1'});
  await expect(form.getByRole('status')).toContainText('Сотрудник добавлен');

  const hisContext = await newDevice(browser, baseURL, page);
  await logIn(hisContext, email, 'pervyi-parol1');
  const his = await hisContext.newPage();
  await his.goto('/requests');

  const set = await team.setTemporaryPassword('Бекзат', 'vremennyi-42');
  await expect(set.getByRole('status')).toContainText('Пароль задан');
  expect(await fitsScreen(page)).toBe(true);
  await shoot(page, 'team-temporary-password');
  // His sessions ended.
  expect((await hisContext.request.get('/api/v1/auth/me')).status()).toBe(401);

  const fresh = await newDevice(browser, baseURL, page);
  const login = await fresh.newPage();
  await login.setViewportSize({width: 360, height: 740});
  await login.goto('/login');
  await login.getByLabel('Email').fill(email);
  await login.getByLabel('Пароль').fill('vremennyi-42');
  await login.getByRole('button', {name: 'Войти'}).click();
  await expect(login.getByRole('heading', {name: 'Задайте свой пароль'})).toBeVisible();
  expect(await fitsScreen(login)).toBe(true);
  await shoot(login, 'choose-own-password');
  await login.getByLabel('Новый пароль').fill('moi-sobstvennyi-7');
  await login.getByRole('button', {name: 'Сохранить и продолжить'}).click();
  await expect(login).toHaveURL(/\/requests/);
  expect((await fresh.request.post('/api/v1/auth/login', {data: {email, password: 'vremennyi-42'}})).status()).toBe(401);
  const again = await fresh.request.post('/api/v1/auth/login', {data: {email, password: 'moi-sobstvennyi-7'}});
  expect(((await again.json()) as {user: {mustChangePassword?: boolean}}).user.mustChangePassword).toBeUndefined();
  await Promise.all([hisContext.close(), fresh.close()]);
});
