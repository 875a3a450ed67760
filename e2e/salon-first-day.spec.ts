// Issue 11, item 10: a salon owner's first day, in real Chromium — on a phone
// (checked at 360 px, the narrowest phone we support) and on a desktop.
// - a new client with a number another client has offers that client instead
//   of making a duplicate;
// - after a merge, a number both records had is listed once;
// - "Ждут ответа" counts the clients whose rows say "ждёт ответа …";
// - a salon's request card shows no back-office fields (department, invoice).
import {expect, test} from './fixtures.ts';
import {ClientsPage} from './page-models/clients-page.ts';
import {RequestsPage} from './page-models/requests-page.ts';

test.beforeEach(async ({page}) => {
  if (test.info().project.name === 'phone') await page.setViewportSize({width: 360, height: 780});
});

test('a new client with a number another client has: that client is offered, not a duplicate', async ({page, context, owner: _owner}) => {
  expect((await context.request.post('/api/v1/clients', {data: {name: 'Айгерим', phones: ['+7 701 234 56 78']}})).status()).toBe(201);
  const app = new ClientsPage(page);
  await app.open();
  await app.waitOnline();
  await expect(app.row('Айгерим')).toBeVisible();

  await page.getByRole('link', {name: '+ Новый клиент'}).click();
  const form = page.locator('form.client-form');
  await form.getByLabel('Имя', {exact: true}).fill('Айгерим Н.');
  await form.getByLabel('Телефоны').fill('8 (701) 234-56-78');
  const offer = form.locator('.taken-phone');
  await expect(offer).toContainText('Клиент с этим телефоном уже есть: Айгерим — открыть');
  await expect(offer.getByRole('button', {name: 'Всё равно создать отдельного клиента'})).toBeVisible();
  // "Создать" is not the way to a duplicate: the phone field says why.
  await form.getByRole('button', {name: 'Создать', exact: true}).click();
  await expect(form.locator('.field', {hasText: 'Телефоны'})).toContainText('Клиент с этим телефоном уже есть');
  await expect(form.getByLabel('Телефоны')).toHaveAttribute('aria-invalid', 'true');
  await app.expectFitsScreen();
  await page.screenshot({path: test.info().outputPath('taken-phone.png'), fullPage: true});

  await offer.getByRole('link', {name: 'открыть'}).click();
  await expect(app.card.getByRole('heading', {name: 'Айгерим'})).toBeVisible();
  await app.expectCount(1);
  expect((await (await context.request.get('/api/v1/clients')).json()).total).toBe(1);

  // One family number for two people: a separate record, only when asked for (what was typed is kept).
  await app.backToList();
  await page.getByRole('link', {name: '+ Новый клиент'}).click();
  await expect(form.getByLabel('Телефоны')).toHaveValue('8 (701) 234-56-78');
  await offer.getByRole('button', {name: 'Всё равно создать отдельного клиента'}).click();
  await expect(app.card.getByRole('heading', {name: 'Айгерим Н.'})).toBeVisible();
  await app.expectCount(2);
});

test('after a merge, a number both records had is listed once on the card', async ({page, context, owner: _owner}) => {
  expect((await context.request.post('/api/v1/clients', {data: {name: 'Асель Нурланова', phones: ['8 701 000 00 01']}})).status()).toBe(201);
  const second = await context.request.post('/api/v1/clients', {
    data: {name: 'Asel Nurlanova', phones: ['+7 701 000 00 01'], emails: ['asel@mail.kz'], allowSharedPhone: true},
  });
  expect(second.status()).toBe(201);
  const app = new ClientsPage(page);
  await app.open();
  await app.waitOnline();
  await app.expectCount(2);
  await app.openDuplicates();
  await app.mergeFirstProposal();
  await expect(app.card.getByRole('button', {name: 'Отменить объединение'})).toBeVisible();
  await expect(app.card.getByRole('link', {name: 'asel@mail.kz'})).toBeVisible();
  await expect(app.card.locator('.client-contacts').getByRole('link', {name: '+7 701 000 00 01'})).toHaveCount(1);
  await app.expectFitsScreen();
});

test('"Ждут ответа" counts the clients whose rows say they wait', async ({page, context, owner: _owner}) => {
  const made = await context.request.post('/api/v1/requests', {data: {clientName: 'Дана', clientPhone: '8 701 555 00 11', text: 'Маникюр на завтра'}});
  expect(made.status()).toBe(201);
  const app = new ClientsPage(page);
  await app.open();
  await app.waitOnline();
  await expect(app.row('Дана')).toContainText('ждёт ответа');
  const chip = page.locator('.crm-filters .chip', {hasText: 'Ждут ответа'});
  await expect(chip.locator('.chip-count')).toHaveText('1');
  await chip.click();
  await app.expectCount(1);
  await expect(app.row('Дана')).toContainText('ждёт ответа');
  await app.expectFitsScreen();
});

test('a salon’s request card shows no back-office fields', async ({page, context, owner: _owner}) => {
  const made = await context.request.post('/api/v1/requests', {data: {clientName: 'Гульнара', clientPhone: '8 705 111 22 33', text: 'Стрижка и укладка'}});
  expect(made.status()).toBe(201);
  const requests = new RequestsPage(page);
  await page.goto(`/requests/${(await made.json()).id}`);
  await requests.waitOnline();
  await expect(requests.card).toContainText('Стрижка и укладка');
  await expect(requests.card.getByLabel('Ответственный')).toBeVisible();
  await expect(requests.card.getByLabel('Подразделение')).toHaveCount(0);
  const kinds = await requests.card.getByLabel('Что это за файл').locator('option').allTextContents();
  expect(kinds.sort()).toEqual(['документ', 'фото']);
  await requests.expectFitsScreen();
});
