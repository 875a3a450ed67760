// One company, two devices: what one writes, the other sees live.
import {addColleague, expect, logIn, newDevice, test} from './fixtures.ts';
import {RequestsPage} from './page-models/requests-page.ts';

test('a colleague’s device sees new requests, status changes and comments live', async ({page, owner, browser, baseURL}) => {
  const colleague = await addColleague(page.context());
  const otherContext = await newDevice(browser, baseURL, page);
  await logIn(otherContext, colleague.email, colleague.password);
  const other = new RequestsPage(await otherContext.newPage());

  const app = new RequestsPage(page);
  await app.open();
  await other.open();
  await app.waitOnline();
  await other.waitOnline();

  await app.createManual({client: 'Динара', phone: '+77051234567', text: 'Маникюр в пятницу'});
  await expect(other.row('Маникюр в пятницу')).toBeVisible();

  await other.openRequest('Маникюр в пятницу');
  await other.setStatus('В работе');
  await other.comment('Записала на 18:00');
  await expect(app.status()).toHaveText('В работе');
  await expect(app.card.locator('.comment-body')).toHaveText('Записала на 18:00');
  await expect(app.history()).toContainText('Мастер Асель: статус «Новая» → «В работе»');
  expect(owner.member.role).toBe('owner');
  await otherContext.close();
});
