// Issue 11, item 7: a reminder is promised only when one will be sent. This
// stack sends no email (no DOT_SMTP_URL): the client who books is told no
// reminder will come, and the owner, where reminders are set up, is told why.
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {Client, uniqueEmail} from '../testing/http.ts';
import {startStack, type TestStack} from '../testing/stack.ts';

let stack: TestStack;
let owner: Client;
let slug: string;
const week = Object.fromEntries(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].map((d) => [d, {open: true, intervals: [{from: '00:00', to: '24:00'}]}]));

beforeAll(async () => {
  stack = await startStack({sync: false, env: {DOT_SMTP_URL: ''}});
  owner = new Client(stack.baseUrl, {'accept-language': 'ru'});
  const res = await owner.post('/api/v1/auth/signup', {companyName: 'Салон без почты', name: 'Асем', email: uniqueEmail(), password: 'password1'});
  expect(res.status).toBe(201);
  slug = res.body.company.slug;
  expect(
    (await owner.put('/api/v1/booking/masters/pm-1', {memberId: res.body.member.id, masterSlug: 'asem', displayName: 'Асем', minNoticeMin: 0})).status,
  ).toBe(200);
  expect((await owner.put('/api/v1/booking/places/pp-1', {masterId: 'pm-1', name: 'Салон', timezone: 'Asia/Almaty', hours: week})).status).toBe(200);
  expect((await owner.put('/api/v1/booking/services/ps-1', {masterId: 'pm-1', title: 'Стрижка', durationMin: 30, placeIds: ['pp-1']})).status).toBe(200);
}, 120_000);

afterAll(async () => {
  await stack?.stop();
});

describe('reminders are promised only when they will be sent', () => {
  it('without email on the server: the client is told no reminder will come; the owner sees the channel is off', async () => {
    expect((await owner.get('/api/v1/notifications/channels')).body).toEqual({email: false});
    const visitor = new Client(stack.baseUrl, {'x-forwarded-for': '10.9.0.1', 'accept-language': 'ru'});
    const slots = (await owner.get('/api/v1/booking/masters/pm-1/slots?serviceId=ps-1&placeId=pp-1')).body.data as {start: number}[];
    const time = slots[0]!.start;
    const details = await visitor.get(`/c/${slug}/book/asem?service=ps-1&place=pp-1&time=${time}`);
    expect(details.body).toContain('Email (необязательно)');
    expect(details.body).not.toContain('напоминание');
    const formId = details.body.match(/name="form_id" value="([^"]+)"/)![1]!;
    const form = new URLSearchParams({
      service: 'ps-1',
      place: 'pp-1',
      time: String(time),
      name: 'Дана',
      phone: '8 701 111 22 33',
      email: 'dana@example.kz',
      form_id: formId,
    });
    const done = await visitor.req('POST', `/c/${slug}/book/asem`, form.toString(), {'content-type': 'application/x-www-form-urlencoded'});
    expect(done.status, String(done.body).slice(0, 300)).toBe(303);
    const page = await visitor.get(done.headers.get('location')!);
    expect(page.body).toContain('Вы записаны');
    expect(page.body).toContain('Напоминание не придёт');
    expect(page.body).not.toContain('Напоминание придёт');
  });
});
