import pg from 'pg';
import {afterAll, beforeAll, describe, expect, inject, it} from 'vitest';
import {Client, signupCompany, uniqueEmail} from '../testing/http.ts';

let db: pg.Client;
beforeAll(async () => {
  db = new pg.Client({connectionString: inject('pgUrl')});
  await db.connect();
});
afterAll(() => db.end());

describe('sign-up', () => {
  it('creates the company with a transliterated slug, its owner and a session cookie', async () => {
    const c = new Client();
    const email = uniqueEmail();
    const res = await c.post('/api/v1/auth/signup', {companyName: 'Салон Жұлдыз', name: 'Жұлдыз', email, password: 'password1'});
    expect(res.status).toBe(201);
    expect(res.body.company).toMatchObject({name: 'Салон Жұлдыз'});
    expect(res.body.company.slug).toMatch(/^salon-zhuldyz(-\d+)?$/);
    expect(res.body.member.role).toBe('owner');
    expect(res.headers.getSetCookie()[0]).toMatch(/dot_session=.+HttpOnly/i);
    expect((await c.get('/api/v1/auth/me')).body.user.email).toBe(email);
    // The password is stored only as a slow salted hash.
    const {rows} = await db.query('select password_hash from app_user where email = $1', [email]);
    expect(rows[0].password_hash).toMatch(/^scrypt\$32768\$8\$1\$/);
    expect(rows[0].password_hash).not.toContain('password1');
  });

  it('refuses a weak password and a reused email with the field named', async () => {
    const weak = await new Client().post(
      '/api/v1/auth/signup',
      {companyName: 'A', name: 'B', email: uniqueEmail(), password: '12345'},
      {'accept-language': 'ru'},
    );
    expect(weak.status).toBe(400);
    expect(weak.body.error.fields).toEqual([expect.objectContaining({field: 'password', text: 'Пароль: не меньше 8 символов, буквы и цифры'})]);

    const email = uniqueEmail();
    expect((await new Client().post('/api/v1/auth/signup', {companyName: 'A', name: 'B', email, password: 'password1'})).status).toBe(201);
    const again = await new Client().post(
      '/api/v1/auth/signup',
      {companyName: 'C', name: 'D', email: email.toUpperCase(), password: 'password2'},
      {'accept-language': 'en'},
    );
    expect(again.status).toBe(400);
    expect(again.body.error.fields[0]).toMatchObject({field: 'email', message: expect.stringContaining('already registered')});
  });

  it('asks the kind of business and starts the company set up for it', async () => {
    const salon = new Client();
    expect(
      (await salon.post('/api/v1/auth/signup', {companyName: 'Салон Әсем', name: 'Әсем', email: uniqueEmail(), password: 'password1', kind: 'beauty'})).status,
    ).toBe(201);
    const profile = (await salon.get('/api/v1/company/profile')).body;
    expect(profile.catalogMode).toBe('services');
    expect(profile.modules).toMatchObject({booking: true});
    const office = new Client();
    expect(
      (await office.post('/api/v1/auth/signup', {companyName: 'ТОО Бухгалтерия', name: 'Ерлан', email: uniqueEmail(), password: 'password1', kind: 'office'}))
        .status,
    ).toBe(201);
    expect((await office.get('/api/v1/company/profile')).body.modules).toMatchObject({backoffice: true, booking: false});
    const types = ((await office.get('/api/v1/request-types')).body.data as {key: string}[]).map((t) => t.key);
    expect(types).toEqual(expect.arrayContaining(['request', 'payment', 'purchase']));
    // Not said: as before (goods, S0 only).
    const shop = new Client();
    expect((await shop.post('/api/v1/auth/signup', {companyName: 'Магазин', name: 'Ая', email: uniqueEmail(), password: 'password1'})).status).toBe(201);
    expect((await shop.get('/api/v1/company/profile')).body.catalogMode).toBe('products');
    const bad = await new Client().post(
      '/api/v1/auth/signup',
      {companyName: 'X', name: 'Y', email: uniqueEmail(), password: 'password1', kind: 'casino'},
      {'accept-language': 'ru'},
    );
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields[0]).toMatchObject({field: 'kind', text: expect.stringContaining('Чем вы занимаетесь')});
  });

  it('leaves nothing half-created when sign-up fails', async () => {
    const before = await db.query('select count(*)::int as n from company');
    await new Client().post('/api/v1/auth/signup', {companyName: 'Half', name: '', email: 'bad', password: 'x'});
    const after = await db.query('select count(*)::int as n from company');
    expect(after.rows[0].n).toBe(before.rows[0].n);
  });
});

describe('sessions', () => {
  it('signs in, and a logout revokes the session everywhere', async () => {
    const email = uniqueEmail();
    await new Client().post('/api/v1/auth/signup', {companyName: 'Logout Co', name: 'O', email, password: 'password1'});
    const phone = new Client();
    const wrong = await phone.post('/api/v1/auth/login', {email, password: 'password2'});
    expect(wrong.status).toBe(401);
    expect((await phone.post('/api/v1/auth/login', {email, password: 'password1'})).status).toBe(200);
    const stolenCookie = phone.cookie;
    expect((await phone.get('/api/v1/requests')).status).toBe(200);
    expect((await phone.post('/api/v1/auth/logout')).status).toBe(204);
    const replay = new Client();
    replay.cookie = stolenCookie;
    expect((await replay.get('/api/v1/requests')).status).toBe(401);
  });

  it('accepts an API key as Bearer, and stops accepting it once revoked', async () => {
    const {client} = await signupCompany('API Co');
    const created = await client.post('/api/v1/api-keys', {label: '1C integration'});
    expect(created.status).toBe(201);
    const integration = new Client(undefined, {authorization: `Bearer ${created.body.key}`});
    expect((await integration.post('/api/v1/requests', {clientPhone: '+77011234567', text: 'from 1C'})).status).toBe(201);
    expect((await client.req('DELETE', `/api/v1/api-keys/${created.body.id}`)).status).toBe(204);
    expect((await integration.get('/api/v1/requests')).status).toBe(401);
  });
});

describe('team', () => {
  it('invites a colleague by link with a role; staff cannot manage the team', async () => {
    const {client: owner} = await signupCompany('Invite Co');
    const invite = await owner.post('/api/v1/invites', {role: 'staff'});
    expect(invite.status).toBe(201);
    const token = invite.body.url.split('/invite/')[1];
    const peek = await new Client().get(`/api/v1/invites/${token}`);
    expect(peek.body).toMatchObject({company: {name: 'Invite Co'}, role: 'staff'});

    const colleague = new Client();
    const joined = await colleague.post(`/api/v1/invites/${token}/accept`, {name: 'Коллега', email: uniqueEmail('staff'), password: 'password1'});
    expect(joined.status).toBe(201);
    expect(joined.body.member.role).toBe('staff');
    expect(joined.body.permissions).not.toContain('team.manage');
    // The link works once.
    const twice = await new Client().post(`/api/v1/invites/${token}/accept`, {name: 'X', email: uniqueEmail('x'), password: 'password1'});
    expect(twice.status).toBe(404);
    // Staff cannot invite: the answer does not even admit the route exists for them.
    expect((await colleague.post('/api/v1/invites', {role: 'admin'})).status).toBe(404);
  });

  it('adds a colleague with a temporary password, and keeps the last owner', async () => {
    const {client: owner, me} = await signupCompany('Temp Co');
    const email = uniqueEmail('temp');
    const added = await owner.post('/api/v1/members', {name: 'Мастер', email, role: 'staff', password: 'temporary1'});
    expect(added.status).toBe(201);
    expect((await new Client().post('/api/v1/auth/login', {email, password: 'temporary1'})).status).toBe(200);
    const demote = await owner.patch(`/api/v1/members/${me.member.id}`, {role: 'staff'}, {'accept-language': 'ru'});
    expect(demote.status).toBe(409);
    expect(demote.body.error.message).toBe('В компании должен остаться хотя бы один владелец');
  });

  it('signs a switched-off colleague out at once', async () => {
    const {client: owner} = await signupCompany('Off Co');
    const email = uniqueEmail('off');
    const added = await owner.post('/api/v1/members', {name: 'Уходит', email, role: 'staff', password: 'temporary1'});
    const leaver = new Client();
    await leaver.post('/api/v1/auth/login', {email, password: 'temporary1'});
    expect((await leaver.get('/api/v1/requests')).status).toBe(200);
    expect((await owner.patch(`/api/v1/members/${added.body.id}`, {active: false})).status).toBe(200);
    expect((await leaver.get('/api/v1/requests')).status).toBe(401);
  });
});

describe('no password oracle, no account taken over', () => {
  it('adding someone who has an account invites them instead: the same answer for a right and a wrong password, and no membership', async () => {
    const victimEmail = uniqueEmail('victim');
    const victim = new Client();
    expect((await victim.post('/api/v1/auth/signup', {companyName: 'Жертва', name: 'V', email: victimEmail, password: 'secret123'})).status).toBe(201);
    const {client: attacker, me} = await signupCompany('Атакующий');

    const right = await attacker.post('/api/v1/members', {name: 'X', email: victimEmail, role: 'staff', password: 'secret123'});
    const wrong = await attacker.post('/api/v1/members', {name: 'X', email: victimEmail, role: 'staff', password: 'wrong1234'});
    expect([right.status, wrong.status]).toEqual([202, 202]);
    const shape = (b: any) => ({...b, url: b.url.replace(/[^/]+$/, 'TOKEN'), expiresAt: typeof b.expiresAt});
    expect(shape(right.body)).toEqual(shape(wrong.body));
    expect(right.body).toMatchObject({invited: true, email: victimEmail});
    const {rows} = await db.query('select 1 from member m join app_user u on u.id = m.user_id where m.company_id = $1 and lower(u.email) = lower($2)', [
      me.company.id,
      victimEmail,
    ]);
    expect(rows).toEqual([]);
    // Her sign-in still opens her own company.
    expect((await new Client().post('/api/v1/auth/login', {email: victimEmail, password: 'secret123'})).body.company.name).toBe('Жертва');
  });

  it('accepting an invitation with an existing account’s email never checks its password', async () => {
    const victimEmail = uniqueEmail('victim2');
    await new Client().post('/api/v1/auth/signup', {companyName: 'Жертва 2', name: 'V', email: victimEmail, password: 'secret123'});
    const {client: attacker, me} = await signupCompany('Атакующий 2');
    const answers = [];
    for (const password of ['secret123', 'wrong1234']) {
      const token = (await attacker.post('/api/v1/invites', {role: 'staff'})).body.url.split('/invite/')[1];
      const r = await new Client().post(`/api/v1/invites/${token}/accept`, {name: 'X', email: victimEmail, password}, {'accept-language': 'ru'});
      answers.push([r.status, r.body.error.fields]);
    }
    expect(answers[0]).toEqual(answers[1]);
    expect(answers[0]![0]).toBe(400);
    expect(answers[0]![1]).toEqual([expect.objectContaining({field: 'email', text: expect.stringContaining('Войдите')})]);
    const {rows} = await db.query('select count(*)::int as n from member where company_id = $1', [me.company.id]);
    expect(rows[0].n).toBe(1);
  });

  it('someone with an account joins by accepting the invitation signed in, and only the address it names may', async () => {
    const {client: owner, me} = await signupCompany('Приглашает');
    const colleagueEmail = uniqueEmail('has-account');
    const colleague = new Client();
    await colleague.post('/api/v1/auth/signup', {companyName: 'Свой салон', name: 'Айгерим', email: colleagueEmail, password: 'password1'});
    const added = await owner.post('/api/v1/members', {name: 'Айгерим', email: colleagueEmail.toUpperCase(), role: 'staff', password: 'ignored12'});
    expect(added.status).toBe(202);
    const token = added.body.url.split('/invite/')[1];

    // Someone else, signed in, cannot use an invitation made for her address.
    const {client: stranger} = await signupCompany('Чужой');
    const taken = await stranger.post(`/api/v1/invites/${token}/join`, {}, {'accept-language': 'en'});
    expect(taken.status).toBe(400);
    expect(taken.body.error.fields[0].text).toContain(colleagueEmail);
    // Not signed in: nothing.
    expect((await new Client().post(`/api/v1/invites/${token}/join`, {})).status).toBe(401);

    const joined = await colleague.post(`/api/v1/invites/${token}/join`, {});
    expect(joined.status).toBe(201);
    expect(joined.body.company.id).toBe(me.company.id);
    expect(joined.body.member.role).toBe('staff');
    expect((await colleague.get('/api/v1/auth/me')).body.company.id).toBe(me.company.id);
    // Once: the link is spent, and adding her again says she is in the team.
    expect((await colleague.post(`/api/v1/invites/${token}/join`, {})).status).toBe(404);
    expect((await owner.post('/api/v1/members', {name: 'A', email: colleagueEmail, role: 'staff', password: 'ignored12'})).status).toBe(400);
  });

  it('throttles sign-ins sprayed over many emails from one address, and only that address', async () => {
    const sprayer = new Client(undefined, {'x-forwarded-for': '203.0.113.77'});
    const statuses: number[] = [];
    for (let i = 0; i < 20; i++) statuses.push((await sprayer.post('/api/v1/auth/login', {email: uniqueEmail(`spray${i}`), password: 'Winter2026'})).status);
    expect(statuses.slice(0, 10)).toEqual(Array(10).fill(401));
    expect(statuses.slice(10)).toEqual(Array(10).fill(429));
    // Even the right password waits now, from that address.
    const email = uniqueEmail('real');
    await new Client().post('/api/v1/auth/signup', {companyName: 'Real', name: 'R', email, password: 'password1'});
    const blocked = await sprayer.post('/api/v1/auth/login', {email, password: 'password1'}, {'accept-language': 'ru'});
    expect(blocked.status).toBe(429);
    expect(blocked.body.error.message).toContain('15 минут');
    // Another address is not held up by it.
    expect((await new Client(undefined, {'x-forwarded-for': '203.0.113.78'}).post('/api/v1/auth/login', {email, password: 'password1'})).status).toBe(200);
  });
});
