// Analytics (issue 17) as an owner reads it: QR codes on the tables and on a
// business card bring visitors to the public site, some of them write; the
// owner sees the funnel per QR placement with the right numbers, switches the
// period and a filter and sees the figures change, opens the table behind a
// chart, exports XLSX and reads a figure in it — and with the network off,
// after a reload, the same dashboard is computed on the device.
import type {APIRequestContext, Browser} from '@playwright/test';
import {expect, test} from './fixtures.ts';
import {AnalyticsPage} from './page-models/analytics-page.ts';
import {PublicRequestPage} from './page-models/public-request-page.ts';
import {waitForReplicaOnDisk} from './support/replica.ts';
import {shoot} from './support/shoot.ts';

const DAY = 86_400_000;
const TABLE_QR = 'QR-код (qr-table)';
const CARD_QR = 'QR-код (qr-card)';

test.afterEach(async ({request}) => {
  // The server clock is shared by every spec: put it back.
  await request.post('/__test/clock', {data: {reset: true}});
});

async function ok(res: Awaited<ReturnType<APIRequestContext['post']>>): Promise<any> {
  expect(res.status(), await res.text()).toBeLessThan(300);
  return res.json().catch(() => ({}));
}

/** A day in the company's zone (Almaty), `YYYY-MM-DD`. */
const dayIn = (ms: number) => new Intl.DateTimeFormat('sv-SE', {timeZone: 'Asia/Almaty'}).format(ms);

/**
 * A person (no JavaScript, as a QR scan on a cheap phone; their own browser, told
 * apart by its user agent) looks at the site `views` times and writes `wrote`
 * requests, all from one QR tag.
 */
async function visit(browser: Browser, baseURL: string | undefined, slug: string, src: string, views: number, wrote: number, person = 'phone-1') {
  const context = await browser.newContext({
    baseURL,
    javaScriptEnabled: false,
    locale: 'ru-RU',
    timezoneId: 'Asia/Almaty',
    userAgent: `Mozilla/5.0 (Linux; Android 14; ${person})`,
  });
  const page = await context.newPage();
  for (let i = 0; i < views; i++) await page.goto(`/c/${slug}?src=${src}`);
  const form = new PublicRequestPage(page);
  for (let i = 0; i < wrote; i++) {
    await form.open(slug, src);
    await form.submit({name: `Гость ${src} ${i + 1}`, phone: `+7 701 55${i} ${String(src.length).padStart(2, '0')} 11`, text: `Хочу столик у окна (${src})`});
    await form.expectThanks();
  }
  await context.close();
}

test('an owner reads the funnel per QR placement, filters it, opens a chart’s table, exports XLSX and opens it offline', async ({
  page,
  context,
  owner,
  browser,
  baseURL,
}) => {
  const api = page.request;
  const now = Date.now();
  // Eight days ago a business card's QR code brought one person who looked twice and wrote once.
  await ok(await api.post('/__test/clock', {data: {now: now - 8 * DAY}}));
  await visit(browser, baseURL, owner.company.slug, 'qr-card', 2, 1);
  await ok(await api.post('/__test/clock', {data: {reset: true}}));
  // Today the QR code on the tables: the same person looks three times and writes twice (each opening the form: two more
  // views), another looks once. Two people today: two visitors; the first, seen eight days ago too, counts on both days.
  await visit(browser, baseURL, owner.company.slug, 'qr-table', 3, 2);
  await visit(browser, baseURL, owner.company.slug, 'qr-table', 1, 0, 'phone-2');
  // The first person booked a haircut from the table's code yesterday, and came (the visit is over).
  const [m, p, sv] = [crypto.randomUUID(), crypto.randomUUID(), crypto.randomUUID()];
  const hours = {from: '09:00', to: '19:00'};
  const everyDay = Object.fromEntries(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].map((d) => [d, {open: true, intervals: [hours]}]));
  await ok(await api.put(`/api/v1/booking/masters/${m}`, {data: {memberId: owner.member.id, masterSlug: 'aigerim', displayName: 'Айгерим'}}));
  await ok(await api.put(`/api/v1/booking/places/${p}`, {data: {masterId: m, name: 'Салон', address: 'Абая 10', timezone: 'Asia/Almaty', hours: everyDay}}));
  await ok(await api.put(`/api/v1/booking/services/${sv}`, {data: {masterId: m, title: 'Стрижка', durationMin: 60, price: 500_000, placeIds: [p]}}));
  const yesterday = dayIn(now - DAY);
  await ok(await api.post('/__test/clock', {data: {now: Date.parse(`${yesterday}T09:00:00+05:00`)}}));
  const visit1 = {
    masterId: m,
    placeId: p,
    serviceId: sv,
    startsAt: Date.parse(`${yesterday}T10:00:00+05:00`),
    clientName: 'Гость',
    clientPhone: '+77015500811',
  };
  await ok(await api.post('/api/v1/booking/bookings', {data: {...visit1, source: 'qr-table'}}));
  await ok(await api.post('/__test/clock', {data: {reset: true}}));
  // Staff add two requests by hand through the API, one of them a purchase.
  await ok(await api.post('/api/v1/request-types/templates/back_office'));
  const types = (await ok(await api.get('/api/v1/request-types'))).data as {id: string; key: string; name: {ru: string}}[];
  const purchase = types.find((x) => x.key === 'purchase')!;
  await ok(
    await api.post('/api/v1/requests', {data: {typeId: purchase.id, clientName: 'Поставщик', title: 'Салфетки', fields: {what: 'Салфетки', quantity: 10}}}),
  );
  await ok(await api.post('/api/v1/requests', {data: {clientName: 'Айгерим', clientPhone: '+77015550000', text: 'Перезвонить'}}));

  const an = new AnalyticsPage(page);
  await an.open();
  await an.preset('Сегодня');
  await expect(an.where()).toHaveAttribute('data-where', 'device');
  await expect(an.where()).toHaveText('Посчитано на устройстве — работает и без сети');
  // The funnel per QR placement: today only the table's code (6 views, 2 visitors, 2 wrote: 100 %); the card's was eight days ago.
  await expect.poll(async () => (await an.row('funnel', TABLE_QR)).slice(0, 5)).toEqual([TABLE_QR, '6', '2', '2', '100 %']);
  await expect(an.page.locator('table[data-table="funnel"]')).not.toContainText(CARD_QR);
  await expect(an.headline()).toHaveText('Заявок за сегодня: 4 (+4 ко вчера)');
  await an.expectFitsScreen();
  await shoot(page, 'analytics-today');

  // The chart's numbers a tap away: its table by day.
  const chart = an.tile('by-day').getByRole('img');
  await expect(chart).toHaveAttribute('aria-label', /всего 4/);
  await an.toggleTable('by-day');
  expect(await an.row('by-day', dayIn(now))).toEqual([dayIn(now), '4']);
  await an.toggleTable('by-day');
  await expect(chart).toBeVisible();

  // The last ten days: the business card's code appears with its own figures, and the total grows.
  await an.custom(dayIn(now - 10 * DAY), dayIn(now));
  await expect.poll(async () => (await an.row('funnel', CARD_QR)).slice(0, 5)).toEqual([CARD_QR, '3', '1', '1', '100 %']);
  await expect(an.headline()).toHaveText('Заявок за период: 5 (+5 к прошлому периоду)');
  // …and the table's code booked one visit that came: the whole way from a look to a visit.
  expect(await an.row('funnel', TABLE_QR)).toEqual([TABLE_QR, '6', '2', '2', '100 %', '1', '1', '0']);
  expect((await an.row('masters', 'Айгерим')).filter((_, i) => i === 1 || i === 5)).toEqual(['1', '5 000 ₸']);
  // Management's tiles: the purchase among the types, nothing overdue.
  expect(await an.row('by-type', purchase.name.ru)).toEqual([purchase.name.ru, '1', '1', '0']);
  await expect(an.page.getByTestId('overdue')).toHaveText('Просрочено сейчас: 0');
  // A filter: only purchases (the funnel counts visitors, who have no type).
  await an.filter('Тип заявки', purchase.name.ru);
  await expect(an.headline()).toHaveText('Заявок за период: 1 (+1 к прошлому периоду)');
  expect((await an.row('funnel', TABLE_QR))[1]).toBe('6');

  // XLSX made on the device: the funnel's row with its numbers.
  const sheet = await an.exportXlsx();
  const qr = sheet.find((r) => r[0] === TABLE_QR)!;
  expect(qr.slice(1, 5)).toEqual([6, 2, 2, 100]);
  expect(sheet.find((r) => r[0] === 'Заявки')?.slice(1, 3)).toEqual([1, 0]);
  await shoot(page, 'analytics-filtered');

  // Printed (the offline way to paper or a PDF): the figures without the filters and buttons.
  await page.emulateMedia({media: 'print'});
  await expect(page.getByRole('group', {name: 'Период'})).toBeHidden();
  await expect(page.locator('table[data-table="funnel"]')).toBeVisible();
  await page.emulateMedia({media: 'screen'});

  // Offline, after a reload: the same dashboard, computed on the device from its replica.
  await page.evaluate(() => navigator.serviceWorker.ready);
  await waitForReplicaOnDisk(page, 'qr-card');
  await context.setOffline(true);
  await page.reload();
  await expect(an.where()).toHaveAttribute('data-where', 'device');
  await expect(an.headline()).toHaveText('Заявок за период: 1 (+1 к прошлому периоду)');
  await expect.poll(async () => (await an.row('funnel', CARD_QR)).slice(0, 4)).toEqual([CARD_QR, '3', '1', '1']);
  // A period older than the device keeps needs the server: said so, not shown wrong.
  await an.custom('2025-01-01', '2025-01-31');
  await expect(an.where()).toHaveAttribute('data-where', 'offline');
  await expect(an.where()).toContainText('нужна сеть');
  await an.expectFitsScreen();
  await shoot(page, 'analytics-offline');
  // Back online, the server answers for it (and offers its one-page PDF).
  await context.setOffline(false);
  await expect(an.where()).toHaveAttribute('data-where', 'server', {timeout: 20_000});
  await expect(an.headline()).toHaveText('Заявок за период: 0 (0 к прошлому периоду)');
  const pdf = page.getByRole('link', {name: 'PDF на одну страницу'});
  const pdfResponse = await page.request.get((await pdf.getAttribute('href'))!);
  expect(pdfResponse.status()).toBe(200);
  expect((await pdfResponse.body()).subarray(0, 5).toString()).toBe('%PDF-');
});

test('in Kazakh on a 360 px phone: every word translated, nothing scrolls sideways', async ({page, owner, browser, baseURL}) => {
  test.skip(test.info().project.name !== 'phone', 'a narrow phone');
  await visit(browser, baseURL, owner.company.slug, 'qr-menu-terrace-summer-2026', 2, 1);
  await ok(await page.request.post('/api/v1/request-types/templates/back_office'));
  await page.goto('/settings');
  await page.getByRole('button', {name: 'Қазақша'}).click();
  await page.setViewportSize({width: 360, height: 800});
  await page.goto('/analytics');
  await expect(page.getByRole('heading', {level: 1, name: 'Талдау'})).toBeVisible();
  const an = new AnalyticsPage(page);
  await expect.poll(async () => (await an.row('funnel', 'QR-код (qr-menu-terrace-summer-2026)')).slice(1, 4)).toEqual(['3', '1', '1']);
  await expect(an.where()).toHaveText('Құрылғыда есептелді — желісіз де жұмыс істейді');
  expect(await page.evaluate(() => document.body.innerText)).not.toContain('⟦');
  await an.expectFitsScreen();
  await shoot(page, 'analytics-kk-360');
});
