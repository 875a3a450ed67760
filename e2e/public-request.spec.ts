// R1/R2: a customer sends a request from the public form (no JavaScript, as on
// an old phone); it appears on every signed-in device of the company, live.
import {expect, newDevice, test} from './fixtures.ts';
import {PublicRequestPage} from './page-models/public-request-page.ts';
import {RequestsPage} from './page-models/requests-page.ts';

test('a request from the public form appears on the owner’s device without a reload', async ({page, owner, browser, baseURL}) => {
  const app = new RequestsPage(page);
  await app.open();
  await app.waitOnline();

  const visitorContext = await newDevice(browser, baseURL, page, {javaScriptEnabled: false});
  const visitor = new PublicRequestPage(await visitorContext.newPage());
  await visitor.open(owner.company.slug, 'qr-menu');
  await visitor.submit({name: 'Айгерим', phone: '', text: 'Торт на субботу'});
  await expect(visitor.page.getByText('Заполните это поле')).toBeVisible();
  await expect(visitor.page.getByLabel('Что вам нужно?')).toHaveValue('Торт на субботу');
  await visitor.submit({phone: '+7 777 123 45 67'});
  await visitor.expectThanks();
  await expect(visitor.page.getByText('Номер вашей заявки: #1')).toBeVisible();

  await expect(app.row('Торт на субботу')).toBeVisible();
  await expect(app.row('Торт на субботу')).toContainText('Айгерим');
  await app.openRequest('Торт на субботу');
  await expect(app.card).toContainText('QR-код (qr-menu)');
  await expect(app.history()).toContainText('Клиент через форму создал(а) заявку');
  await visitorContext.close();
});
