// K1 × B1 in real Chromium, on a phone and on a desktop: a client books
// through the master's public page, later calls, and staff write a request
// with the number typed as "8 (705) …" — one client, a repeat one, whose card
// tells both, and the booking and the card link to each other.
import {expect, newDevice, test} from './fixtures.ts';
import {BookingPage} from './page-models/booking-page.ts';
import {ClientsPage} from './page-models/clients-page.ts';
import {PublicBookingPage} from './page-models/public-booking-page.ts';
import {RequestsPage} from './page-models/requests-page.ts';
import {shoot} from './support/shoot.ts';

const everyDay = Object.fromEntries(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].map((d) => [d, {open: true, intervals: [{from: '09:00', to: '20:00'}]}]));

test('a client who booked online and later called is one repeat client, with the booking on the card', async ({page, owner, browser, baseURL, context}) => {
  test.setTimeout(120_000);
  // The salon is set up already (the booking specs walk through that on screen).
  const put = async (url: string, data: object) => expect((await context.request.put(url, {data})).status()).toBe(200);
  // Ids are the device's to choose and unique across companies.
  const [master, place, service] = ['m', 'p', 's'].map((k) => `${k}-${crypto.randomUUID()}`);
  await put(`/api/v1/booking/masters/${master}`, {memberId: owner.member.id, masterSlug: 'dana', displayName: 'Дана', about: ''});
  await put(`/api/v1/booking/places/${place}`, {masterId: master, name: 'Салон на Абая', timezone: 'Asia/Almaty', hours: everyDay});
  await put(`/api/v1/booking/services/${service}`, {masterId: master, title: 'Стрижка', durationMin: 60, placeIds: [place]});

  const clients = new ClientsPage(page);
  await clients.open();
  await clients.waitOnline();

  // A client books from the master's link: no JavaScript, a screen like the staff's.
  const visitorContext = await newDevice(browser, baseURL, page, {javaScriptEnabled: false});
  const visitor = new PublicBookingPage(await visitorContext.newPage());
  await visitor.open(`/c/${owner.company.slug}/book/dana`);
  await visitor.chooseService('Стрижка');
  await visitor.chooseDay(1);
  const [time] = await visitor.times();
  await visitor.chooseTime(time!);
  await visitor.fillDetails({name: 'Мадина', phone: '+7 705 123 45 67'});
  await visitor.expectBooked();
  await visitorContext.close();

  // She appears in the client base as soon as the booking is made; one booking is not "repeat" yet.
  await expect(clients.row('Мадина')).toBeVisible({timeout: 30_000});
  await expect(clients.row('Мадина')).not.toContainText('Повторный клиент');

  // She calls; staff write a request with the number as she says it.
  const requests = new RequestsPage(page);
  await requests.open();
  await requests.createManual({phone: '8 (705) 123-45-67', text: 'Можно ли добавить окрашивание?'});
  await expect(requests.card).toContainText('Мадина');

  await clients.open();
  await expect(clients.row('Мадина')).toContainText('Повторный клиент');
  await clients.expectCount(1);
  await clients.openClient('Мадина');
  await expect(clients.card.locator('[data-stat="contacts"]')).toHaveText('2');
  await expect(clients.card.locator('[data-stat="bookings"]')).toHaveText('1');
  await expect(clients.card.locator('[data-stat="visits"]')).toHaveText('0');
  await expect(clients.card.getByRole('link', {name: '+7 705 123 45 67'})).toBeVisible();
  const timeline = clients.timeline();
  await expect(timeline).toContainText('Заявка #1');
  await expect(timeline).toContainText('Клиент появился — Запись на услугу');
  const booking = timeline.locator('[data-kind="booking"]');
  await expect(booking).toContainText(time!);
  await expect(booking).toContainText('Предстоит');
  await expect(booking).toContainText('Стрижка · Дана');
  await clients.expectFitsScreen();
  await booking.scrollIntoViewIfNeeded();
  await shoot(page, 'crm-booking-card');

  // From the story to the booking in the master's screens, and back to the client.
  await booking.getByRole('link', {name: /Запись на/}).click();
  const diary = new BookingPage(page);
  await expect(diary.card).toContainText('Стрижка');
  await expect(diary.card).toContainText(time!);
  await diary.expectFitsScreen();
  await shoot(page, 'crm-booking-booking');
  await diary.card.getByRole('link', {name: 'Мадина'}).click();
  await expect(clients.card.getByRole('heading', {name: 'Мадина'})).toBeVisible();
  const clientUrl = page.url();

  // The master's own client list names her the same way, linked to the same card.
  await diary.open();
  await diary.openTab('Клиенты');
  await diary.clientLink('Мадина').click();
  await expect(clients.card.getByRole('heading', {name: 'Мадина'})).toBeVisible();
  expect(page.url()).toBe(clientUrl);
});
