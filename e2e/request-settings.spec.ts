// An admin sets up requests in the app: installs the Back office template,
// adds a field to a type, adds a status and a move guarded by that field — and
// the request card enforces it; edits a message template and uses it; removes
// a status that still holds a request, which stays readable and is moved on.
import type {Page} from '@playwright/test';
import {expect, signUp, test} from './fixtures.ts';
import {RequestSettingsPage} from './page-models/request-settings-page.ts';
import {RequestsPage} from './page-models/requests-page.ts';
import {offline, online, startSync, stopSync} from './support/network.ts';

/** The status badge of the open request (the head also shows priority and time left). */
const statusBadge = (requests: RequestsPage) => requests.card.locator('.card-head .badge[data-status]');

async function newItRequest(page: Page, title: string) {
  await page.getByRole('navigation', {name: 'Меню'}).getByRole('link', {name: 'Заявки'}).click();
  await page.getByRole('link', {name: 'Новая заявка'}).click();
  const form = page.locator('form.request-card');
  await form.getByLabel('Тип заявки', {exact: true}).selectOption({label: 'IT-заявка'});
  await form.getByLabel('Тема', {exact: true}).fill(title);
  await form.getByRole('combobox', {name: 'Что нужно', exact: true}).selectOption({label: 'Доступ'});
  await form.getByRole('button', {name: 'Создать'}).click();
}

test('an admin configures types, fields, a guarded move and message templates; the card follows', async ({page, owner}) => {
  const settings = new RequestSettingsPage(page);
  const requests = new RequestsPage(page);
  await requests.open();
  await requests.waitOnline();
  await settings.open();
  await settings.installTemplate('Бэк-офис');
  for (const name of ['Оплата / счёт', 'Закуп / заказ', 'IT-заявка', 'HR-заявка']) await expect(settings.typeRow(name)).toBeVisible();
  await settings.expectFitsScreen();
  await page.screenshot({path: test.info().outputPath('settings-overview.png'), fullPage: true});

  // A field, refused without a name (the message names the input), then saved.
  await settings.openType('IT-заявка', 'Поля');
  let form = await settings.startField();
  await settings.save(form);
  await expect(form.getByRole('alert').filter({hasText: 'Проверьте поля: Название поля (рус.)'})).toBeVisible();
  await form.getByLabel('Название поля (рус.)').fill('Инвентарный номер');
  await form.getByLabel('Тип поля').selectOption({label: 'Текст'});
  await form.getByLabel('Подсказка под полем (рус.)').fill('Наклейка на корпусе');
  await settings.save(form);
  await expect(settings.field('Инвентарный номер')).toContainText('Текст');
  await page.screenshot({path: test.info().outputPath('settings-fields.png'), fullPage: true});

  // A kind is fixed once saved.
  await settings.field('Инвентарный номер').locator('.rs-field-title').click();
  form = settings.field('Инвентарный номер').locator('form');
  await expect(form.getByLabel('Тип поля')).toBeDisabled();
  await form.getByRole('button', {name: 'Закрыть'}).click();

  // A status and a move into it that needs the new field.
  await page.getByRole('link', {name: 'Процесс'}).click();
  await settings.addStatus('Проверка', 'Ожидание');
  await settings.status('Проверка').getByLabel('Срок, часов').fill('4');
  const move = await settings.addTransition('В работе', 'Проверка');
  await move.getByLabel('Добавить условие…').selectOption({label: 'Заполнены поля'});
  await settings.saveWorkflow();
  await expect(settings.workflowProblems()).toContainText('Переход «В работе» → «Проверка» — условие 1: отметьте хотя бы одно поле');
  await move.getByRole('checkbox', {name: 'Инвентарный номер'}).check();
  await expect(settings.workflowProblems()).toHaveCount(0);
  await settings.saveWorkflow();
  await expect(page.getByRole('status').filter({hasText: 'Сохранено'})).toBeVisible();
  await settings.expectFitsScreen();
  await page.screenshot({path: test.info().outputPath('settings-workflow.png'), fullPage: true});

  // The card enforces it, and says why.
  await newItRequest(page, 'Нет доступа к 1С');
  await expect(requests.card.getByRole('heading', {name: /Заявка/})).toBeVisible();
  await requests.setStatus('Взять в работу');
  await expect(statusBadge(requests)).toHaveText('В работе');
  const check = requests.card.locator('.status-actions').getByRole('button', {name: 'Проверка', exact: true});
  await expect(check).toBeDisabled();
  await expect(requests.card.locator('.why-list')).toContainText('Проверка: заполните поле «Инвентарный номер»');
  await expect(requests.card.locator('[data-field="inventarnyy_nomer"]')).toContainText('Наклейка на корпусе');
  await requests.card.getByRole('textbox', {name: 'Инвентарный номер'}).fill('INV-0042');
  await requests.card.getByRole('textbox', {name: 'Инвентарный номер'}).blur();
  await expect(check).toBeEnabled();
  await check.click();
  await expect(statusBadge(requests)).toHaveText('Проверка');

  // A message template, edited and used in a comment.
  await settings.openViaMenu();
  await page.getByRole('link', {name: 'Изменить шаблоны сообщений'}).click();
  const msg = await settings.openMessage('Запрос уточнения');
  await settings.expectFitsScreen();
  await msg.getByLabel('Текст (рус.)').fill('Пришлите, пожалуйста, номер кабинета: ');
  await settings.save(msg);
  await expect(msg.getByRole('status')).toHaveText(/Сохранено/);
  await settings.menu('Заявки');
  await requests.openRequest('Нет доступа к 1С');
  await requests.card.getByLabel('Шаблон ответа…').selectOption({label: 'Запрос уточнения'});
  await expect(requests.card.getByLabel('Написать комментарий…')).toHaveValue('Пришлите, пожалуйста, номер кабинета: ');

  // Removing a status that holds a request: warned with the count, allowed; the request stays and is moved on.
  await settings.openViaMenu();
  await settings.openType('IT-заявка', 'Процесс');
  await settings.status('Проверка').getByRole('button', {name: 'Удалить статус'}).click();
  await expect(settings.status('Проверка').getByRole('alert')).toContainText('В статусе «Проверка» сейчас 1 заявка');
  await settings.status('Проверка').getByRole('button', {name: 'Удалить всё равно'}).click();
  await expect(settings.status('Проверка')).toHaveCount(0);
  await expect(page.locator('.rs-warn')).toContainText('«Проверка» — 1 заявка');
  await settings.saveWorkflow();
  await expect(page.getByRole('status').filter({hasText: 'Сохранено'})).toBeVisible();
  await settings.menu('Заявки');
  await requests.showAll();
  await requests.openRequest('Нет доступа к 1С');
  await expect(requests.card.locator('.orphan')).toContainText('больше нет в процессе этого типа');
  await requests.card.locator('.orphan').getByRole('combobox').selectOption({label: 'В работе'});
  await requests.card.locator('.orphan').getByRole('button', {name: 'Перевести'}).click();
  await expect(statusBadge(requests)).toHaveText('В работе');
});

test('unsaved edits of a workflow survive a reload and can be discarded', async ({page, owner}) => {
  const settings = new RequestSettingsPage(page);
  await settings.open();
  await settings.openType('Заявка', 'Процесс');
  await settings.status('Ожидает ответа').getByLabel('Название (рус.)').fill('Ждём клиента');
  await page.reload();
  await expect(settings.status('Ждём клиента')).toBeVisible();
  await expect(page.getByText('Есть несохранённые изменения')).toBeVisible();
  await page.getByRole('button', {name: 'Отменить изменения'}).click();
  await expect(settings.status('Ожидает ответа')).toBeVisible();
  // A nameless status is refused with a message naming the status and the input.
  await settings.statusByKey('waiting').getByLabel('Название (рус.)').fill('');
  await settings.saveWorkflow();
  await expect(settings.workflowProblems()).toContainText('Статус 3 «Waiting for reply» — Название (рус.): Заполните это поле');
});

test('the settings and import screens speak English and Kazakh completely', async ({page, context}) => {
  // Latin user data, so any Cyrillic on an English screen is ours.
  await signUp(context, 'Green Leaf', {name: 'Dana Owner'});
  const types = (await (await context.request.get('/api/v1/request-types')).json()).data as {id: string}[];
  const screens = [
    '/settings',
    '/settings/requests',
    `/settings/requests/types/${types[0]!.id}`,
    `/settings/requests/types/${types[0]!.id}/fields`,
    `/settings/requests/types/${types[0]!.id}/workflow`,
    '/settings/requests/types/new',
    '/settings/requests/messages',
    '/team',
    '/team/import',
  ];
  for (const [lang, heading] of [
    ['kk', 'Өтінімдерді баптау'],
    ['en', 'Request settings'],
  ] as const) {
    await page.goto('/settings');
    await page.evaluate((l) => localStorage.setItem('dot.locale', l), lang);
    await page.goto('/settings/requests');
    await expect(page.getByRole('heading', {name: heading})).toBeVisible();
    for (const path of screens) {
      await page.goto(path);
      await expect(page.locator('main h1')).toBeVisible();
      const text = (await page.evaluate(() => document.body.innerText)).replace(/Қазақша|Русский/g, '');
      expect(text, `missing key on ${path}`).not.toContain('⟦');
      if (lang === 'en') expect(text, `Cyrillic left on ${path}`).not.toMatch(/[\u0400-\u04FF]/);
    }
  }
});

test('settings changed offline show at once, survive a reload, and land when the network is back', async ({page, context, request, owner}) => {
  test.setTimeout(180_000);
  const settings = new RequestSettingsPage(page);
  const requests = new RequestsPage(page);
  await requests.open();
  await requests.waitOnline();
  await page.evaluate(() => navigator.serviceWorker.ready);
  await settings.open();
  await settings.openType('Заявка', 'Поля');
  try {
    await stopSync(request);
    await offline(context);
    const form = await settings.startField();
    await form.getByLabel('Название поля (рус.)').fill('Адрес объекта');
    await settings.save(form);
    await expect(settings.field('Адрес объекта')).toBeVisible();
    await page.goto('/settings/requests/messages');
    await page.getByRole('button', {name: 'Добавить шаблон'}).click();
    const msg = page.locator('.rs-field-new form');
    await msg.getByLabel('Название шаблона (рус.)').fill('Выезд');
    await msg.getByLabel('Текст (рус.)').fill('Мастер выедет сегодня.');
    await settings.save(msg);
    await expect(settings.message('Выезд')).toBeVisible();
    await expect.poll(() => requests.waitingCount()).toBe(2);
    await page.reload();
    await expect(settings.message('Выезд')).toBeVisible();
  } finally {
    await startSync(request);
    await online(context);
  }
  await expect.poll(() => requests.waitingCount(), {timeout: 60_000}).toBe(0);
  const types = (await (await context.request.get('/api/v1/request-types')).json()).data as {key: string; fields: {label: {ru: string}}[]}[];
  expect(types.find((t) => t.key === 'request')!.fields.map((f) => f.label.ru)).toContain('Адрес объекта');
  const messages = (await (await context.request.get('/api/v1/message-templates')).json()).data as {name: {ru: string}; body: {ru: string}}[];
  expect(messages.map((m) => [m.name.ru, m.body.ru])).toContainEqual(['Выезд', 'Мастер выедет сегодня.']);
});
