// Issue #7, "done means": a master sets up two places and three services on a
// phone; a client books from the public page (no JavaScript); the slot
// disappears for the next client; the master moves the booking; the client
// gets the reminder email in a local SMTP server; 50 concurrent bookings of
// one slot give exactly one success.
import {E2E_SMTP_PORT} from '../playwright.config.ts';
import {startSmtp} from '#server/testing/smtp.ts';
import {expect, newDevice, test} from './fixtures.ts';
import {BookingPage} from './page-models/booking-page.ts';
import {PublicBookingPage} from './page-models/public-booking-page.ts';
import {shoot} from './support/shoot.ts';

test.describe.configure({mode: 'serial', timeout: 180_000});

let smtp: Awaited<ReturnType<typeof startSmtp>>;
test.beforeAll(async () => {
  smtp = await startSmtp(E2E_SMTP_PORT);
});
test.afterAll(async ({request}) => {
  // The server clock is shared by every spec: put it back.
  await request.post('/__test/clock', {data: {reset: true}});
  await smtp.close();
});

test('a master sets up, a client books, the master moves it, the client is reminded; 50 clients race for one slot', async ({
  page,
  owner,
  browser,
  baseURL,
  request,
}) => {
  const app = new BookingPage(page);
  await app.createProfile({name: 'Айгерим', slug: 'aigerim'});
  await app.openSetup();
  await app.addPlace({name: 'Салон на Абая', address: 'Алматы, Абая 10'});
  await app.addPlace({name: 'Выезд на дом', saturday: true});
  await app.addService({title: 'Стрижка', duration: 60, buffer: 15, price: '5000'});
  await app.addService({title: 'Маникюр', duration: 90, price: '7000', only: 'Салон на Абая'});
  await app.addService({title: 'Консультация', duration: 30, only: 'Выезд на дом'});
  await app.expectFitsScreen();
  await shoot(page, 'booking-setup');
  const link = await app.publicLink();
  expect(link).toMatch(new RegExp(`/c/${owner.company.slug}/book/aigerim$`));

  // A client follows the master's link: no JavaScript, a phone-sized screen.
  const clientContext = await newDevice(browser, baseURL, page, {javaScriptEnabled: false});
  const client = new PublicBookingPage(await clientContext.newPage());
  // The master's writes reach the server through sync: wait until the page shows all three services.
  await expect
    .poll(
      async () => {
        await client.page.goto(link);
        return client.page.locator('ul.opts a.opt').count();
      },
      {timeout: 30_000},
    )
    .toBe(3);
  await shoot(client.page, 'public-book-services');
  await client.chooseService('Стрижка');
  await shoot(client.page, 'public-book-places');
  await client.choosePlace('Салон на Абая');
  await shoot(client.page, 'public-book-days');
  const day = await client.chooseDay(2);
  const times = await client.times();
  expect(times.length).toBeGreaterThan(3);
  await shoot(client.page, 'public-book-times');
  const first = times[0]!;
  await client.chooseTime(first);
  await shoot(client.page, 'public-book-form');
  await client.fillDetails({name: 'Дана', phone: '+7 701 111 22 33', email: 'dana@example.kz'});
  await client.expectBooked();
  await expect(client.page.getByRole('link', {name: 'Добавить в календарь'})).toBeVisible();
  await shoot(client.page, 'public-book-done');
  const ics = await client.page.request.get((await client.page.getByRole('link', {name: 'Добавить в календарь'}).getAttribute('href'))!);
  expect(await ics.text()).toContain('BEGIN:VEVENT');

  // The next client does not see that time any more.
  const next = new PublicBookingPage(await (await newDevice(browser, baseURL, page, {javaScriptEnabled: false})).newPage());
  await next.open(link);
  await next.chooseService('Стрижка');
  await next.choosePlace('Салон на Абая');
  expect(await next.chooseDay(2)).toBe(day);
  expect(await next.times()).not.toContain(first);
  await next.page.context().close();

  // The master sees it in the week and moves it to 17:00.
  await app.openWeek(day);
  await expect(app.booking('Дана')).toBeVisible({timeout: 20_000});
  await app.expectFitsScreen();
  await shoot(page, 'booking-week');
  await app.booking('Дана').click();
  await app.moveTo('17:00');
  await expect(page.locator('.booking-card')).toContainText('17:00');
  await shoot(page, 'booking-card');
  const moved = Date.parse(`${day}T17:00:00+05:00`);
  // Dana's mail from this company (the other project's run books a Dana too).
  const danasMail = () => smtp.mails.filter((m) => m.to.includes('dana@example.kz') && m.text.includes(`/c/${owner.company.slug}/`));
  await expect
    .poll(
      async () => {
        await request.post('/__test/jobs/run');
        return danasMail().map((m) => m.subject);
      },
      {timeout: 30_000},
    )
    .toEqual([expect.stringContaining('Вы записаны'), expect.stringContaining('Запись перенесена')]);

  // A day before the visit: the reminder, once, with the new time.
  await request.post('/__test/clock', {data: {now: moved - 24 * 3600_000 + 60_000}});
  await request.post('/__test/jobs/run');
  await request.post('/__test/jobs/run');
  const reminders = danasMail().filter((m) => m.subject.includes('Напоминание'));
  expect(reminders).toHaveLength(1);
  expect(reminders[0]!.text).toContain('17:00');
  await request.post('/__test/clock', {data: {reset: true}});

  // The master's log shows what went out.
  await app.open('/booking/log');
  await expect(page.locator('.log-panel li[data-kind="booking.reminder"] .st.delivered')).toHaveCount(1, {timeout: 20_000});
  await expect(page.locator('.inapp-panel')).toContainText('Новая запись: Дана');
  await shoot(page, 'booking-log');

  // 50 clients take the same slot at the same moment: exactly one gets it.
  if (test.info().project.name === 'phone') {
    await client.open(link);
    await client.chooseService('Маникюр');
    await client.chooseDay(3);
    const at = await client.page.locator('main > ul.slots a.slot').first().getAttribute('href');
    const time = new URL(at!, 'http://x').searchParams.get('time')!;
    const results = await Promise.all(
      Array.from({length: 50}, (_, i) =>
        clientContext.request.post(link, {
          form: {
            service: new URL(at!, 'http://x').searchParams.get('service')!,
            place: new URL(at!, 'http://x').searchParams.get('place') ?? '',
            time,
            name: `Клиент ${i}`,
            phone: `+7701000${String(i).padStart(4, '0')}`,
            form_id: crypto.randomUUID(),
          },
          headers: {'x-forwarded-for': `10.7.${Math.floor(i / 200)}.${i + 1}`},
          maxRedirects: 0,
        }),
      ),
    );
    const statuses = results.map((r) => r.status());
    expect(statuses.filter((s) => s === 303)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(49);
  }
  await clientContext.close();
});
