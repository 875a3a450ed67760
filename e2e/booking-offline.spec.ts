// A booking made on the master's phone with no network, for a time a client
// takes online meanwhile: when the phone is back, the server refuses it (no
// double booking, ever), and "needs attention" offers the nearest free times;
// one tap books the client at one of them.
import {expect, newDevice, test} from './fixtures.ts';
import {BookingPage} from './page-models/booking-page.ts';
import {RequestsPage} from './page-models/requests-page.ts';
import {offline, online, startSync, stopSync} from './support/network.ts';

test.describe.configure({mode: 'serial', timeout: 180_000});
test.afterEach(async ({request}) => {
  await startSync(request);
});

const everyDay = Object.fromEntries(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].map((d) => [d, {open: true, intervals: [{from: '09:00', to: '20:00'}]}]));

test('an offline booking that replays into a taken slot lands in "needs attention" with free times to pick', async ({
  page,
  context,
  owner,
  browser,
  baseURL,
  request,
}) => {
  test.skip(test.info().project.name !== 'phone', 'one device kind is enough: the outbox is the same code');
  const api = context.request;
  expect((await api.put('/api/v1/booking/masters/m-off', {data: {memberId: owner.member.id, masterSlug: 'aliya', displayName: 'Алия'}})).status()).toBe(200);
  expect((await api.put('/api/v1/booking/places/p-off', {data: {masterId: 'm-off', name: 'Студия', timezone: 'Asia/Almaty', hours: everyDay}})).status()).toBe(
    200,
  );
  expect((await api.put('/api/v1/booking/services/s-off', {data: {masterId: 'm-off', title: 'Брови', durationMin: 60, placeIds: ['p-off']}})).status()).toBe(
    200,
  );
  const tomorrow = new Intl.DateTimeFormat('en-CA', {timeZone: 'Asia/Almaty'}).format(Date.now() + 86_400_000);
  const wanted = Date.parse(`${tomorrow}T10:00:00+05:00`);

  const app = new BookingPage(page);
  const shell = new RequestsPage(page);
  await app.openWeek(tomorrow);
  await shell.waitOnline();
  await page.evaluate(() => navigator.serviceWorker.ready);

  await stopSync(request);
  await offline(context);
  await app.bookClient({day: tomorrow, time: '10:00', name: 'Сауле (по телефону)', phone: '+7 777 555 44 33'});
  await expect(app.booking('Сауле')).toBeVisible();
  await expect.poll(() => shell.waitingCount()).toBe(1);

  // Meanwhile a client takes that very time from the public page.
  const visitor = await newDevice(browser, baseURL, page, {javaScriptEnabled: false});
  const taken = await visitor.request.post(`/c/${owner.company.slug}/book/aliya`, {
    form: {service: 's-off', place: 'p-off', time: String(wanted), name: 'Жанна', phone: '+77011234567', form_id: crypto.randomUUID()},
    maxRedirects: 0,
  });
  expect(taken.status()).toBe(303);
  await visitor.close();

  await online(context);
  await startSync(request);
  await expect.poll(() => shell.attentionCount(), {timeout: 60_000}).toBe(1);
  await page.goto('/outbox');
  const item = page.locator('li.op.attention[data-op="booking.create"]');
  await expect(item).toContainText('Это время уже занято');
  await expect(item).toContainText('Сауле (по телефону)');
  const picks = item.locator('.pick-alternative button');
  expect(await picks.count()).toBeGreaterThan(0);
  await picks.first().click();
  await expect.poll(() => shell.attentionCount(), {timeout: 30_000}).toBe(0);
  await expect.poll(() => shell.waitingCount(), {timeout: 30_000}).toBe(0);

  // The server holds both, never overlapping: the client's at 10:00, the phoned one at a free time.
  const rows = (await (await api.get(`/api/v1/booking/bookings?masterId=m-off&from=0&to=9999999999999`)).json()).data as {
    clientName: string;
    startsAt: number;
    blockedUntil: number;
    status: string;
  }[];
  const live = rows.filter((r) => r.status === 'confirmed').sort((a, b) => a.startsAt - b.startsAt);
  expect(live.map((r) => r.clientName).sort()).toEqual(['Жанна', 'Сауле (по телефону)']);
  expect(live.find((r) => r.clientName === 'Жанна')!.startsAt).toBe(wanted);
  expect(live[0]!.blockedUntil).toBeLessThanOrEqual(live[1]!.startsAt);
});
