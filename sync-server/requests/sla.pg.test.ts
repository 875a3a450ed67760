// SLA against a stack of its own (the server clock is moved, which must not
// disturb other tests): a payment request has 4 working hours in "New" by the
// company's calendar; 4 hours after that it is escalated once, the head is told
// in the app and by email, and nothing is repeated by a second run or a restart.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {noticeWords} from '#shared/i18n/notice.ts';
// The server holds every language (translate.ts installs them); this test reads notices as the server would.
import '#shared/i18n/translate.ts';
import {Client, uniqueEmail} from '../testing/http.ts';
import {startStack, type TestStack} from '../testing/stack.ts';
import {startSmtp} from '../testing/smtp.ts';

// Monday 1 December 2031, 09:00 in Almaty (UTC+5).
const at = (day: string, hhmm: string) => Date.parse(`${day}T${hhmm}:00+05:00`);
const MONDAY_9 = at('2031-12-01', '09:00');
const week = Object.fromEntries(
  ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].map((d, i) => [d, {open: i < 5, intervals: i < 5 ? [{from: '09:00', to: '18:00'}] : []}]),
);

let stack: TestStack;
let smtp: Awaited<ReturnType<typeof startSmtp>>;
let owner: Client;
let headEmail: string;
const ownerEmail = uniqueEmail('owner');
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'dot-sla-'));
const env = () => ({DOT_SMTP_URL: `smtp://127.0.0.1:${smtp.port}`, DOT_MAIL_FROM: 'dot <dot@dot.local>', DOT_JOBS_TICK_MS: '3600000'});
const clockTo = (now: number) => owner.post('/__test/clock', {now});
const runJobs = () => owner.post('/__test/jobs/run', {});

beforeAll(async () => {
  smtp = await startSmtp();
  stack = await startStack({sync: false, dataDir, env: env()});
  owner = new Client(stack.baseUrl, {'accept-language': 'ru'});
  expect((await owner.post('/api/v1/auth/signup', {companyName: 'Бэк-офис', name: 'Владелец', email: ownerEmail, password: 'password1'})).status).toBe(201);
  await clockTo(MONDAY_9);
  expect((await owner.post('/api/v1/request-types/templates/back_office')).status).toBe(201);
  expect((await owner.patch('/api/v1/company/profile', {hours: week})).status).toBe(200);
  headEmail = uniqueEmail('head');
  expect((await owner.post('/api/v1/members', {name: 'Руководитель Ерлан', email: headEmail, role: 'head', password: 'password1'})).status).toBe(201);
}, 120_000);

afterAll(async () => {
  await stack?.stop();
  await smtp?.close();
  fs.rmSync(dataDir, {recursive: true, force: true});
});

const head = async () => {
  const c = new Client(stack.baseUrl);
  expect((await c.post('/api/v1/auth/login', {email: headEmail, password: 'password1'})).status).toBe(200);
  return c;
};
const notifications = async (c: Client) =>
  ((await c.get('/api/v1/notifications')).body.data ?? []) as {kind: string; title: string; body: string; channel: string; message: unknown}[];

describe('SLA and escalation', () => {
  it('counts working hours, escalates once when overdue by the set hours, and tells the head', async () => {
    const types = (await owner.get('/api/v1/request-types')).body.data as any[];
    const payment = types.find((t) => t.key === 'payment');
    // Friday 16:00: 4 working hours run out Monday 11:00 (Friday 16–18, Monday 9–11).
    await clockTo(at('2031-12-05', '16:00'));
    const r = await owner.post('/api/v1/requests', {typeId: payment.id, title: 'Оплата поставщику', fields: {supplier: 'ТОО Алма', amount: 100_000}});
    expect(r.status).toBe(201);
    expect(r.body.slaDueAt).toBe(at('2031-12-08', '11:00'));

    // Monday 14:59: overdue, but not yet by the 4 hours that escalate.
    await clockTo(at('2031-12-08', '14:59'));
    await runJobs();
    expect((await owner.get(`/api/v1/requests/${r.body.id}`)).body.escalatedAt).toBeNull();

    await clockTo(at('2031-12-08', '15:01'));
    await runJobs();
    const escalated = (await owner.get(`/api/v1/requests/${r.body.id}`)).body;
    expect(escalated.escalatedAt).toBeGreaterThanOrEqual(at('2031-12-08', '15:01'));
    const history = (await owner.get(`/api/v1/requests/${r.body.id}/history`)).body.data as any[];
    expect(history.filter((e) => e.mutator === 'request.escalate')).toEqual([expect.objectContaining({via: 'system', actorId: null})]);

    const h = await head();
    expect((await notifications(h)).filter((n) => n.kind === 'request.sla').map((n) => n.title)).toEqual(['Просрочена заявка №1 «Оплата поставщику»']);
    // Stored as keys with parameters: a device reads it in its own language, the late time and status too.
    const [sla] = (await notifications(h)).filter((n) => n.kind === 'request.sla');
    expect(noticeWords(sla!, 'ru')).toEqual({title: sla!.title, body: sla!.body});
    expect(noticeWords(sla!, 'en')).toEqual({
      title: 'Request №1 «Оплата поставщику» is overdue',
      body: 'Status “New”, overdue by 4 hrs 1 min. The request was escalated to the head.',
    });
    expect(noticeWords(sla!, 'kk').title).toBe('№1 «Оплата поставщику» өтінімінің мерзімі өтті');
    expect(noticeWords(sla!, 'kk').body).toMatch(/^«.+» мәртебесі, 4 сағ 1 мин кешікті\./);
    // The head is the one told; the owner hears of it only in a company without heads.
    expect((await notifications(owner)).filter((n) => n.kind === 'request.sla')).toEqual([]);
    expect(smtp.mails.filter((m) => m.to.includes(headEmail)).map((m) => m.subject)).toEqual(['Просрочена заявка №1 «Оплата поставщику»']);

    // Again, and after a restart: nothing new.
    await runJobs();
    await stack.stop();
    stack = await startStack({sync: false, dataDir, env: env()});
    owner = new Client(stack.baseUrl, {'accept-language': 'ru'});
    expect((await owner.post('/api/v1/auth/login', {email: ownerEmail, password: 'password1'})).status).toBe(200);
    const h2 = await head();
    await h2.post('/__test/clock', {now: at('2031-12-08', '15:30')});
    await h2.post('/__test/jobs/run', {});
    expect((await notifications(h2)).filter((n) => n.kind === 'request.sla')).toHaveLength(1);
    expect(smtp.mails.filter((m) => m.to.includes(headEmail))).toHaveLength(1);
  }, 120_000);

  it('tells a person they were given a request or mentioned in a comment, once each', async () => {
    const h = await head();
    const headId = (await h.get('/api/v1/auth/me')).body.member.id;
    const r = await owner.post('/api/v1/requests', {title: 'Проверить договор', responsibleId: headId}, {'idempotency-key': 'assign-1'});
    expect(r.status).toBe(201);
    // The same write again (a retry) tells nobody twice.
    await owner.post('/api/v1/requests', {title: 'Проверить договор', responsibleId: headId}, {'idempotency-key': 'assign-1'});
    const comment = await owner.post(`/api/v1/requests/${r.body.id}/comments`, {body: '@Руководитель Ерлан посмотрите, пожалуйста', mentions: [headId]});
    expect(comment.status, JSON.stringify(comment.body)).toBe(201);
    await owner.post(`/api/v1/requests/${r.body.id}/comments`, {body: 'без упоминаний'});
    await runJobs();
    await runJobs();
    const mine = await notifications(h);
    expect(mine.filter((n) => n.kind === 'request.assigned').map((n) => n.title)).toEqual([
      expect.stringMatching(/^Вам назначена заявка №\d+ «Проверить договор»$/),
    ]);
    expect(mine.filter((n) => n.kind === 'request.mention').map((n) => n.title)).toEqual([expect.stringMatching(/^Владелец упомянул\(а\) вас в заявке №\d+/)]);
    // In English on an English screen; the body stays the person's own words.
    expect(mine.filter((n) => n.kind === 'request.assigned').map((n) => noticeWords(n, 'en'))).toEqual([
      {title: expect.stringMatching(/^Request №\d+ «Проверить договор» was assigned to you$/), body: ''},
    ]);
    expect(mine.filter((n) => n.kind === 'request.mention').map((n) => noticeWords(n, 'en'))).toEqual([
      {title: expect.stringMatching(/^Владелец mentioned you in request №\d+/), body: '@Руководитель Ерлан посмотрите, пожалуйста'},
    ]);
    // Reading them from another device marks them read everywhere.
    const ids = mine.map((n: any) => n.id);
    expect((await h.post('/api/v1/notifications/read', {ids})).status).toBe(204);
    expect((await notifications(h)).every((n: any) => n.readAt)).toBe(true);
  }, 60_000);
});
