// Against a stack of its own (its clock is moved) with a local SMTP server and
// a local server speaking Google's OAuth and Calendar API v3:
// - a meeting's invitation reaches a guest and a colleague by email with a
//   METHOD:REQUEST .ics, once, however often the job runs; a guest taken off
//   gets a CANCEL; a cancelled meeting sends CANCEL to all;
// - a connected Google Calendar gets the person's meetings and deadlines; a
//   meeting its organizer moves or deletes in Google moves or is cancelled in
//   dot; their other events are busy time; after Google's 410 the full resync
//   leaves no deleted event behind.
import ICAL from 'ical.js';
import pg from 'pg';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import type {MemberContext} from '#shared/auth/context.ts';
import {mutators} from '#shared/mutators/index.ts';
import {memberContextById} from '../../auth/member-context.ts';
import {clock} from '../../clock.ts';
import {GoogleCalendarFake} from '../../testing/google-calendar.ts';
import {Client, uniqueEmail} from '../../testing/http.ts';
import {icsProblems} from '../../testing/ics-check.ts';
import {calendarParts, startSmtp} from '../../testing/smtp.ts';
import {startStack, type TestStack} from '../../testing/stack.ts';
import {createZeroDb} from '../../zero/db.ts';
import {effectTable} from '../../zero/effects.ts';
import {createExecutor, type Executor} from '../../zero/execute.ts';
import {calendarEffects} from './index.ts';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
let stack: TestStack;
let smtp: Awaited<ReturnType<typeof startSmtp>>;
let google: GoogleCalendarFake;
let pool: pg.Pool;
let executor: Executor;
let owner: Client;
let me: {member: {id: string}; company: {id: string}};
let ownerCtx: MemberContext;
const colleague = {email: uniqueEmail('aigerim'), id: '', client: new Client('')};
const base = Math.ceil(Date.now() / HOUR) * HOUR + 3 * DAY;

const runJobs = async () => expect((await owner.post('/__test/jobs/run', {})).status).toBe(200);
/** The next sync period of the due scan (one sync per person per 5 minutes). */
const nextPeriod = async () => owner.post('/__test/clock', {advanceMs: 5 * 60_000});
const mailsTo = (email: string) => smtp.mails.filter((m) => m.to.includes(email));
const calendarOf = (raw: string) => {
  const parts = calendarParts(raw);
  expect(parts.map((p) => p.type.split(';')[0])).toContain('text/calendar');
  const ics = parts[0]!.text;
  expect(icsProblems(ics)).toEqual([]);
  const cal = new ICAL.Component(ICAL.parse(ics));
  return {type: parts[0]!.type, method: cal.getFirstPropertyValue('method'), event: cal.getFirstSubcomponent('vevent')!};
};
const meetingRow = async (id: string) =>
  (await pool.query('select starts_at, ends_at, state, sequence from meeting where id = $1', [id])).rows[0] as {
    starts_at: Date;
    ends_at: Date;
    state: string;
    sequence: number;
  };
const mirrorOf = (refreshToken: string, id: string) =>
  google.events(refreshToken).find((e) => e.extendedProperties?.private?.dotId === id && e.status !== 'cancelled');
const save = (id: string, startsAt: number, participants: object[], extra: object = {}) =>
  executor.run(
    mutators.meeting.save({id, topic: 'Планёрка; бюджет, Q1', startsAt, endsAt: startsAt + HOUR, participants, at: Date.now(), ...extra} as never),
    ownerCtx,
  );

beforeAll(async () => {
  smtp = await startSmtp();
  google = await new GoogleCalendarFake().listen(0);
  stack = await startStack({
    sync: false,
    env: {
      DOT_SMTP_URL: `smtp://127.0.0.1:${smtp.port}`,
      DOT_MAIL_FROM: 'dot <dot@dot.local>',
      DOT_JOBS_TICK_MS: '3600000',
      DOT_GOOGLE_API_ROOT: google.url,
      DOT_GOOGLE_OAUTH_ROOT: google.url,
      DOT_GOOGLE_CLIENT_ID: google.clientId,
      DOT_GOOGLE_CLIENT_SECRET: google.clientSecret,
    },
  });
  pool = new pg.Pool({connectionString: stack.pgUrl, max: 3});
  executor = createExecutor({pool, zdb: createZeroDb(pool), effects: effectTable(calendarEffects({clock}))});
  owner = new Client(stack.baseUrl, {'accept-language': 'ru'});
  const res = await owner.post('/api/v1/auth/signup', {
    companyName: 'Встречи и календари',
    name: 'Ерлан Руководитель',
    email: uniqueEmail(),
    password: 'password1',
  });
  expect(res.status).toBe(201);
  me = res.body;
  ownerCtx = (await memberContextById(pool, me.member.id, 'sync'))!;
  expect((await owner.post('/api/v1/members', {name: 'Айгерім Сәт', email: colleague.email, role: 'staff', password: 'colleague1'})).status).toBe(201);
  colleague.client = new Client(stack.baseUrl, {'accept-language': 'ru'});
  expect((await colleague.client.post('/api/v1/auth/login', {email: colleague.email, password: 'colleague1'})).status).toBe(200);
  colleague.id = (await colleague.client.get('/api/v1/auth/me')).body.member.id;
}, 120_000);

afterAll(async () => {
  await pool?.end();
  await stack?.stop();
  await smtp?.close();
  await google?.close();
});

describe('meeting invitations by email', () => {
  const guest = 'guest.partner@mail.kz';

  it('sends a METHOD:REQUEST .ics to the guest and the colleague, not the organizer, once however often it runs', async () => {
    await save('inv-1', base, [{memberId: colleague.id}, {memberId: null, email: guest, name: 'Партнёр, ТОО «Алма»'}], {place: 'Офис; 3 этаж'});
    await runJobs();
    for (const to of [guest, colleague.email]) {
      const mails = mailsTo(to);
      expect(mails.map((m) => m.subject)).toEqual(['Приглашение: Планёрка; бюджет, Q1']);
      expect(mails[0]!.text).toContain('Ерлан Руководитель приглашает вас на встречу «Планёрка; бюджет, Q1».');
      const {type, method, event} = calendarOf(mails[0]!.raw);
      expect(type).toMatch(/method=REQUEST/i);
      expect(method).toBe('REQUEST');
      const e = new ICAL.Event(event);
      expect([e.uid, e.sequence, e.summary, e.location]).toEqual(['meeting-inv-1@dot', 0, 'Планёрка; бюджет, Q1', 'Офис; 3 этаж']);
      expect(e.startDate.toJSDate().getTime()).toBe(base);
      expect(event.getFirstPropertyValue('organizer')).toMatch(/^mailto:owner\./);
      expect(event.getAllProperties('attendee').map((a) => [a.getFirstValue(), a.getParameter('rsvp')])).toEqual(
        expect.arrayContaining([
          [`mailto:${colleague.email}`, 'TRUE'],
          [`mailto:${guest}`, 'TRUE'],
        ]),
      );
      expect(event.getAllProperties('attendee')).toHaveLength(2);
    }
    expect(smtp.mails.filter((m) => m.to.some((t) => t.startsWith('owner.')))).toEqual([]);

    // The same job again (a retry after a crash): nothing is sent twice.
    const before = smtp.mails.length;
    await pool.query(
      `insert into job (id, queue, dedupe_key, company_id, payload, run_at) values (gen_random_uuid()::text, 'meeting.invite', null, $1, $2, now() - interval '1 minute')`,
      [me.company.id, JSON.stringify({meetingId: 'inv-1', sequence: 0, method: 'REQUEST'})],
    );
    await runJobs();
    await runJobs();
    expect(smtp.mails.length).toBe(before);
  });

  it('a guest taken off gets a CANCEL, the others the change with the next SEQUENCE; cancelling sends CANCEL to all', async () => {
    await save('inv-1', base + HOUR, [{memberId: colleague.id}]);
    await runJobs();
    const [gone] = mailsTo(guest).slice(1);
    expect(gone!.subject).toBe('Встреча отменена: Планёрка; бюджет, Q1');
    expect(gone!.text).toContain('Вас больше нет среди участников встречи');
    const cancel = calendarOf(gone!.raw);
    expect([cancel.method, cancel.event.getFirstPropertyValue('status'), cancel.event.getFirstPropertyValue('sequence')]).toEqual(['CANCEL', 'CANCELLED', 1]);
    const [changed] = mailsTo(colleague.email).slice(1);
    expect(changed!.subject).toBe('Встреча изменена: Планёрка; бюджет, Q1');
    const update = calendarOf(changed!.raw);
    expect([update.method, update.event.getFirstPropertyValue('sequence')]).toEqual(['REQUEST', 1]);
    expect((update.event.getFirstPropertyValue('dtstart') as ICAL.Time).toJSDate().getTime()).toBe(base + HOUR);

    await executor.run(mutators.meeting.cancel({id: 'inv-1', at: Date.now()}), ownerCtx);
    await runJobs();
    const last = mailsTo(colleague.email).at(-1)!;
    expect(last.subject).toBe('Встреча отменена: Планёрка; бюджет, Q1');
    const cancelled = calendarOf(last.raw);
    expect([cancelled.method, cancelled.event.getFirstPropertyValue('status'), cancelled.event.getFirstPropertyValue('uid')]).toEqual([
      'CANCEL',
      'CANCELLED',
      'meeting-inv-1@dot',
    ]);
    // The removed guest heard once, not again.
    expect(mailsTo(guest)).toHaveLength(2);
  });
});

describe('two-way Google Calendar sync', () => {
  const OWNER = 'rt-owner-1';
  const THEIRS = 'rt-aigerim-1';

  it('connects with the consent code or a refresh token, keeps the tokens sealed, refuses a bad one', async () => {
    google.account(OWNER, 'code-owner-1');
    google.account(THEIRS);
    const consent = await owner.get('/api/v1/calendar/google/consent?redirectUri=https://dot.example.kz/cb&state=s1');
    expect(consent.body.url).toMatch(/^https:\/\/accounts\.google\.com\/o\/oauth2\/v2\/auth\?.*access_type=offline/);
    const connected = await owner.post('/api/v1/calendar/google', {code: 'code-owner-1', redirectUri: 'https://dot.example.kz/cb'});
    expect(connected.status).toBe(200);
    expect(connected.body).toMatchObject({configured: true, connected: true, state: 'active'});
    expect(google.requests.find((r) => r.path === '/token')?.body).toMatchObject({grant_type: 'authorization_code', code: 'code-owner-1'});
    const bad = await colleague.client.post('/api/v1/calendar/google', {refreshToken: 'not-a-token'});
    expect([bad.status, bad.body.error.fields[0].field]).toEqual([400, 'refreshToken']);
    expect((await colleague.client.post('/api/v1/calendar/google', {redirectUri: 'https://x.kz/cb'})).status).toBe(400);
    expect((await colleague.client.post('/api/v1/calendar/google', {refreshToken: THEIRS})).status).toBe(200);
    const {rows} = await pool.query('select sealed from google_calendar where company_id = $1', [me.company.id]);
    expect(rows).toHaveLength(2);
    for (const r of rows) expect(r.sealed).not.toMatch(/rt-|ya29/);
  });

  it('writes their meetings and deadlines into Google, and a meeting the organizer moves there moves in dot', async () => {
    // Their own events in Google: a doctor's visit (busy), a reminder marked free.
    google.put(THEIRS, {
      id: 'doctor',
      summary: 'Врач',
      start: {dateTime: new Date(base + 30 * HOUR).toISOString()},
      end: {dateTime: new Date(base + 31 * HOUR).toISOString()},
    });
    google.put(THEIRS, {
      id: 'free',
      summary: 'Напоминание',
      transparency: 'transparent',
      start: {dateTime: new Date(base).toISOString()},
      end: {dateTime: new Date(base + HOUR).toISOString()},
    });
    await save('g-1', base + 2 * DAY, [{memberId: colleague.id}]);
    await executor.run(
      mutators.task.create({id: 'g-task', title: 'Отчёт за квартал', assigneeId: colleague.id, deadline: base + 2 * DAY + 6 * HOUR, at: Date.now()}),
      ownerCtx,
    );
    await runJobs();
    const ownersCopy = mirrorOf(OWNER, 'g-1')!;
    expect(ownersCopy.summary).toBe('Планёрка; бюджет, Q1');
    expect(Date.parse(ownersCopy.start!.dateTime!)).toBe(base + 2 * DAY);
    expect(mirrorOf(THEIRS, 'g-1')).toBeDefined();
    const deadline = mirrorOf(THEIRS, 'g-task')!;
    expect([deadline.summary, deadline.transparency, Date.parse(deadline.end!.dateTime!)]).toEqual([
      'Срок: Отчёт за квартал',
      'transparent',
      base + 2 * DAY + 6 * HOUR,
    ]);
    // Google sent no invitations of its own: ours go by email.
    expect(google.requests.filter((r) => r.method === 'POST' && r.path.endsWith('/events')).every((r) => r.query.sendUpdates === 'none')).toBe(true);

    // The organizer drags it to the next morning in Google.
    const moved = base + 3 * DAY + 4 * HOUR;
    google.move(OWNER, ownersCopy.id, moved, moved + 90 * 60_000);
    await nextPeriod();
    await runJobs();
    const m = await meetingRow('g-1');
    expect([m.starts_at.getTime(), m.ends_at.getTime(), m.state, m.sequence]).toEqual([moved, moved + 90 * 60_000, 'planned', 1]);
    // The colleague's Google copy follows, and they hear of the change by email.
    expect(Date.parse(mirrorOf(THEIRS, 'g-1')!.start!.dateTime!)).toBe(moved);
    expect(mailsTo(colleague.email).at(-1)!.subject).toBe('Встреча изменена: Планёрка; бюджет, Q1');
    // Incremental syncs used the sync token alone.
    const lists = google.requests.filter((r) => r.method === 'GET' && r.query.syncToken);
    expect(lists.length).toBeGreaterThan(0);
    expect(lists.every((r) => !r.query.timeMin && !r.query.timeMax && !r.query.orderBy && !r.query.q)).toBe(true);

    // A participant moving their own copy changes nothing in dot.
    google.move(THEIRS, mirrorOf(THEIRS, 'g-1')!.id, moved + DAY, moved + DAY + HOUR);
    await nextPeriod();
    await runJobs();
    expect((await meetingRow('g-1')).starts_at.getTime()).toBe(moved);
  });

  it('shows their other Google events as busy time, and after a 410 the full resync leaves no deleted event behind', async () => {
    const busy = async () =>
      (await owner.get(`/api/v1/meetings/busy?members=${colleague.id}&from=${base}&to=${base + 10 * DAY}`)).body.data.filter(
        (b: {kind: string}) => b.kind === 'external',
      );
    expect(await busy()).toEqual([{memberId: colleague.id, start: base + 30 * HOUR, end: base + 31 * HOUR, kind: 'external'}]);
    google.put(THEIRS, {
      id: 'lunch',
      summary: 'Обед',
      start: {dateTime: new Date(base + 50 * HOUR).toISOString()},
      end: {dateTime: new Date(base + 51 * HOUR).toISOString()},
    });
    await nextPeriod();
    await runJobs();
    expect((await busy()).map((b: {start: number}) => b.start)).toEqual([base + 30 * HOUR, base + 50 * HOUR]);

    // Deleted in Google while our token expires: incremental sync answers 410.
    google.remove(THEIRS, 'lunch');
    google.expireSyncTokens();
    const gone = google.requests.length;
    await nextPeriod();
    await runJobs();
    const after = google.requests.slice(gone).filter((r) => r.method === 'GET');
    expect(after.some((r) => r.query.syncToken)).toBe(true);
    expect(after.some((r) => !r.query.syncToken && r.query.timeMin)).toBe(true);
    expect(await busy()).toEqual([{memberId: colleague.id, start: base + 30 * HOUR, end: base + 31 * HOUR, kind: 'external'}]);
    const {rows} = await pool.query('select sync_token, state from google_calendar where member_id = $1', [colleague.id]);
    expect(rows[0]).toEqual({sync_token: expect.stringMatching(/^sync-2-/), state: 'active'});
    // Our mirrors survived the resync and are not counted as busy time.
    expect(mirrorOf(THEIRS, 'g-1')).toBeDefined();
  });

  it('a meeting the organizer deletes in Google is cancelled in dot; a closed task leaves Google; disconnecting forgets all', async () => {
    google.remove(OWNER, mirrorOf(OWNER, 'g-1')!.id);
    await nextPeriod();
    await runJobs();
    expect((await meetingRow('g-1')).state).toBe('cancelled');
    expect(mailsTo(colleague.email).at(-1)!.subject).toBe('Встреча отменена: Планёрка; бюджет, Q1');
    expect(mirrorOf(THEIRS, 'g-1')).toBeUndefined();

    const theirs = (await memberContextById(pool, colleague.id, 'sync'))!;
    await executor.run(mutators.task.move({id: 'g-task', from: 'todo', to: 'done', at: Date.now()}), theirs);
    await runJobs();
    expect(mirrorOf(THEIRS, 'g-task')).toBeUndefined();

    expect((await colleague.client.req('DELETE', '/api/v1/calendar/google')).status).toBe(204);
    expect((await colleague.client.get('/api/v1/calendar/google')).body).toMatchObject({connected: false, state: null});
    const left = await pool.query(
      'select (select count(*) from google_busy where member_id = $1)::int + (select count(*) from google_event where member_id = $1)::int as n',
      [colleague.id],
    );
    expect(left.rows[0].n).toBe(0);
  });

  it('connecting again takes back the copies written before instead of writing them twice', async () => {
    await save('g-2', base + 5 * DAY, [{memberId: colleague.id}]);
    await runJobs();
    expect(mirrorOf(OWNER, 'g-2')).toBeDefined();
    const copies = () => google.events(OWNER).filter((e) => e.extendedProperties?.private?.dotId === 'g-2' && e.status !== 'cancelled');
    expect(copies()).toHaveLength(1);
    expect((await owner.req('DELETE', '/api/v1/calendar/google')).status).toBe(204);
    expect((await owner.post('/api/v1/calendar/google', {refreshToken: OWNER})).status).toBe(200);
    await runJobs();
    await nextPeriod();
    await runJobs();
    expect(copies()).toHaveLength(1);
    const {rows} = await pool.query(`select event_id from google_event where member_id = $1 and entity_id = 'g-2'`, [me.member.id]);
    expect(rows).toEqual([{event_id: copies()[0]!.id}]);
  });
});
