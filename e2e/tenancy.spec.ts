// P1 through the real sync path: a second company's device receives none of
// the first company's rows — not on screen, not in a single WebSocket frame.
import {expect, newDevice, signUp, test} from './fixtures.ts';
import {RequestsPage} from './page-models/requests-page.ts';

test('another company’s device never receives this company’s rows', async ({page, owner, browser, baseURL}) => {
  const app = new RequestsPage(page);
  await app.open();
  await app.waitOnline();
  await app.createManual({client: 'Тайный клиент', phone: '+77010000001', text: 'Секретный заказ компании А'});
  await expect(app.card.getByRole('heading', {name: 'Заявка №1'})).toBeVisible();
  const secretId = await app.card.getAttribute('data-request-id');

  const otherContext = await newDevice(browser, baseURL, page);
  const other = await signUp(otherContext, 'Компания Б');
  const otherPage = await otherContext.newPage();
  const frames: string[] = [];
  otherPage.on('websocket', (ws) => ws.on('framereceived', (f) => frames.push(String(f.payload))));
  const otherApp = new RequestsPage(otherPage);
  await otherApp.open();
  await otherApp.waitOnline();
  await otherApp.createManual({client: 'Клиент Б', phone: '+77010000002', text: 'Заказ компании Б'});
  await expect(otherApp.card.getByRole('heading', {name: 'Заявка №1'})).toBeVisible();
  // A's further activity while B is connected.
  await app.setStatus('В работе');
  await app.comment('Только для А');
  await otherPage.waitForTimeout(1500);

  const all = frames.join('\n');
  expect(frames.length).toBeGreaterThan(2);
  expect(all).toContain('Заказ компании Б');
  expect(all).not.toContain(secretId!);
  expect(all).not.toContain(owner.company.id);
  expect(all).not.toContain('Секретный заказ');
  expect(all).not.toContain('Только для А');
  await otherPage.goto('/requests');
  await otherApp.showAll();
  await expect(otherApp.list).not.toContainText('Секретный');
  expect(other.company.id).not.toBe(owner.company.id);
  await otherContext.close();
});
