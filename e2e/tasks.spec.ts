// Tasks (issue 15) as a back office lives them, on the real stack: a payment
// approved makes its tasks for finance and the head, the head's waiting on
// finance's; finance hands in the result from a 390 px phone while offline
// (photo, text), and it lands once the network is back; the head returns it
// with a reason that finance sees first; an external contractor sees only the
// task given to them.
import fs from 'node:fs';
import path from 'node:path';
import type {APIRequestContext, BrowserContext} from '@playwright/test';
import {expect, logIn, newDevice, test, uniqueEmail} from './fixtures.ts';
import {RequestsPage} from './page-models/requests-page.ts';
import {TasksPage} from './page-models/tasks-page.ts';
import {offline, online} from './support/network.ts';
import {waitForReplicaOnDisk} from './support/replica.ts';

test.describe.configure({timeout: 180_000});

async function ok(res: Awaited<ReturnType<APIRequestContext['post']>>): Promise<any> {
  expect(res.status(), await res.text()).toBeLessThan(300);
  return res.json().catch(() => ({}));
}

async function member(api: APIRequestContext, name: string, role: string) {
  const email = uniqueEmail(role);
  await ok(await api.post('/api/v1/members', {data: {name, email, role, password: 'colleague1'}}));
  return {email, password: 'colleague1'};
}

async function attach(api: APIRequestContext, requestId: string, kind: string, name: string) {
  const fileId = crypto.randomUUID();
  await ok(
    await api.put(`/api/v1/files/${fileId}`, {
      headers: {'content-type': 'application/pdf', 'x-file-name': name},
      data: Buffer.from(`%PDF-1.4\n% ${name}\n%%EOF\n`),
    }),
  );
  await ok(await api.post(`/api/v1/requests/${requestId}/attachments`, {data: {fileId, kind}}));
}

/** A payment with its invoice and basis, on approval: one click from "Approved". */
async function paymentOnApproval(api: APIRequestContext, title: string): Promise<string> {
  const types = (await ok(await api.get('/api/v1/request-types'))).data as {id: string; key: string}[];
  const payment = types.find((t) => t.key === 'payment')!;
  const created = await ok(
    await api.post('/api/v1/requests', {
      data: {
        typeId: payment.id,
        title,
        fields: {supplier: 'ТОО «Алатау Плаза»', amount: 350_000_00, pay_by: '2026-12-05', basis: 'contract', purpose: 'Аренда'},
      },
    }),
  );
  await ok(await api.patch(`/api/v1/requests/${created.id}`, {data: {status: 'in_progress'}}));
  await ok(await api.patch(`/api/v1/requests/${created.id}`, {data: {status: 'approval'}}));
  await attach(api, created.id, 'invoice', 'invoice-42.pdf');
  await attach(api, created.id, 'basis', 'dogovor.pdf');
  return created.id as string;
}

async function device(
  browser: import('@playwright/test').Browser,
  baseURL: string | undefined,
  like: import('@playwright/test').Page,
  who: {email: string; password: string},
) {
  const context: BrowserContext = await newDevice(browser, baseURL, like);
  await logIn(context, who.email, who.password);
  const app = new TasksPage(await context.newPage());
  return {context, app};
}

test('a payment approved gives finance and the head their tasks; finance hands in offline from a phone; the head returns it with a reason', async ({
  page,
  owner,
  browser,
  baseURL,
}) => {
  expect(owner.member.role).toBe('owner');
  const api = page.request;
  await ok(await api.post('/api/v1/request-types/templates/back_office'));
  const financeLogin = await member(api, 'Бухгалтер Гульнар', 'finance');
  const headLogin = await member(api, 'Руководитель Ержан', 'head');
  const title = `Оплата аренды ${Date.now()}`;
  const requestId = await paymentOnApproval(api, title);

  // a) The owner approves it: the step tasks appear on the request, which cannot be done while they are open.
  const requests = new RequestsPage(page);
  await page.goto(`/requests/${requestId}`);
  await requests.waitOnline();
  await requests.move('Согласовать').click();
  await expect(requests.status()).toHaveText('Ожидает оплаты/выполнения');
  const tasks = new TasksPage(page);
  const panel = requests.card.locator('.request-tasks');
  await expect(panel.locator('.task-row')).toHaveCount(2);
  await expect(panel).toContainText('выполнено 0 из 2');
  await expect(tasks.row('Оплатить счёт', panel)).toContainText('Бухгалтер Гульнар');
  await expect(tasks.row('Проверить оплату и закрыть', panel)).toContainText('Руководитель Ержан');
  await expect(requests.move('Выполнено')).toBeDisabled();
  await expect(requests.whyNot()).toContainText('не закрыты задачи (2): Оплатить счёт, Проверить оплату и закрыть');

  // The head's task waits on finance's, and its start button says so before the click.
  const head = await device(browser, baseURL, page, headLogin);
  await head.app.open();
  await expect(head.app.row('Проверить оплату и закрыть').locator('[data-testid=blocked]')).toHaveText('ждёт задачу «Оплатить счёт»');
  await head.app.openTask('Проверить оплату и закрыть');
  await expect(head.app.move('Начать')).toBeDisabled();
  await expect(head.app.whyNot()).toContainText('Начать: ждёт задачу «Оплатить счёт»');
  await expect(head.app.card.locator('.task-from-request')).toContainText('ТОО «Алатау Плаза»');

  // b) Finance, on a 390 px phone, offline: My tasks and the card come from the device.
  const finance = await device(browser, baseURL, page, financeLogin);
  await finance.app.page.setViewportSize({width: 390, height: 844});
  await finance.app.open();
  await finance.app.waitOnline();
  await expect(finance.app.row('Оплатить счёт')).toBeVisible();
  await finance.app.page.evaluate(() => navigator.serviceWorker.ready);
  await waitForReplicaOnDisk(finance.app.page, 'Оплатить счёт');
  await offline(finance.context);
  await finance.app.page.goto('/tasks').catch(() => {}); // offline: the service worker serves the app
  await expect(finance.app.row('Оплатить счёт')).toContainText(title);
  await finance.app.openTask('Оплатить счёт');
  await expect(finance.app.card.locator('.task-from-request')).toContainText('ТОО «Алатау Плаза»');
  // What is missing is said before the click.
  await expect(finance.app.handInButton()).toBeDisabled();
  await expect(finance.app.handIn()).toContainText('опишите, что сделано; приложите файл или ссылку на результат');
  await finance.app
    .handIn()
    .locator('input[type=file][accept="image/*"]')
    .setInputFiles({
      name: 'platezhka.png',
      mimeType: 'image/png',
      buffer: fs.readFileSync(path.resolve('public/icons/icon-512.png')),
    });
  await expect(finance.app.handIn().locator('.file.waiting img')).toBeVisible();
  await finance.app.handIn().getByLabel('Что сделано').fill('Оплачено платёжным поручением №318');
  await expect(finance.app.handInButton()).toBeEnabled();
  await finance.app.handInButton().click();
  await expect(finance.app.card.locator('.banner.handing')).toHaveText('Результат сдан — отправится, как только появится сеть');
  // Both wait on the device: the photo's attachment, and the hand-in behind it (client/src/write/outbox.ts).
  await expect.poll(() => finance.app.waitingCount()).toBe(2);
  await finance.app.expectFitsScreen();
  await finance.app.page.goto('/tasks').catch(() => {});
  await expect(finance.app.row('Оплатить счёт')).toContainText('Результат сдан');
  await finance.app.expectFitsScreen();
  await finance.app.page.screenshot({path: test.info().outputPath('finance-offline-my-tasks.png')});

  // Back online: the photo is uploaded and attached first, then the hand-in lands. The order matters: this task
  // requires a result, so the server refuses a hand-in that arrives before its photo (result_given) — and that
  // refusal would sit in "needs attention" (checked below), not in the review group.
  await online(finance.context);
  await expect(finance.app.row('Оплатить счёт', finance.app.group('review'))).toBeVisible({timeout: 60_000});
  await expect.poll(() => finance.app.waitingCount(), {timeout: 30_000}).toBe(0);
  expect(await finance.app.attentionCount()).toBe(0);

  // On the head's device: on review, with the text and the photo; the head's own task can start now.
  await head.app.open();
  await head.app.page.goto(`/tasks/${await finance.app.row('Оплатить счёт').getAttribute('data-task-id')}`);
  await expect(head.app.status()).toHaveText('На проверке');
  await expect(head.app.card.locator('.task-result')).toContainText('Оплачено платёжным поручением №318');
  await expect(head.app.card.locator('.task-files .file:not(.waiting) img')).toHaveCount(1);
  await expect(head.app.card.locator('ol.history')).toContainText('Бухгалтер Гульнар сдал(а) результат');

  // A link that would close a loop is refused on its field, the loop named.
  await head.app.card.getByLabel('Сначала нужно сделать').selectOption({label: 'Проверить оплату и закрыть'});
  await expect(head.app.card.locator('#tk-blocker-err')).toHaveText('Такая связь замкнёт круг: Оплатить счёт → Проверить оплату и закрыть → Оплатить счёт');

  // c) The head returns it with a reason; finance sees the reason first.
  await head.app.move('Вернуть на доработку').click();
  await head.app.card.getByLabel('Что доработать').fill('Нужна платёжка с отметкой банка');
  await head.app.card.locator('.reason-form').getByRole('button', {name: 'Вернуть на доработку'}).click();
  await expect(head.app.status()).toHaveText('Возвращена');
  await finance.app.open();
  const first = finance.app.page.locator('.task-group').first();
  await expect(first).toHaveAttribute('data-group', 'returned');
  await expect(first.locator('.task-row').first().locator('[data-testid=return-reason]')).toHaveText('Вернули на доработку: Нужна платёжка с отметкой банка');
  await expect(finance.app.page.locator('[data-testid=tasks-due]')).toHaveText('1');
  await finance.app.expectFitsScreen();
  await finance.app.page.screenshot({path: test.info().outputPath('finance-returned.png')});
  await head.context.close();
  await finance.context.close();
});

test('an external contractor sees only the task given to them', async ({page, owner, browser, baseURL}) => {
  expect(owner.member.role).toBe('owner');
  const api = page.request;
  await ok(await api.post('/api/v1/request-types/templates/back_office'));
  const contractorLogin = await member(api, 'Подрядчик Болат', 'contractor');
  await member(api, 'Бухгалтер Сауле', 'finance');
  const requestId = await paymentOnApproval(api, `Оплата подрядчику ${Date.now()}`);
  await ok(await api.patch(`/api/v1/requests/${requestId}`, {data: {status: 'awaiting'}}));

  // The owner gives the contractor a task of the request by the new-task form; a missing title is named on its field.
  const app = new TasksPage(page);
  await page.goto(`/requests/${requestId}`);
  await app.waitOnline();
  const panel = page.locator('.request-tasks');
  await expect(panel.locator('.task-row')).toHaveCount(2);
  const otherTask = await app.row('Оплатить счёт', panel).getAttribute('data-task-id');
  await panel.getByRole('link', {name: '+ Добавить задачу'}).click();
  const form = page.locator('form.new-task');
  await form.getByRole('button', {name: 'Создать'}).click();
  await expect(form.locator('.field-error')).toHaveText('Заполните это поле');
  await form.getByLabel('Название').fill('Заменить замок в офисе');
  await form.getByLabel('Исполнитель').selectOption({label: 'Подрядчик Болат'});
  await form.getByRole('button', {name: 'Создать'}).click();
  await expect(app.card).toContainText('Заменить замок в офисе');

  const contractor = await device(browser, baseURL, page, contractorLogin);
  await contractor.app.open();
  await contractor.app.waitOnline();
  await expect(contractor.app.page.locator('.task-row')).toHaveCount(1);
  await expect(contractor.app.row('Заменить замок в офисе')).toBeVisible();
  await contractor.app.openTask('Заменить замок в офисе');
  // Of the request: its number and subject only, copied onto the task — never a link to the request.
  await expect(contractor.app.card.getByRole('link', {name: 'Открыть заявку'})).toHaveCount(0);
  // The requests list shows nothing of the company's requests.
  await contractor.app.page.goto('/requests');
  await expect(contractor.app.page.locator('.request-row')).toHaveCount(0);
  await expect(contractor.app.page.getByText('Оплата подрядчику')).toHaveCount(0);
  // Another task's address: not found.
  await contractor.app.page.goto(`/tasks/${otherTask}`);
  await expect(contractor.app.page.locator('.card-empty')).toHaveText('Задача не найдена');
  await contractor.context.close();
});
