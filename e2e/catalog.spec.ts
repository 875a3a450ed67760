// Issue #4, "done means": an owner fills the profile and the catalog on a
// phone; a visitor opens the public catalog (no JavaScript, as on an old
// phone), follows an item's order link from a QR code and sends a request;
// the owner sees the request with its source and the item.
import sharp from 'sharp';
import {expect, newDevice, test} from './fixtures.ts';
import {CabinetPage} from './page-models/cabinet-page.ts';
import {CatalogAdminPage} from './page-models/catalog-admin-page.ts';
import {PublicRequestPage} from './page-models/public-request-page.ts';
import {PublicSitePage} from './page-models/public-site-page.ts';
import {RequestsPage} from './page-models/requests-page.ts';
import {shoot} from './support/shoot.ts';

test('an owner builds the site and catalog; a visitor orders an item from a QR code; the owner sees where it came from', async ({
  page,
  owner,
  browser,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const app = new RequestsPage(page);
  await app.open();
  await app.waitOnline();

  const cabinet = new CabinetPage(page);
  await cabinet.openProfile();
  await cabinet.fillProfile({
    description: 'Торты на заказ и свежая выпечка каждый день.',
    activities: ['Кондитерская', 'Кофейня'],
    phone: '8 701 234 56 78',
    whatsapp: '+7 701 234 56 78',
    telegram: '@alma_cakes',
    address: 'Алматы, ул. Абая 10',
  });
  await cabinet.setWeekdayHoursWithBreak();
  await cabinet.save();
  await shoot(page, 'cabinet-profile');

  const catalog = new CatalogAdminPage(page);
  await catalog.addCategory('Торты');
  await catalog.addItem({title: 'Торт «Наполеон»', category: 'Торты', price: '12000', unit: 'кг', description: 'Слоёный, с заварным кремом.'});
  const photo = await sharp({create: {width: 1600, height: 1200, channels: 3, background: '#d9a066'}})
    .jpeg()
    .toBuffer();
  await catalog.addPhoto({name: 'napoleon.jpg', mimeType: 'image/jpeg', buffer: photo});
  await catalog.addItem({title: 'Латте', price: '900', from: true});
  await catalog.open();
  await expect.poll(() => catalog.titles()).toEqual(['Торт «Наполеон»', 'Латте']);
  await catalog.moveUp('Латте');
  await expect.poll(() => catalog.titles()).toEqual(['Латте', 'Торт «Наполеон»']);
  await shoot(page, 'cabinet-catalog');

  // A visitor scans the QR code on a table: no JavaScript, a phone-sized screen.
  const visitorContext = await newDevice(browser, baseURL, page, {javaScriptEnabled: false});
  const site = new PublicSitePage(await visitorContext.newPage());
  await site.waitForItem(owner.company.slug, 'Торт «Наполеон»', 'qr-table');
  await expect(site.page.locator('.tile').first()).toContainText('Латте');
  await expect(site.page.getByText('от 900 ₸')).toBeVisible();
  await shoot(site.page, 'public-catalog');
  await site.openItem('Торт «Наполеон»');
  await expect(site.page.getByText('12 000 ₸ / кг')).toBeVisible();
  await expect(site.page.getByRole('link', {name: 'Написать в WhatsApp'})).toHaveAttribute('href', /\/go\/wa\?p=item&item=\d+&src=qr-table$/);
  await shoot(site.page, 'public-item');
  await site.order();
  await expect(site.page.getByText('Заявка на: Торт «Наполеон»')).toBeVisible();
  const form = new PublicRequestPage(site.page);
  await form.submit({name: 'Айгерим', phone: '+7 777 123 45 67'});
  await form.expectThanks();

  await site.page.goto(`/c/${owner.company.slug}?src=qr-table`);
  await expect(site.page.getByRole('heading', {name: owner.company.name})).toBeVisible();
  await expect(site.page.getByText('Кондитерская')).toBeVisible();
  await expect(site.page.getByText('09:00–13:00, 14:00–18:00')).toBeVisible();
  await shoot(site.page, 'public-home');
  await site.page.goto(`/c/${owner.company.slug}/menu`);
  await shoot(site.page, 'public-menu');
  await site.page.goto(`/c/${owner.company.slug}/contacts`);
  await shoot(site.page, 'public-contacts');
  await site.page.goto(`/c/${owner.company.slug}/reviews`);
  await shoot(site.page, 'public-reviews');
  await visitorContext.close();

  // The owner's device shows the request live, with its QR source and the item.
  await app.open();
  await app.openRequest('Хочу заказать: Торт «Наполеон»');
  await expect(app.card).toContainText('QR-код (qr-table)');
  await expect(app.card.locator('.request-item')).toHaveText('Торт «Наполеон»');
  await expect(app.card).toContainText('Айгерим');
  await shoot(page, 'owner-request');

  await page.goto('/site/stats');
  await expect(page.locator('.kpis')).toContainText('1');
  await page.goto('/site/qr');
  await expect(page.locator('.qr-image svg')).toBeVisible();
  await expect(page.locator('.qr-url')).toHaveText(new RegExp(`/c/${owner.company.slug}/menu\\?src=qr-table$`));
  await shoot(page, 'cabinet-qr');
});

test('QR codes made at 127.0.0.1 without DOT_PUBLIC_URL are warned about before printing, and the warning does not print', async ({page, owner}) => {
  await page.goto('/site/qr');
  await expect(page.locator('.qr-url')).toHaveText(`${new URL(page.url()).origin}/c/${owner.company.slug}/menu?src=qr-table`);
  const warning = page.getByTestId('local-address-warning');
  await expect(warning).toContainText('Эти коды не откроются у клиентов');
  await expect(warning).toContainText(`Коды ведут на ${new URL(page.url()).host}`);
  await expect(warning).toContainText('DOT_PUBLIC_URL');
  // The server says the same: not configured, so codes lead to this loopback address.
  const origin = await page.request.get('/api/v1/qr/origin');
  expect(await origin.json()).toEqual({origin: new URL(page.url()).origin, configured: false});
  // The sheet from this panel carries the warning for the screen (see sync-server/qr/qr.pg.test.ts for its print state).
  const href = await page.getByRole('link', {name: 'Лист A4 (PDF)'}).getAttribute('href');
  const sheet = await page.request.get(href!);
  expect(sheet.headers()['content-type']).toBe('application/pdf');
  expect(decodeURI(sheet.headers()['x-qr-url']!)).toBe(`${new URL(page.url()).origin}/c/${owner.company.slug}/menu?src=qr-table`);
  // Printing the panel leaves the warning off the paper.
  await page.emulateMedia({media: 'print'});
  await expect(warning).toBeHidden();
  await page.emulateMedia({media: 'screen'});
  await expect(warning).toBeVisible();
  // It fits a 360 px phone: no sideways scrolling.
  await page.setViewportSize({width: 360, height: 740});
  await expect(warning).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  await shoot(page, 'cabinet-qr-local');
});

test('a module switched off leaves the app and the public site', async ({page, owner}) => {
  await page.goto('/site/visibility');
  // On a phone the section may sit under «Ещё» (the tab bar holds four): in the menu, shown or folded.
  const section = page.getByRole('navigation', {name: 'Меню'}).getByRole('link', {name: 'Каталог', includeHidden: true});
  await expect(section).toHaveCount(1);
  await page.getByLabel('Каталог', {exact: true}).uncheck();
  await expect(section).toHaveCount(0);
  await expect.poll(async () => (await page.request.get(`/c/${owner.company.slug}/catalog`)).status(), {timeout: 15_000}).toBe(404);
  await page.getByLabel('Каталог', {exact: true}).check();
  await expect(section).toHaveCount(1);
});
