// The console's companies and people (issue 18): the list's activity figures
// counted from what the company really did, search, sort and filter; a
// company's 12 weeks; finding a person across companies, ending their sessions
// and resetting their sign-in, each in the platform audit log with the reason.
import pg from 'pg';
import {afterAll, beforeAll, describe, expect, inject, it} from 'vitest';
import {Client, signupCompany} from '../../testing/http.ts';
import {bookPublicly, salon} from '../../testing/salon.ts';
import {consoleAdmin, type ConsoleAdmin} from '../admins/testing.ts';

let pool: pg.Pool;
let admin: ConsoleAdmin;
beforeAll(async () => {
  pool = new pg.Pool({connectionString: inject('pgUrl')});
  admin = await consoleAdmin();
});
afterAll(() => pool.end());

/** Messages through a messenger, as the messaging module stores them (the channels are not the point here). */
async function messages(companyId: string, statuses: {direction: 'in' | 'out'; status: string}[]): Promise<void> {
  const conversation = crypto.randomUUID();
  await pool.query(`insert into conversation (id, company_id, channel, bot, chat_id) values ($1, $2, 'telegram', 'shared', $3)`, [
    conversation,
    companyId,
    conversation,
  ]);
  for (const m of statuses) {
    await pool.query(
      `insert into chat_message (id, company_id, conversation_id, direction, author, status, created_at) values ($1, $2, $3, $4, $5, $6, now())`,
      [crypto.randomUUID(), companyId, conversation, m.direction, m.direction === 'in' ? 'client' : 'member', m.status],
    );
  }
}

describe('the console: companies and people', () => {
  it('lists companies with the activity they really had, searched, filtered and sorted, and a company page of 12 weeks', async () => {
    const tag = `Фигуры ${crypto.randomUUID().slice(0, 8)}`;
    const s = await salon(`${tag} А`);
    const companyId = s.me.company.id as string;
    for (const text of ['раз', 'два', 'три']) expect((await s.owner.post('/api/v1/requests', {clientPhone: '+77015550111', text})).status).toBe(201);
    // One of them was made 8 days ago: not this week.
    await pool.query(
      `update request set created_at = now() - interval '8 days' where id = (select id from request where company_id = $1 order by created_at limit 1)`,
      [companyId],
    );
    await bookPublicly(s, {name: 'Гость Фигур', phone: '+77015550112'});
    expect(
      (await s.owner.req('PUT', `/api/v1/files/${crypto.randomUUID()}`, 'x'.repeat(1000), {'content-type': 'text/plain', 'x-file-name': 'a.txt'})).status,
    ).toBe(201);
    await messages(companyId, [
      {direction: 'out', status: 'sent'},
      {direction: 'out', status: 'delivered'},
      {direction: 'out', status: 'failed'},
      {direction: 'in', status: 'received'},
    ]);
    const b = await signupCompany(`${tag} Б`);
    expect((await b.client.post('/api/v1/requests', {clientPhone: '+77015550113', text: 'одна'})).status).toBe(201);

    const list = await admin.client.get(`/api/v1/platform/companies?q=${encodeURIComponent(tag)}&sort=requests&dir=desc&lang=ru`);
    expect(list.status).toBe(200);
    expect(list.body.companies.map((c: {name: string}) => c.name)).toEqual([`${tag} А`, `${tag} Б`]);
    const a = list.body.companies[0];
    expect(a).toMatchObject({
      id: companyId,
      slug: s.slug,
      status: 'active',
      statusReason: null,
      plan: {key: 'free', name: 'Бесплатный'},
      members: 1,
      requestsWeek: 2,
      bookingsWeek: 1,
      storageBytes: 1000,
      messagesMonth: 2,
    });
    expect(Date.now() - a.lastActivityAt).toBeLessThan(10 * 60_000);
    expect(Date.now() - a.createdAt).toBeLessThan(10 * 60_000);
    const asc = await admin.client.get(`/api/v1/platform/companies?q=${encodeURIComponent(tag)}&sort=requests&dir=asc`);
    expect(asc.body.companies.map((c: {name: string}) => c.name)).toEqual([`${tag} Б`, `${tag} А`]);
    // The plan's name in the request's language; a member's email finds the company; a status filters.
    const en = await admin.client.req('GET', `/api/v1/platform/companies?q=${encodeURIComponent(s.me.user.email)}`, undefined, {'accept-language': 'en'});
    expect(en.body.companies.map((c: {id: string; plan: {name: string}}) => [c.id, c.plan.name])).toEqual([[companyId, 'Free']]);
    expect((await admin.client.get(`/api/v1/platform/companies?q=${encodeURIComponent(tag)}&status=suspended`)).body.companies).toEqual([]);
    expect((await admin.client.get('/api/v1/platform/companies?sort=nonsense')).status).toBe(400);

    const page = await admin.client.get(`/api/v1/platform/companies/${companyId}`);
    expect(page.status).toBe(200);
    expect(page.body.company).toMatchObject({id: companyId, requestsWeek: 2, locale: 'ru', timezone: 'Asia/Almaty', deleteAfter: null});
    expect(page.body.company.owners).toEqual([{name: 'Владелец', email: s.me.user.email}]);
    const weeks = page.body.weeks as {weekStart: string; requests: number; bookings: number; messages: number; activeMembers: number}[];
    expect(weeks).toHaveLength(12);
    // Oldest first, a week apart.
    const starts = weeks.map((w) => Date.parse(`${w.weekStart}T00:00:00Z`));
    expect(starts.slice(1).map((t, i) => t - starts[i]!)).toEqual(Array(11).fill(7 * 86_400_000));
    expect(new Date(`${weeks[11]!.weekStart}T00:00:00Z`).getUTCDay()).toBe(1);
    const sum = (k: 'requests' | 'bookings' | 'messages') => weeks.reduce((n, w) => n + w[k], 0);
    expect([sum('requests'), sum('bookings'), sum('messages')]).toEqual([3, 1, 2]);
    expect(weeks[11]!.activeMembers).toBe(1);
    expect(page.body.supportGrant).toBeNull();

    const missing = await admin.client.get('/api/v1/platform/companies/no-such-company?lang=ru');
    expect(missing.status).toBe(404);
    expect(missing.body.error.message).toBe('Компания не найдена');
  });

  it('finds a person across companies, ends their sessions and resets their sign-in, with the reason in the audit log', async () => {
    const {client: owner, me} = await signupCompany('Люди Пульта');
    const email = me.user.email as string;
    const phone = new Client();
    expect((await phone.post('/api/v1/auth/login', {email, password: 'password1'})).status).toBe(200);

    expect((await admin.client.get('/api/v1/platform/users?q=a')).status).toBe(400);
    const found = await admin.client.get(`/api/v1/platform/users?q=${encodeURIComponent(email)}`);
    expect(found.body.users).toHaveLength(1);
    expect(found.body.users[0]).toMatchObject({
      id: me.user.id,
      email,
      sessions: 2,
      memberships: [{companyId: me.company.id, companyName: 'Люди Пульта', companySlug: me.company.slug, role: 'owner', active: true}],
    });

    expect((await admin.client.post(`/api/v1/platform/users/${me.user.id}/end-sessions`, {})).status).toBe(400);
    expect((await owner.get('/api/v1/auth/me')).status).toBe(200);
    const ended = await admin.client.post(`/api/v1/platform/users/${me.user.id}/end-sessions`, {reason: 'Украли телефон'});
    expect(ended.body).toEqual({ended: 2});
    expect((await owner.get('/api/v1/auth/me')).status).toBe(401);
    expect((await phone.get('/api/v1/auth/me')).status).toBe(401);

    expect((await phone.post('/api/v1/auth/login', {email, password: 'password1'})).status).toBe(200);
    const reset = await admin.client.post(`/api/v1/platform/users/${me.user.id}/reset`, {reason: 'Просит сбросить вход'});
    expect(reset.status).toBe(200);
    // The test stack sends no email: the answer says so, and the sessions have ended all the same.
    expect(reset.body).toEqual({sent: false});
    expect((await phone.get('/api/v1/auth/me')).status).toBe(401);
    expect((await admin.client.post(`/api/v1/platform/users/${crypto.randomUUID()}/reset`, {reason: 'нет такого'})).status).toBe(404);

    const audit = await admin.client.get(`/api/v1/platform/audit?companyId=${me.company.id}`);
    expect(
      audit.body.entries.map((e: {action: string; reason: string; adminEmail: string; companyName: string; target: string}) => [
        e.action,
        e.reason,
        e.adminEmail,
        e.companyName,
        e.target,
      ]),
    ).toEqual([
      ['user.reset-sign-in', 'Просит сбросить вход', admin.email, 'Люди Пульта', me.user.id],
      ['user.end-sessions', 'Украли телефон', admin.email, 'Люди Пульта', me.user.id],
    ]);
  });
});
