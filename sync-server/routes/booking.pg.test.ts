// Booking against a real stack of its own (no sync needed: REST, public
// pages, jobs and email), with a local SMTP server and the server clock set
// to a known Monday so schedules and reminders are exact.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ICAL from 'ical.js';
import pg from 'pg';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {Client, uniqueEmail} from '../testing/http.ts';
import {eventTexts, expectedText, icsProblems} from '../testing/ics-check.ts';
import {startStack, type TestStack} from '../testing/stack.ts';
import {startSmtp, type Mail} from '../testing/smtp.ts';

// Monday 3 June 2030, 08:00 in Almaty (UTC+5).
const MONDAY_8 = Date.parse('2030-06-03T08:00:00+05:00');
const at = (day: string, hhmm: string) => Date.parse(`${day}T${hhmm}:00+05:00`);
const week = (intervals: [string, string][], days = ['mon', 'tue', 'wed', 'thu', 'fri']) =>
  Object.fromEntries(
    ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].map((d) => [
      d,
      {open: days.includes(d), intervals: days.includes(d) ? intervals.map(([from, to]) => ({from, to})) : []},
    ]),
  );

let stack: TestStack;
// Our own data directory, so the stack can be stopped and started again on it (a restart).
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'dot-booking-'));
const stackEnv = () => ({DOT_SMTP_URL: `smtp://127.0.0.1:${smtp.port}`, DOT_MAIL_FROM: 'Салон <salon@dot.local>', DOT_JOBS_TICK_MS: '3600000'});
let smtp: Awaited<ReturnType<typeof startSmtp>>;
let owner: Client;
let me: {member: {id: string}; company: {slug: string; id: string}};
const ids = {master: 'm-1', salon: 'p-salon', home: 'p-home', cut: 's-cut', nails: 's-nails', consult: 's-consult'};

// A minute early: the server clock keeps running from the moment it is set.
const clockTo = (now: number) => owner.post('/__test/clock', {now: now - 60_000});
const runJobs = () => owner.post('/__test/jobs/run', {});
const mailsTo = (email: string) => smtp.mails.filter((m: Mail) => m.to.includes(email));
const publicClient = (ip: string) => new Client(stack.baseUrl, {'x-forwarded-for': ip, 'accept-language': 'ru'});

beforeAll(async () => {
  smtp = await startSmtp();
  stack = await startStack({sync: false, dataDir, env: stackEnv()});
  owner = new Client(stack.baseUrl, {'accept-language': 'ru'});
  const res = await owner.post('/api/v1/auth/signup', {companyName: 'Салон Айгерим', name: 'Айгерим', email: uniqueEmail(), password: 'password1'});
  expect(res.status).toBe(201);
  me = res.body;
  await clockTo(MONDAY_8);
  expect(
    (
      await owner.put(`/api/v1/booking/masters/${ids.master}`, {
        memberId: me.member.id,
        masterSlug: 'aigerim',
        displayName: 'Айгерим',
        about: 'Стрижки и маникюр',
      })
    ).status,
  ).toBe(200);
  expect(
    (
      await owner.put(`/api/v1/booking/places/${ids.salon}`, {
        masterId: ids.master,
        name: 'Салон на Абая',
        address: 'Абая 10',
        timezone: 'Asia/Almaty',
        hours: week([
          ['09:00', '13:00'],
          ['14:00', '18:00'],
        ]),
      })
    ).status,
  ).toBe(200);
  expect(
    (
      await owner.put(`/api/v1/booking/places/${ids.home}`, {
        masterId: ids.master,
        name: 'Выезд на дом',
        timezone: 'Asia/Almaty',
        hours: week([['10:00', '16:00']], ['sat']),
      })
    ).status,
  ).toBe(200);
  expect(
    (
      await owner.put(`/api/v1/booking/services/${ids.cut}`, {
        masterId: ids.master,
        title: 'Стрижка',
        durationMin: 60,
        bufferMin: 15,
        price: 500_000,
        placeIds: [ids.salon, ids.home],
      })
    ).status,
  ).toBe(200);
  expect(
    (await owner.put(`/api/v1/booking/services/${ids.nails}`, {masterId: ids.master, title: 'Маникюр', durationMin: 90, placeIds: [ids.salon]})).status,
  ).toBe(200);
  expect(
    (await owner.put(`/api/v1/booking/services/${ids.consult}`, {masterId: ids.master, title: 'Консультация', durationMin: 30, placeIds: [ids.home]})).status,
  ).toBe(200);
}, 120_000);

afterAll(async () => {
  await stack?.stop();
  await smtp?.close();
  fs.rmSync(dataDir, {recursive: true, force: true});
});

const slots = async (service = ids.cut, place = ids.salon) =>
  ((await owner.get(`/api/v1/booking/masters/${ids.master}/slots?serviceId=${service}&placeId=${place}`)).body.data as {start: number}[]).map((s) => s.start);

describe('booking', () => {
  it('refuses bad input naming the field, and saves nothing', async () => {
    const r = await owner.put('/api/v1/booking/services/s-bad', {masterId: ids.master, title: '', durationMin: 2, placeIds: []});
    expect(r.status).toBe(400);
    expect(r.body.error.fields.map((f: {field: string}) => f.field).sort()).toEqual(['durationMin', 'placeIds', 'title']);
    expect(r.body.error.message).toContain('Длительность');
    const masters = (await owner.get('/api/v1/booking/masters')).body.data;
    expect(masters[0].services.map((s: {id: string}) => s.id)).not.toContain('s-bad');
  });

  it('a client books from the public page; the slot disappears for the next client', async () => {
    const before = await slots();
    expect(before[0]).toBe(at('2030-06-03', '09:00'));
    const visitor = publicClient('10.1.0.1');
    const list = await visitor.get(`/c/${me.company.slug}/book?src=qr-card`);
    expect(list.status).toBe(302);
    expect(list.headers.get('location')).toBe(`/c/${me.company.slug}/book/aigerim?src=qr-card`);
    const services = await visitor.get(`/c/${me.company.slug}/book/aigerim`);
    expect(services.body).toContain('Стрижка');
    const places = await visitor.get(`/c/${me.company.slug}/book/aigerim?service=${ids.cut}`);
    expect(places.body).toContain('Выезд на дом');
    const days = await visitor.get(`/c/${me.company.slug}/book/aigerim?service=${ids.cut}&place=${ids.salon}`);
    expect(days.body).toContain('day=2030-06-03');
    const times = await visitor.get(`/c/${me.company.slug}/book/aigerim?service=${ids.cut}&place=${ids.salon}&day=2030-06-03`);
    expect(times.body).toContain('>09:00<');
    const form = new URLSearchParams({
      service: ids.cut,
      place: ids.salon,
      time: String(at('2030-06-03', '09:00')),
      name: 'Дана',
      phone: '8 701 111 22 33',
      email: 'dana@example.kz',
      form_id: crypto.randomUUID(),
    });
    const done = await visitor.req('POST', `/c/${me.company.slug}/book/aigerim`, form.toString(), {'content-type': 'application/x-www-form-urlencoded'});
    expect(done.status, String(done.body).slice(0, 500)).toBe(303);
    const manage = done.headers.get('location')!;
    expect(manage).toMatch(/\/b\/[^?]+\?k=[\w-]{22}&new=1$/);
    const page = await visitor.get(manage);
    expect(page.body).toContain('Вы записаны');
    expect(page.body).toContain('Салон на Абая');
    // Email is on and Дана left hers: the reminder she is promised will come.
    expect(page.body).toContain('Напоминание придёт заранее на ваш email');
    const after = await slots();
    // 09:00–10:00 plus a 15-minute buffer: 09:00, 09:30 and 10:00 are gone.
    expect(after).not.toContain(at('2030-06-03', '09:00'));
    expect(after).not.toContain(at('2030-06-03', '10:00'));
    expect(after[0]).toBe(at('2030-06-03', '10:30'));
    const second = await visitor.req(
      'POST',
      `/c/${me.company.slug}/book/aigerim`,
      new URLSearchParams({...Object.fromEntries(form), form_id: crypto.randomUUID(), name: 'Асем'}).toString(),
      {'content-type': 'application/x-www-form-urlencoded'},
    );
    expect(second.status).toBe(409);
    expect(second.body).toContain('только что заняли');
    await runJobs();
    expect(mailsTo('dana@example.kz').map((m) => m.subject)).toEqual([expect.stringContaining('Вы записаны')]);
    expect(mailsTo('dana@example.kz')[0]!.raw).toContain('text/calendar');
  });

  it('50 concurrent bookings of one slot: exactly one succeeds, the rest get alternatives', async () => {
    const startsAt = at('2030-06-04', '11:00');
    const results = await Promise.all(
      Array.from({length: 50}, (_, i) =>
        owner.post('/api/v1/booking/bookings', {
          masterId: ids.master,
          placeId: ids.salon,
          serviceId: ids.cut,
          startsAt,
          clientName: `Клиент ${i}`,
          clientPhone: `+7701000${String(i).padStart(4, '0')}`,
        }),
      ),
    );
    const statuses = results.map((r) => r.status);
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(49);
    const refused = results.find((r) => r.status === 409)!;
    expect(refused.body.error.code).toBe('conflict');
    expect(refused.body.error.alternatives.length).toBeGreaterThan(0);
    for (const a of refused.body.error.alternatives as {start: number}[]) expect(Math.abs(a.start - startsAt)).toBeGreaterThanOrEqual(75 * 60_000);
  });

  it('reminds 24 h and 2 h before, once each, never for a cancelled booking, and asks for a review after', async () => {
    const mk = (startsAt: number, email: string) =>
      owner.post('/api/v1/booking/bookings', {
        masterId: ids.master,
        placeId: ids.salon,
        serviceId: ids.nails,
        startsAt,
        clientName: 'Гульнар',
        clientPhone: '+77012223344',
        clientEmail: email,
      });
    const kept = (await mk(at('2030-06-05', '15:00'), 'kept@example.kz')).body;
    const dropped = (await mk(at('2030-06-05', '09:00'), 'dropped@example.kz')).body;
    expect((await owner.post(`/api/v1/booking/bookings/${dropped.id}/cancel`, {reason: 'Мастер заболела'})).status).toBe(200);
    await runJobs();
    // Cancelled before the confirmation went out: the client hears only of the cancellation.
    expect(mailsTo('dropped@example.kz').map((m) => m.subject)).toEqual([expect.stringContaining('отменена')]);
    expect(mailsTo('dropped@example.kz')[0]!.text).toContain('Мастер заболела');
    await clockTo(at('2030-06-04', '15:02'));
    await runJobs();
    await runJobs();
    const reminders = () => mailsTo('kept@example.kz').filter((m) => m.subject.includes('Напоминание'));
    expect(reminders()).toHaveLength(1);
    expect(mailsTo('dropped@example.kz').filter((m) => m.subject.includes('Напоминание'))).toHaveLength(0);
    await clockTo(at('2030-06-05', '13:30'));
    await runJobs();
    expect(reminders()).toHaveLength(2);
    // After the visit (16:30) plus 120 minutes: "how was it?"
    await clockTo(at('2030-06-05', '18:31'));
    await runJobs();
    await runJobs();
    const ask = mailsTo('kept@example.kz').filter((m) => m.subject.includes('Как всё прошло'));
    expect(ask).toHaveLength(1);
    const link = /https?:\/\/\S+\/review\?k=[\w-]+/.exec(ask[0]!.text)![0];
    const path = new URL(link).pathname + new URL(link).search;
    const client = publicClient('10.1.0.9');
    expect((await client.get(path)).status).toBe(200);
    const sent = await client.req(
      'POST',
      path.split('?')[0]!,
      new URLSearchParams({k: new URL(link).searchParams.get('k')!, rating: '5', text: 'Отлично!', form_id: crypto.randomUUID()}).toString(),
      {'content-type': 'application/x-www-form-urlencoded'},
    );
    expect(sent.status).toBe(303);
    const reviews = (await owner.get('/api/v1/reviews')).body.data as {id: string; status: string; bookingId: string; masterId: string}[];
    const review = reviews.find((r) => r.bookingId === kept.id)!;
    expect(review).toMatchObject({status: 'pending', masterId: ids.master});
    expect((await new Client(stack.baseUrl).get(`/c/${me.company.slug}/reviews`)).body).not.toContain('Отлично!');
    expect((await owner.patch(`/api/v1/reviews/${review.id}`, {status: 'published'})).status).toBe(200);
    expect((await new Client(stack.baseUrl).get(`/c/${me.company.slug}/reviews`)).body).toContain('Отлично!');
    const log = (await owner.get('/api/v1/booking/notifications')).body.data as {kind: string; status: string; channel: string}[];
    expect(log.filter((n) => n.kind === 'booking.reminder' && n.status === 'delivered')).toHaveLength(2);
    await clockTo(MONDAY_8);
  });

  it('a client moves and cancels from their link within the master’s rules', async () => {
    const visitor = publicClient('10.1.0.2');
    const book = async (time: number, name: string, service = ids.consult, place = ids.home) => {
      const r = await visitor.req(
        'POST',
        `/c/${me.company.slug}/book/aigerim`,
        new URLSearchParams({service, place, time: String(time), name, phone: '+77015556677', form_id: crypto.randomUUID()}).toString(),
        {'content-type': 'application/x-www-form-urlencoded'},
      );
      expect(
        r.status,
        String(r.body)
          .replace(/[\s\S]*<main/, '')
          .slice(0, 1500),
      ).toBe(303);
      return r.headers.get('location')!.replace('&new=1', '');
    };
    const manage = await book(at('2030-06-08', '10:00'), 'Ержан');
    const [p, q] = manage.split('?');
    const moved = await visitor.req('POST', `${p}/move?${q}`, new URLSearchParams({time: String(at('2030-06-08', '12:00'))}).toString(), {
      'content-type': 'application/x-www-form-urlencoded',
    });
    expect(moved.status).toBe(303);
    expect((await visitor.get(moved.headers.get('location')!)).body).toContain('Запись перенесена');
    expect((await visitor.get(`${p}?k=wrongwrongwrongwrong12`)).status).toBe(404);
    const cancel = await visitor.req('POST', `${p}/cancel?${q}`, new URLSearchParams({reason: 'Заболел'}).toString(), {
      'content-type': 'application/x-www-form-urlencoded',
    });
    expect(cancel.status).toBe(303);
    expect((await visitor.get(manage)).body).toContain('Запись отменена');
    // Too close to the visit (the master's 180 minutes): only the master can change it.
    const soon = await book(at('2030-06-03', '16:00'), 'Поздний', ids.nails, ids.salon);
    await clockTo(at('2030-06-03', '13:30'));
    const [sp, sq] = soon.split('?');
    expect((await visitor.get(soon)).body).toContain('изменить запись можно только через мастера');
    await visitor.req('POST', `${sp}/cancel?${sq}`, 'reason=x', {'content-type': 'application/x-www-form-urlencoded'});
    expect((await visitor.get(soon)).body).not.toContain('Запись отменена');
    await clockTo(MONDAY_8);
  });

  it('gives a master (staff) only their own booking; managers see every master', async () => {
    const email = uniqueEmail('master');
    expect((await owner.post('/api/v1/members', {name: 'Асель', email, role: 'staff', password: 'password1'})).status).toBe(201);
    const staff = new Client(stack.baseUrl, {'accept-language': 'en'});
    const login = await staff.post('/api/v1/auth/login', {email, password: 'password1'});
    expect(login.body.permissions).toContain('booking.own');
    expect((await staff.put('/api/v1/booking/masters/m-asel', {memberId: login.body.member.id, masterSlug: 'asel', displayName: 'Асель'})).status).toBe(200);
    expect((await staff.put('/api/v1/booking/masters/m-x', {memberId: me.member.id, masterSlug: 'fake', displayName: 'Not me'})).status).toBe(404);
    const taken = await staff.put('/api/v1/booking/masters/m-asel', {memberId: login.body.member.id, masterSlug: 'aigerim', displayName: 'Асель'});
    expect(taken.status).toBe(400);
    expect(taken.body.error.fields[0]).toMatchObject({field: 'masterSlug', text: 'Your link address: Another master already has this address'});
    expect((await staff.get('/api/v1/booking/masters')).body.data.map((m: {id: string}) => m.id)).toEqual(['m-asel']);
    expect(
      (await staff.put(`/api/v1/booking/places/${ids.salon}`, {masterId: ids.master, name: 'x', timezone: 'Asia/Almaty', hours: week([['09:00', '10:00']])}))
        .status,
    ).toBe(404);
    expect((await staff.get(`/api/v1/booking/bookings?masterId=${ids.master}&from=0&to=9999999999999`)).body.data).toEqual([]);
    expect((await owner.get('/api/v1/booking/masters')).body.data.map((m: {id: string}) => m.id).sort()).toEqual(['m-1', 'm-asel']);
  });

  it('an administrator runs a master who has no login: hours, bookings, the send log, and the salon hears of a client booking', async () => {
    const email = uniqueEmail('nologin-staff');
    expect((await owner.post('/api/v1/members', {name: 'Жанна', email, role: 'staff', password: 'password1'})).status).toBe(201);
    const staff = new Client(stack.baseUrl, {'accept-language': 'ru'});
    const login = await staff.post('/api/v1/auth/login', {email, password: 'password1'});
    // Only someone who manages booking for everyone adds a master without a login, or relinks one.
    expect((await staff.put('/api/v1/booking/masters/m-free', {memberId: null, masterSlug: 'free', displayName: 'Никто'})).status).toBe(404);
    expect((await owner.put('/api/v1/booking/masters/m-dina', {memberId: null, masterSlug: 'dina', displayName: 'Дина'})).status).toBe(200);
    expect((await staff.put('/api/v1/booking/masters/m-dina', {memberId: login.body.member.id, masterSlug: 'dina', displayName: 'Дина'})).status).toBe(404);
    expect((await owner.put('/api/v1/booking/masters/m-dina', {memberId: 'no-such-member', masterSlug: 'dina', displayName: 'Дина'})).status).toBe(400);
    expect(
      (await owner.put('/api/v1/booking/places/p-dina', {masterId: 'm-dina', name: 'Кресло 2', timezone: 'Asia/Almaty', hours: week([['10:00', '20:00']])}))
        .status,
    ).toBe(200);
    expect(
      (await owner.put('/api/v1/booking/services/s-dina', {masterId: 'm-dina', title: 'Окрашивание', durationMin: 120, placeIds: ['p-dina']})).status,
    ).toBe(200);
    expect((await staff.get('/api/v1/booking/masters')).body.data.map((m: {id: string}) => m.id)).not.toContain('m-dina');
    // A client books Дина on the public page; nobody logs in as Дина, so the salon's managers hear of it.
    const visitor = publicClient('10.1.0.9');
    const form = new URLSearchParams({
      service: 's-dina',
      place: 'p-dina',
      time: String(at('2030-06-04', '10:00')),
      name: 'Карина',
      phone: '8 701 222 33 44',
      email: 'karina@example.kz',
      form_id: crypto.randomUUID(),
    });
    const done = await visitor.req('POST', `/c/${me.company.slug}/book/dina`, form.toString(), {'content-type': 'application/x-www-form-urlencoded'});
    expect(done.status, String(done.body).slice(0, 300)).toBe(303);
    await runJobs();
    const notices = (await owner.get('/api/v1/notifications')).body.data as {kind: string; url: string}[];
    expect(notices.filter((n) => n.kind === 'booking.master.created').map((n) => n.url)).toContain(`/booking/team?day=${at('2030-06-04', '10:00')}`);
    expect(((await staff.get('/api/v1/notifications')).body.data as {kind: string}[]).map((n) => n.kind)).not.toContain('booking.master.created');
    // The master's send log lists the client's confirmation, though the master has no member to file it under.
    const log = (await owner.get('/api/v1/booking/notifications?masterId=m-dina')).body.data as {kind: string; recipient: string}[];
    expect(log.map((n) => n.kind)).toContain('booking.created');
    expect((await staff.get('/api/v1/booking/notifications?masterId=m-dina')).body.data).toEqual([]);
    // The owner books a walk-in for Дина; the company-wide day lists both, staff see none of it.
    const walkIn = await owner.post('/api/v1/booking/bookings', {
      masterId: 'm-dina',
      placeId: 'p-dina',
      serviceId: 's-dina',
      startsAt: at('2030-06-04', '14:00'),
      clientName: 'Без записи',
      clientPhone: '+77010000077',
    });
    expect(walkIn.status).toBe(201);
    const day = `from=${at('2030-06-04', '00:00')}&to=${at('2030-06-05', '00:00')}`;
    const salonDay = (await owner.get(`/api/v1/booking/bookings?${day}`)).body.data as {masterId: string; clientName: string}[];
    expect(salonDay.filter((b) => b.masterId === 'm-dina').map((b) => b.clientName)).toEqual(['Карина', 'Без записи']);
    expect((await staff.get(`/api/v1/booking/bookings?${day}`)).body.data).toEqual([]);
  });

  it('one service list: a booking service that is a catalog item reads its name, price and duration from the catalog and follows it', async () => {
    const created = await owner.post('/api/v1/catalog/items', {title: 'Окрашивание в один тон', price: 1_500_000, durationMin: 120});
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect(created.body.durationMin).toBe(120);
    const plain = await owner.post('/api/v1/catalog/items', {title: 'Шампунь', price: 450_000});
    // What the master types for a catalog service does not count: the catalog's words and figures do.
    const saved = await owner.put('/api/v1/booking/services/s-colour', {
      masterId: ids.master,
      title: 'что угодно',
      durationMin: 30,
      price: 1,
      placeIds: [ids.salon],
      catalogItemId: created.body.id,
    });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    expect(saved.body).toMatchObject({title: 'Окрашивание в один тон', durationMin: 120, price: 1_500_000, catalogItemId: created.body.id});
    // Not bookable (no duration) or another company's: refused, naming the field.
    const notBookable = await owner.put('/api/v1/booking/services/s-shampoo', {
      masterId: ids.master,
      title: 'Шампунь',
      durationMin: 30,
      placeIds: [ids.salon],
      catalogItemId: plain.body.id,
    });
    expect(notBookable.status).toBe(400);
    expect(notBookable.body.error.fields[0].field).toBe('catalogItemId');
    // The catalog changes once; the booking service and the public page follow.
    expect((await owner.patch(`/api/v1/catalog/items/${created.body.id}`, {title: 'Окрашивание корней', price: 1_200_000, durationMin: 90})).status).toBe(200);
    const service = (
      (await owner.get('/api/v1/booking/masters')).body.data as {id: string; services: {id: string; title: string; durationMin: number; price: number}[]}[]
    )
      .find((m) => m.id === ids.master)!
      .services.find((x) => x.id === 's-colour');
    expect(service).toMatchObject({title: 'Окрашивание корней', durationMin: 90, price: 1_200_000});
    expect((await publicClient('10.1.0.10').get(`/c/${me.company.slug}/book/aigerim`)).body).toContain('Окрашивание корней');
  });

  it('the company’s site offers “Записаться”: a master or a service first, then a time, without JavaScript', async () => {
    const visitor = publicClient('10.1.0.11');
    const home = await visitor.get(`/c/${me.company.slug}`);
    expect(home.body).toContain(`href="/c/${me.company.slug}/book"`);
    expect(home.body).toContain('>Записаться</a>');
    expect(home.body).not.toContain('<script');
    // Стрижка is offered by Айгерим and (now) Дина; Окрашивание only by Дина.
    expect(
      (await owner.put('/api/v1/booking/services/s-dina-cut', {masterId: 'm-dina', title: 'стрижка', durationMin: 45, price: 400_000, placeIds: ['p-dina']}))
        .status,
    ).toBe(200);
    const start = await visitor.get(`/c/${me.company.slug}/book`);
    expect(start.status).toBe(200);
    expect(start.body).toContain('Выберите мастера');
    expect(start.body).toContain('Или выберите услугу');
    const cut = start.body.match(/href="([^"]*svc=[^"]*)">Стрижка</)?.[1]?.replaceAll('&amp;', '&');
    expect(cut).toBeTruthy();
    const both = await visitor.get(cut!);
    expect(both.status).toBe(200);
    expect(both.body).toContain(`/c/${me.company.slug}/book/aigerim?service=${ids.cut}`);
    expect(both.body).toContain(`/c/${me.company.slug}/book/dina?service=s-dina-cut`);
    // A service only one master offers goes straight to that master's times.
    const one = await visitor.get(`/c/${me.company.slug}/book?svc=s-dina`);
    expect(one.status).toBe(302);
    expect(one.headers.get('location')).toBe(`/c/${me.company.slug}/book/dina?service=s-dina`);
  });

  it('serves a valid calendar feed behind a revocable secret address, kept only as its hash', async () => {
    const {url} = (await owner.post(`/api/v1/booking/masters/${ids.master}/feed`, {})).body;
    const path = new URL(url).pathname;
    const token = path.split('/').pop()!.replace('.ics', '');
    // Shown once: afterwards the app learns only that it is on.
    expect((await owner.get(`/api/v1/booking/masters/${ids.master}/feed`)).body).toEqual({on: true, createdAt: expect.any(Number), url: null});
    const db = new pg.Client({connectionString: stack.pgUrl});
    await db.connect();
    try {
      const stored = await db.query(`select to_jsonb(f)::text as row from booking_feed f where id = $1`, [ids.master]);
      expect(stored.rows[0].row).not.toContain(token);
      const audited = await db.query(`select count(*)::int as n from audit_log where changes::text like '%' || $1 || '%'`, [token]);
      expect(audited.rows[0].n).toBe(0);
    } finally {
      await db.end();
    }
    const feed = await new Client(stack.baseUrl).get(path);
    expect(feed.status).toBe(200);
    expect(feed.headers.get('content-type')).toContain('text/calendar');
    const cal = new ICAL.Component(ICAL.parse(feed.body as string));
    const events = cal.getAllSubcomponents('vevent');
    expect(events.length).toBeGreaterThan(3);
    // One event per booking of the master, each stamped with the moment the feed was made.
    const bookings = (await owner.get(`/api/v1/booking/bookings?masterId=${ids.master}&from=0&to=9999999999999`)).body.data as {id: string}[];
    expect(events.map((e) => e.getFirstPropertyValue('uid')).sort()).toEqual(bookings.map((b) => `${b.id}@dot`).sort());
    const ms = (t: unknown) => (t instanceof ICAL.Time ? t.toJSDate().getTime() : t);
    const stamps = new Set(events.map((e) => ms(e.getFirstPropertyValue('dtstamp'))));
    expect(stamps.size).toBe(1);
    expect(Math.abs(Number([...stamps][0]) - MONDAY_8)).toBeLessThan(3_600_000);
    for (const line of (feed.body as string).split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
    expect(icsProblems(feed.body as string)).toEqual([]);
    expect((await owner.req('DELETE', `/api/v1/booking/masters/${ids.master}/feed`)).status).toBe(204);
    expect((await new Client(stack.baseUrl).get(path)).status).toBe(404);
  });

  it('serves a strictly valid feed when empty and when a client’s name or note holds control characters', async () => {
    // A master of their own, so no other test's bookings are in the feed and none of theirs changes.
    expect((await owner.put('/api/v1/booking/masters/m-feed', {memberId: null, masterSlug: 'feed', displayName: 'Ал\u0007ия'})).status).toBe(200);
    expect(
      (await owner.put('/api/v1/booking/places/p-feed', {masterId: 'm-feed', name: 'Кресло; 3', timezone: 'Asia/Almaty', hours: week([['10:00', '18:00']])}))
        .status,
    ).toBe(200);
    expect((await owner.put('/api/v1/booking/services/s-feed', {masterId: 'm-feed', title: 'Укладка', durationMin: 60, placeIds: ['p-feed']})).status).toBe(
      200,
    );
    const path = new URL((await owner.post('/api/v1/booking/masters/m-feed/feed', {})).body.url).pathname;
    const empty = await new Client(stack.baseUrl).get(path);
    expect(empty.status).toBe(200);
    expect(icsProblems(empty.body as string)).toEqual([]);
    expect(eventTexts(empty.body as string)).toEqual([]);
    expect(empty.body).toContain('BEGIN:VTIMEZONE\r\nTZID:Asia/Almaty\r\n');

    const clientName = 'Гүл\u0001нар; "Ә", \\ \u001B[31m';
    // Not U+0000: PostgreSQL text cannot hold it, so the write itself fails before any feed (a separate defect).
    const note = `Код двери 12\u0002; ${'қабат 3, '.repeat(12)}\r\nбез звонка\u007F`;
    const made = await owner.post('/api/v1/booking/bookings', {
      masterId: 'm-feed',
      placeId: 'p-feed',
      serviceId: 's-feed',
      startsAt: at('2030-06-04', '10:00'),
      clientName,
      clientPhone: '+77015556677',
      note,
    });
    expect(made.status).toBe(201);
    const feed = await new Client(stack.baseUrl).get(path);
    expect(feed.status).toBe(200);
    expect(icsProblems(feed.body as string)).toEqual([]);
    expect(eventTexts(feed.body as string)).toEqual([
      {
        uid: `${made.body.id}@dot`,
        summary: expectedText(`Укладка — ${made.body.clientName}`),
        description: expectedText(`${made.body.clientPhone}\n${made.body.note}`),
        location: 'Кресло; 3',
      },
    ]);
    expect(made.body.clientName).toContain('\u0001');
  });

  it('a client’s own link stops working a month after the visit', async () => {
    const startsAt = at('2030-06-06', '10:00');
    const made = await owner.post('/api/v1/booking/bookings', {
      masterId: ids.master,
      placeId: ids.salon,
      serviceId: ids.cut,
      startsAt,
      clientName: 'Жанна',
      clientPhone: '+77014445566',
      clientEmail: 'expiry@example.kz',
    });
    expect(made.status).toBe(201);
    await runJobs();
    const link = /https?:\/\/\S+\/b\/[^\s?]+\?k=[\w-]+/.exec(mailsTo('expiry@example.kz')[0]!.text)![0];
    const path = new URL(link).pathname + new URL(link).search;
    const client = publicClient('10.1.0.33');
    expect((await client.get(path)).status).toBe(200);
    const endsAt = made.body.endsAt as number;
    await clockTo(endsAt + 29 * 86_400_000);
    expect((await client.get(path)).status).toBe(200);
    await clockTo(endsAt + 31 * 86_400_000);
    const late = await client.get(path);
    expect(late.status).toBe(404);
    expect(late.body).toContain('Ссылка устарела');
    expect(late.body).not.toContain('Жанна');
    await clockTo(MONDAY_8);
  });

  it('sends a message to all the master’s clients, previewed first, each once', async () => {
    const preview = (await owner.get(`/api/v1/booking/masters/${ids.master}/clients`)).body.data as {phone: string; email: string}[];
    const withEmail = preview.filter((c) => c.email);
    expect(withEmail.length).toBeGreaterThanOrEqual(2);
    expect(new Set(preview.map((c) => c.phone)).size).toBe(preview.length);
    const r = await owner.post(`/api/v1/booking/masters/${ids.master}/notify`, {body: 'Я в отпуске 1–7 июля'});
    expect(r.status).toBe(202);
    await runJobs();
    await runJobs();
    const holiday = smtp.mails.filter((m) => m.text.includes('Я в отпуске 1–7 июля'));
    expect(holiday).toHaveLength(withEmail.length);
    // The master's send log has one email line per client: delivered, or skipped for a client without an address.
    const log = (await owner.get(`/api/v1/booking/notifications?masterId=${ids.master}`)).body.data as {
      kind: string;
      channel: string;
      status: string;
      recipient: string;
    }[];
    const mass = log.filter((n) => n.kind === 'booking.mass' && n.channel === 'email');
    expect(mass.map((n) => [n.recipient, n.status]).sort()).toEqual(preview.map((c) => (c.email ? [c.email, 'delivered'] : ['', 'skipped'])).sort());
  });

  it('offers on the public page no evening slot whose visit runs into a booking after midnight', async () => {
    // A night place open Wednesday 20:00–02:00; the master has blocked Thursday 00:00–01:00.
    expect(
      (
        await owner.put('/api/v1/booking/places/p-night', {
          masterId: ids.master,
          name: 'Ночной зал',
          timezone: 'Asia/Almaty',
          hours: week([['20:00', '02:00']], ['wed']),
        })
      ).status,
    ).toBe(200);
    expect(
      (
        await owner.put('/api/v1/booking/services/s-night', {
          masterId: ids.master,
          title: 'Ночная стрижка',
          durationMin: 60,
          bufferMin: 15,
          placeIds: ['p-night'],
        })
      ).status,
    ).toBe(200);
    const block = await owner.post('/api/v1/booking/bookings', {
      masterId: ids.master,
      placeId: 'p-night',
      kind: 'block',
      startsAt: at('2030-06-06', '00:00'),
      endsAt: at('2030-06-06', '01:00'),
    });
    expect(block.status).toBe(201);
    const times = await publicClient('10.1.0.9').get(`/c/${me.company.slug}/book/aigerim?service=s-night&place=p-night&day=2030-06-05`);
    expect(times.body).toContain('>22:30<');
    // 23:00 and 23:30 (an hour and the 15-minute buffer) would run into the 00:00 block: the booking would refuse them.
    expect(times.body).not.toContain('>23:00<');
    expect(times.body).not.toContain('>23:30<');
    expect((await owner.post(`/api/v1/booking/bookings/${block.body.id}/cancel`, {reason: ''})).status).toBe(200);
  });
});

describe('the 14 KB budget of the public booking pages (HTML + CSS, gzip)', () => {
  it('holds for every step, with a long list of services', async () => {
    const {gzipSync} = await import('node:zlib');
    await clockTo(MONDAY_8);
    for (let i = 0; i < 40; i++) {
      await owner.put(`/api/v1/booking/services/s-long-${i}`, {
        masterId: ids.master,
        title: `Комплекс «Свадебная причёска, макияж и маникюр» номер ${i} с выездом`,
        durationMin: 60 + (i % 4) * 15,
        price: 1_500_000 + i * 10_000,
        placeIds: [ids.salon, ids.home],
      });
    }
    const visitor = publicClient('10.1.0.50');
    const base = `/c/${me.company.slug}/book/aigerim`;
    const sizes: Record<string, number> = {};
    const measure = async (name: string, path: string) => {
      const r = await visitor.get(path);
      expect(r.status, `${name} ${path}`).toBe(200);
      sizes[name] = gzipSync(Buffer.from(r.body as string), {level: 6}).length;
      expect(sizes[name], name).toBeLessThanOrEqual(14 * 1024);
    };
    await measure('services', base);
    await measure('places', `${base}?service=${ids.cut}`);
    await measure('days', `${base}?service=${ids.cut}&place=${ids.salon}`);
    await measure('times', `${base}?service=${ids.cut}&place=${ids.salon}&day=2030-06-04`);
    await measure('form', `${base}?service=${ids.cut}&place=${ids.salon}&time=${at('2030-06-04', '16:00')}`);
    const done = await visitor.req(
      'POST',
      base,
      new URLSearchParams({
        service: ids.cut,
        place: ids.salon,
        time: String(at('2030-06-04', '16:00')),
        name: 'Бюджет',
        phone: '+77019998877',
        form_id: crypto.randomUUID(),
      }).toString(),
      {'content-type': 'application/x-www-form-urlencoded'},
    );
    await measure('booking', done.headers.get('location')!);
    console.log(
      `public booking page sizes (gzip bytes): ${Object.entries(sizes)
        .map(([k, v]) => `${k} ${v}`)
        .join('; ')}`,
    );
  });
});

describe('work that outlives the process', () => {
  it('sends what was due across a restart: a queued confirmation and a reminder found by the scan', async () => {
    await clockTo(MONDAY_8);
    const r = await owner.post('/api/v1/booking/bookings', {
      masterId: ids.master,
      placeId: ids.salon,
      serviceId: ids.nails,
      startsAt: at('2030-06-06', '15:00'),
      clientName: 'Перезапуск',
      clientPhone: '+77017778899',
      clientEmail: 'restart@example.kz',
    });
    expect(r.status).toBe(201);
    // The worker never ticked (DOT_JOBS_TICK_MS is an hour): the confirmation waits in the queue.
    expect(mailsTo('restart@example.kz')).toHaveLength(0);
    const cookie = owner.cookie;
    await stack.stop();
    stack = await startStack({sync: false, dataDir, env: stackEnv()});
    owner = new Client(stack.baseUrl, {'accept-language': 'ru'});
    owner.cookie = cookie;
    // The clock's test offset lives in the process: set it again (the job is due from "Monday 08:00").
    await clockTo(MONDAY_8 + 120_000);
    await runJobs();
    expect(mailsTo('restart@example.kz').map((m) => m.subject)).toEqual([expect.stringContaining('Вы записаны')]);
    await clockTo(at('2030-06-05', '15:02'));
    await runJobs();
    await runJobs();
    expect(mailsTo('restart@example.kz').filter((m) => m.subject.includes('Напоминание'))).toHaveLength(1);
    await clockTo(MONDAY_8);
  }, 120_000);
});
