// The vertical slice on a phone and on a desktop: sign up, take a request,
// work it through its statuses, comment, and read its history.
import {expect, test} from './fixtures.ts';
import {RequestsPage} from './page-models/requests-page.ts';

test('a new owner signs up in the app and lands on an empty request list', async ({page}) => {
  await page.goto('/signup');
  await page.getByLabel('Название компании').fill('Салон Жанар');
  await page.getByLabel('Ваше имя').fill('Жанар');
  await page.getByLabel('Email').fill(`zhanar.${Date.now()}@example.kz`);
  await page.getByLabel('Пароль').fill('123');
  await page.getByRole('button', {name: 'Зарегистрировать'}).click();
  await expect(page.getByText('не меньше 8 символов, буквы и цифры')).toBeVisible();
  await page.getByLabel('Пароль').fill('zhanar2026');
  await page.getByRole('button', {name: 'Зарегистрировать'}).click();
  await expect(page).toHaveURL(/\/requests$/);
  await expect(page.locator('.company-name')).toHaveText('Салон Жанар');
  await expect(page.getByText('Заявок пока нет')).toBeVisible();
});

test('staff take a phoned-in request through its statuses with comments and history', async ({page, owner}) => {
  const app = new RequestsPage(page);
  await app.open();
  await app.waitOnline();

  await app.createManual({client: 'Ержан', phone: '8 701', text: 'Замена смесителя'});
  await expect(page.getByText('Укажите номер телефона, например +7 701 234 56 78')).toBeVisible();
  await page.locator('form.request-card').getByLabel('Телефон', {exact: true}).fill('8 701 234 56 78');
  await page.locator('form.request-card').getByRole('button', {name: 'Создать'}).click();

  await expect(app.card.getByRole('heading', {name: 'Заявка №1'})).toBeVisible();
  await expect(app.card.getByRole('link', {name: '+7 701 234 56 78'})).toHaveAttribute('href', 'tel:+77012345678');
  await expect(app.status()).toHaveText('Новая');

  await app.setStatus('В работе');
  await expect(app.status()).toHaveText('В работе');
  await app.comment('Выезжаю в 15:00');
  await expect(app.card.locator('.comment-body')).toHaveText('Выезжаю в 15:00');
  await app.setStatus('Ожидает ответа');
  await app.setStatus('Выполнена');
  await expect(app.status()).toHaveText('Выполнена');

  await expect(app.history()).toContainText(`${owner.user.name} создал(а) заявку`);
  await expect(app.history()).toContainText('статус «Новая» → «В работе»');
  await expect(app.history()).toContainText('добавил(а) комментарий');
  await expect(app.history()).toContainText('статус «Ожидает ответа» → «Выполнена»');

  // Done requests leave the "open" list but stay under "All".
  await page.goto('/requests');
  await expect(app.row('Замена смесителя')).toHaveCount(0);
  await app.showAll();
  await expect(app.row('Замена смесителя')).toContainText('Выполнена');
  await app.expectFitsScreen();
  await page.screenshot({path: test.info().outputPath('requests.png'), fullPage: true});
});
