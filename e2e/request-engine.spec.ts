// The request engine as the back office lives it (S1): a payment cannot be
// approved without an invoice and a basis; urgent work waits until the
// responsible person accepts it.
import {addColleague, expect, logIn, newDevice, test} from './fixtures.ts';
import {RequestsPage} from './page-models/requests-page.ts';

const pdf = (name: string) => ({name, mimeType: 'application/pdf', buffer: Buffer.from(`%PDF-1.4\n% ${name}\n%%EOF\n`)});

test('a payment is approved only with an invoice and a basis attached', async ({page, owner}) => {
  const installed = await page.request.post('/api/v1/request-types/templates/back_office');
  expect(installed.status()).toBe(201);
  const app = new RequestsPage(page);
  await app.open();
  await app.waitOnline();

  await app.createTyped({type: 'Оплата / счёт', title: 'Оплата аренды за декабрь', fields: {Поставщик: 'ТОО «Алатау Плаза»', Сумма: '350000'}});
  await expect(app.status()).toHaveText('Новая');
  await app.move('Взять в работу').click();
  await expect(app.status()).toHaveText('В работе');

  // Sending for approval needs the fields the approval stage requires: the card says which.
  await expect(app.move('На согласование')).toBeDisabled();
  await expect(app.whyNot()).toContainText('заполните поле «Срок оплаты»');
  await app.fillField('Срок оплаты', '2026-12-05');
  await app.fillField('Основание', 'Договор');
  await app.fillField('Сумма', '185000');
  // The history names each changed field by its label, its value in words — never the stored JSON in tiyn.
  await expect(app.history()).toContainText('Срок оплаты: — → 5 декабря 2026 г.');
  await expect(app.history()).toContainText('Основание: — → Договор');
  await expect(app.history()).toContainText('Сумма: 350 000 ₸ → 185 000 ₸');
  await expect(app.history()).not.toContainText('{"');
  await expect(app.history()).not.toContainText('18500000');
  await app.move('На согласование').click();
  await expect(app.status()).toHaveText('На согласовании');

  // Approval without the files: refused, with the reason in words — on the device…
  await expect(app.move('Согласовать')).toBeDisabled();
  await expect(app.whyNot()).toContainText('приложите файл: счёт');
  await expect(app.whyNot()).toContainText('приложите файл: основание (договор, акт или ТЗ)');
  // …and by the server, for anyone who tries around the app.
  const id = await app.card.getAttribute('data-request-id');
  // (the device shows the move at once; wait until the server has it too)
  await expect.poll(async () => (await (await page.request.get(`/api/v1/requests/${id}`)).json()).status).toBe('approval');
  const refused = await page.request.patch(`/api/v1/requests/${id}`, {data: {status: 'awaiting'}});
  expect(refused.status()).toBe(422);
  expect((await refused.json()).error.message).toContain('счёт');

  await app.attach('счёт', pdf('invoice-123.pdf'));
  await expect(app.move('Согласовать')).toBeDisabled();
  await app.attach('основание (договор, акт или ТЗ)', pdf('dogovor-arendy.pdf'));
  await expect(app.move('Согласовать')).toBeEnabled();
  await app.move('Согласовать').click();
  await expect(app.status()).toHaveText('Ожидает оплаты/выполнения');
  await expect(app.history()).toContainText(`${owner.user.name}: статус «На согласовании» → «Ожидает оплаты/выполнения»`);
  await expect(app.history()).toContainText('приложил(а) файл: счёт');

  // Returning for rework asks for the reason first.
  const back = await page.request.get(`/api/v1/requests/${id}`);
  expect((await back.json()).status).toBe('awaiting');
});

test('an urgent request shows as not accepted until its responsible person accepts it', async ({page, owner, browser, baseURL}) => {
  expect(owner.member.role).toBe('owner');
  const colleague = await addColleague(page.context());
  const app = new RequestsPage(page);
  await app.open();
  await app.waitOnline();
  await app.createTyped({title: 'Протекает кран в зале', priority: 'Срочно', responsible: 'Мастер Асель'});
  await expect(app.card.locator('[data-accepted="no"]')).toHaveText('Не принята');
  // Only the responsible person may accept.
  await expect(app.card.getByRole('button', {name: 'Принять в работу'})).toHaveCount(0);

  const phone = await newDevice(browser, baseURL, page);
  await logIn(phone, colleague.email, colleague.password);
  const master = new RequestsPage(await phone.newPage());
  await master.open();
  await expect(master.row('Протекает кран в зале').locator('.not-accepted')).toBeVisible();
  await master.openRequest('Протекает кран в зале');
  await master.card.getByRole('button', {name: 'Принять в работу'}).click();
  await expect(master.card.locator('[data-accepted="yes"]')).toHaveText('Принята: Мастер Асель');
  // The owner's screen follows live.
  await expect(app.card.locator('[data-accepted="yes"]')).toHaveText('Принята: Мастер Асель');
  await expect(app.history()).toContainText('Мастер Асель принял(а) заявку в работу');
  await phone.close();
});

test('an overdue request is escalated and the head is told, by the server’s clock', async ({page, owner, browser, baseURL}) => {
  expect((await page.request.post('/api/v1/request-types/templates/back_office')).status()).toBe(201);
  const head = await addColleague(page.context(), 'head');
  const app = new RequestsPage(page);
  await app.open();
  await app.waitOnline();
  await app.createTyped({type: 'IT-заявка', title: 'Нет доступа к 1С', fields: {'Что нужно': 'Доступ'}});
  await expect(app.card.locator('[data-sla="ok"]')).toContainText('Осталось 4 ч');
  const id = await app.card.getAttribute('data-request-id');
  await expect.poll(async () => (await page.request.get(`/api/v1/requests/${id}`)).status()).toBe(200);

  // Four hours in "New", four more of grace: nine hours later the SLA job escalates it.
  try {
    await page.request.post('/__test/clock', {data: {advanceMs: 9 * 3_600_000}});
    await page.request.post('/__test/jobs/run', {data: {}});
  } finally {
    await page.request.post('/__test/clock', {data: {reset: true}});
  }
  await expect(app.card.locator('[data-sla="escalated"]')).toHaveText('Эскалирована руководителю');
  await expect(app.history()).toContainText('Срок вышел — заявка эскалирована руководителю');

  // The head's phone: the bell counts it, and the notification opens the request.
  const phone = await newDevice(browser, baseURL, page);
  await logIn(phone, head.email, head.password);
  const headPage = await phone.newPage();
  const headApp = new RequestsPage(headPage);
  await headApp.open();
  await expect(headPage.locator('.bell')).toHaveAttribute('data-unread', '1');
  await headPage.locator('.bell').click();
  await headPage.getByRole('button', {name: /Просрочена заявка №\d+ «Нет доступа к 1С»/}).click();
  await expect(headApp.card).toHaveAttribute('data-request-id', id!);
  await expect(headPage.locator('.bell')).toHaveAttribute('data-unread', '0');
  expect(owner.member.role).toBe('owner');
  await phone.close();
});
