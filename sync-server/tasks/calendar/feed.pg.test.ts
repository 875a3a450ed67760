// A person's private calendar feed, as a calendar app reads it: their
// meetings at the right UTC time (a cancelled one as CANCELLED), their open
// tasks' deadlines, their bookings; nobody else's. The secret address is made,
// replaced and revoked; an unknown one is 404. Free/busy shows times only.
import ICAL from 'ical.js';
import pg from 'pg';
import {afterAll, beforeAll, describe, expect, inject, it} from 'vitest';
import {mutators} from '#shared/mutators/index.ts';
import {memberContextById} from '../../auth/member-context.ts';
import {colleagueWith, ownerContext, signupCompany, uniqueEmail, Client} from '../../testing/http.ts';
import {icsProblems} from '../../testing/ics-check.ts';
import {bookPublicly, salon, type Salon} from '../../testing/salon.ts';
import {createZeroDb} from '../../zero/db.ts';
import {effectTable} from '../../zero/effects.ts';
import {createExecutor, type Executor} from '../../zero/execute.ts';
import {calendarEffects} from './index.ts';
import {clock} from '../../clock.ts';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
let pool: pg.Pool;
let executor: Executor;
let s: Salon;
let colleague: {id: string; client: Client};
// Whole hours from now, so times are exact.
const base = Math.ceil(Date.now() / HOUR) * HOUR + 2 * DAY;
const topic = 'Жоспарлау кездесуі; бюджет, Q1 — итоги\nвторой строкой';

const feedOf = async (url: string) => {
  const res = await fetch(url.replace(/^https?:\/\/[^/]+/, inject('baseUrl')));
  return {status: res.status, type: res.headers.get('content-type'), cache: res.headers.get('cache-control'), text: await res.text()};
};
const events = (text: string) => new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent');
const byUid = (text: string, uid: string) => events(text).find((v) => v.getFirstPropertyValue('uid') === uid);

beforeAll(async () => {
  pool = new pg.Pool({connectionString: inject('pgUrl'), max: 3});
  executor = createExecutor({pool, zdb: createZeroDb(pool), effects: effectTable(calendarEffects({clock}))});
  s = await salon('Календарь компании');
  const email = uniqueEmail('staff');
  expect((await s.owner.post('/api/v1/members', {name: 'Айгерім Сәт', email, role: 'staff', password: 'colleague1'})).status).toBe(201);
  const c = new Client();
  expect((await c.post('/api/v1/auth/login', {email, password: 'colleague1'})).status).toBe(200);
  colleague = {id: (await c.get('/api/v1/auth/me')).body.member.id, client: c};
});

afterAll(() => pool.end());

const owner = () => ownerContext(s.me);
const meeting = (id: string, startsAt: number, participants: object[], extra: object = {}) =>
  executor.run(mutators.meeting.save({id, topic, startsAt, endsAt: startsAt + HOUR, participants, at: Date.now(), ...extra} as never), owner());

describe('the private calendar feed', () => {
  it('serves the person’s meetings, open deadlines and bookings at the right UTC times, and only theirs', async () => {
    const tag = crypto.randomUUID().slice(0, 8);
    await meeting(`fm-${tag}`, base, [{memberId: colleague.id}, {memberId: null, email: 'guest@mail.kz', name: 'Гость'}], {
      place: 'Абай даңғылы 10, 3 қабат; кабинет 5',
      link: 'https://meet.example.kz/x',
      agenda: '1. Бюджет, сроки\n2. Разное',
    });
    await meeting(`fc-${tag}`, base + DAY, [{memberId: colleague.id}]);
    await executor.run(mutators.meeting.cancel({id: `fc-${tag}`, at: Date.now()}), owner());
    // A meeting of others only: not in the owner's feed.
    const staff = (await memberContextById(pool, colleague.id, 'sync'))!;
    await pool.query(
      `insert into meeting (id, company_id, topic, starts_at, ends_at, organizer_id, created_at, updated_at) values ($1, $2, 'Чужая встреча', now() + interval '3 days', now() + interval '3 days 1 hour', $3, now(), now())`,
      [`fo-${tag}`, s.me.company.id, colleague.id],
    );
    const deadline = base + 3 * HOUR;
    await executor.run(mutators.task.create({id: `ft-${tag}`, title: 'Сдать отчёт, «срочно»', assigneeId: s.me.member.id, deadline, at: Date.now()}), owner());
    await executor.run(mutators.task.create({id: `fd-${tag}`, title: 'Закрытая задача', assigneeId: s.me.member.id, deadline, at: Date.now()}), owner());
    await executor.run(mutators.task.move({id: `fd-${tag}`, from: 'todo', to: 'done', at: Date.now()}), owner());
    const booked = await bookPublicly(s, {name: 'Клиент Фида', phone: '+77015559911'});
    expect(staff.permissions).toContain('meetings.own');

    const made = await s.owner.post('/api/v1/calendar/feed');
    expect(made.status).toBe(200);
    expect(made.body.url).toMatch(/\/cal\/[A-Za-z0-9_-]{32}\.ics$/);
    const feed = await feedOf(made.body.url);
    expect(feed.status).toBe(200);
    expect(feed.type).toBe('text/calendar; charset=utf-8');
    expect(feed.cache).toBe('no-store');
    expect(icsProblems(feed.text)).toEqual([]);
    expect(feed.text).toContain('X-WR-TIMEZONE:Asia/Almaty');

    const m = new ICAL.Event(byUid(feed.text, `meeting-fm-${tag}@dot`)!);
    expect(m.summary).toBe(topic);
    expect(m.location).toBe('Абай даңғылы 10, 3 қабат; кабинет 5');
    expect(m.description).toBe('1. Бюджет, сроки\n2. Разное');
    expect(m.startDate.toJSDate().getTime()).toBe(base);
    expect(m.endDate.toJSDate().getTime()).toBe(base + HOUR);
    expect(m.startDate.zone.tzid).toBe('UTC');
    expect(byUid(feed.text, `meeting-fc-${tag}@dot`)!.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(byUid(feed.text, `meeting-fo-${tag}@dot`)).toBeUndefined();
    expect(feed.text).not.toContain('Чужая встреча');

    const task = byUid(feed.text, `task-ft-${tag}@dot`)!;
    expect(new ICAL.Event(task).summary).toBe('Срок: Сдать отчёт, «срочно»');
    expect((task.getFirstPropertyValue('dtend') as ICAL.Time).toJSDate().getTime()).toBe(deadline);
    expect(task.getFirstPropertyValue('transp')).toBe('TRANSPARENT');
    expect(byUid(feed.text, `task-fd-${tag}@dot`)).toBeUndefined();
    expect(byUid(feed.text, `${booked.id}@dot`)).toBeDefined();

    // The colleague's own feed: the meetings they are in, no booking, no owner's task.
    const theirs = await feedOf((await colleague.client.post('/api/v1/calendar/feed')).body.url);
    expect(icsProblems(theirs.text)).toEqual([]);
    expect(events(theirs.text).map((v) => v.getFirstPropertyValue('uid'))).toEqual(
      expect.arrayContaining([`meeting-fm-${tag}@dot`, `meeting-fc-${tag}@dot`, `meeting-fo-${tag}@dot`]),
    );
    expect(theirs.text).not.toContain(`task-ft-${tag}`);
    expect(theirs.text).not.toContain(booked.id);
  });

  it('replaces and revokes the address; an unknown or revoked one is 404', async () => {
    const first = (await s.owner.post('/api/v1/calendar/feed')).body.url as string;
    expect((await feedOf(first)).status).toBe(200);
    expect((await s.owner.get('/api/v1/calendar/feed')).body).toEqual({on: true, createdAt: expect.any(Number)});
    const second = (await s.owner.post('/api/v1/calendar/feed')).body.url as string;
    expect(second).not.toBe(first);
    const old = await feedOf(first);
    expect([old.status, old.type]).toEqual([404, 'text/html; charset=utf-8']);
    expect((await feedOf(second)).status).toBe(200);
    expect((await s.owner.req('DELETE', '/api/v1/calendar/feed')).status).toBe(204);
    expect((await feedOf(second)).status).toBe(404);
    expect((await s.owner.get('/api/v1/calendar/feed')).body).toEqual({on: false, createdAt: null});
    expect((await feedOf(`${inject('baseUrl')}/cal/${'x'.repeat(32)}.ics`)).status).toBe(404);
    expect((await feedOf(`${inject('baseUrl')}/cal/short.ics`)).status).toBe(404);
    // Only the hash is kept.
    const {rows} = await pool.query('select token_hash from calendar_feed where member_id = $1', [s.me.member.id]);
    expect(rows).toEqual([]);
  });

  it('is refused to someone with neither meetings nor tasks', async () => {
    const {client, me} = await signupCompany('Без встреч');
    const clerk = await colleagueWith(pool, client, me.company.id, 'clerk', ['requests.read']);
    expect((await clerk.post('/api/v1/calendar/feed')).status).toBe(404);
  });
});

describe('Google Calendar on a server without an OAuth client', () => {
  it('refuses to connect, saying why; says it is not configured', async () => {
    const r = await s.owner.req('POST', '/api/v1/calendar/google', {refreshToken: 'x'}, {'accept-language': 'ru'});
    expect([r.status, r.body.error.message]).toEqual([409, expect.stringContaining('DOT_GOOGLE_CLIENT_ID')]);
    expect((await s.owner.get('/api/v1/calendar/google')).body).toEqual({configured: false, connected: false, state: null, lastError: '', syncedAt: null});
  });
});

describe('free/busy', () => {
  const url = (members: string[], from: number, to: number) => `/api/v1/meetings/busy?members=${members.join(',')}&from=${from}&to=${to}`;

  it('shows when the chosen members are busy — meetings, bookings, Google — as times only', async () => {
    const tag = crypto.randomUUID().slice(0, 8);
    const at = base + 20 * DAY;
    await meeting(`bm-${tag}`, at, [{memberId: colleague.id}]);
    await meeting(`bx-${tag}`, at + 2 * HOUR, [{memberId: colleague.id}]);
    await executor.run(mutators.meeting.cancel({id: `bx-${tag}`, at: Date.now()}), owner());
    const booked = await bookPublicly(s, {name: 'Тайный Клиент', phone: '+77015559912'});
    const {rows} = await pool.query('select starts_at, ends_at from booking where id = $1', [booked.id]);
    // A Google Calendar the colleague connected: one busy event.
    await pool.query(`insert into google_calendar (member_id, company_id, sealed) values ($1, $2, 'x') on conflict do nothing`, [
      colleague.id,
      s.me.company.id,
    ]);
    await pool.query(
      `insert into google_busy (member_id, company_id, event_id, starts_at, ends_at) values ($1, $2, $3, to_timestamp($4 / 1000.0), to_timestamp($5 / 1000.0))`,
      [colleague.id, s.me.company.id, `g-${tag}`, at + 5 * HOUR, at + 6 * HOUR],
    );
    const from = Math.min(rows[0].starts_at.getTime(), at) - HOUR;
    const res = await s.owner.get(url([s.me.member.id, colleague.id], from, at + DAY));
    expect(res.status).toBe(200);
    const mine = res.body.data.filter((b: {start: number}) => b.start >= at || b.start === rows[0].starts_at.getTime());
    expect(mine).toEqual(
      expect.arrayContaining([
        {memberId: s.me.member.id, start: at, end: at + HOUR, kind: 'meeting'},
        {memberId: colleague.id, start: at, end: at + HOUR, kind: 'meeting'},
        {memberId: s.me.member.id, start: rows[0].starts_at.getTime(), end: rows[0].ends_at.getTime(), kind: 'booking'},
        {memberId: colleague.id, start: at + 5 * HOUR, end: at + 6 * HOUR, kind: 'external'},
      ]),
    );
    // The cancelled meeting is free time; nothing says what fills the time.
    expect(res.body.data.some((b: {start: number}) => b.start === at + 2 * HOUR)).toBe(false);
    expect(JSON.stringify(res.body)).not.toMatch(/Жоспарлау|Тайный|Стрижка|bm-|g-/);
    // A member with meetings.own may look too.
    expect((await colleague.client.get(url([s.me.member.id], from, at + DAY))).status).toBe(200);
  });

  it('refuses bad input naming the field, other companies’ members, and people without meetings', async () => {
    const now = Date.now();
    const field = async (path: string) => {
      const r = await s.owner.req('GET', path, undefined, {'accept-language': 'ru'});
      return [r.status, r.body.error?.fields?.map((f: {field: string; message: string}) => `${f.field}: ${f.message}`)];
    };
    expect(await field(url([s.me.member.id], now, now + 63 * DAY))).toEqual([400, ['to: Период — не больше 62 дней']]);
    expect(await field(url([s.me.member.id], now, now))).toEqual([400, ['to: Конец периода должен быть позже начала']]);
    expect(
      await field(
        url(
          Array.from({length: 51}, (_, i) => `x${i}`),
          now,
          now + DAY,
        ),
      ),
    ).toEqual([400, ['members: Не больше 50 человек за раз']]);
    expect((await field(`/api/v1/meetings/busy?from=${now}&to=${now + DAY}`))[0]).toBe(400);
    expect((await field(url([s.me.member.id], Number.NaN, now)))[0]).toBe(400);
    const other = await signupCompany('Чужая компания');
    expect(await field(url([other.me.member.id], now, now + DAY))).toEqual([400, ['members: Такого сотрудника нет в компании']]);
    const clerk = await colleagueWith(pool, s.owner, s.me.company.id, `clerk${now}`, ['requests.read']);
    expect((await clerk.get(url([s.me.member.id], now, now + DAY))).status).toBe(404);
  });
});
