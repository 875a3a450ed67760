// A departing colleague loses access at once, whichever way they are switched
// off; an owner can let a colleague back in with a temporary password (never
// for an account used in another company); refusals say what happened.
// (Issue 11, items 6 and 10.)
import pg from 'pg';
import {afterAll, beforeAll, describe, expect, inject, it} from 'vitest';
import {hashSecret} from '../auth/tokens.ts';
import {Client, ownerContext, signupCompany, uniqueEmail} from '../testing/http.ts';
import {createZeroDb} from '../zero/db.ts';
import {createExecutor} from '../zero/execute.ts';
import {mutators} from '#shared/mutators/index.ts';

let pool: pg.Pool;
beforeAll(() => {
  pool = new pg.Pool({connectionString: inject('pgUrl')});
});
afterAll(() => pool.end());

/** A colleague added with a password, signed in on a device of their own. */
async function colleague(owner: Client, role = 'staff', password = 'temporary1') {
  const email = uniqueEmail(role);
  const added = await owner.post('/api/v1/members', {name: `Коллега ${role}`, email, role, password});
  expect(added.status).toBe(201);
  const device = new Client();
  expect((await device.post('/api/v1/auth/login', {email, password})).status).toBe(200);
  return {id: added.body.id as string, email, password, device};
}

const secretOf = (c: Client) => c.cookie.replace(/^dot_session=/, '');

describe('switching a colleague off', () => {
  it('through sync (the mutator on the server) ends their sessions and API keys for good, and announces them to close live sync', async () => {
    const {client: owner, me} = await signupCompany('Уходит через sync');
    const leaver = await colleague(owner, 'admin');
    const key = await leaver.device.post('/api/v1/api-keys', {label: 'скрипт'});
    expect(key.status).toBe(201);
    const integration = new Client(undefined, {authorization: `Bearer ${key.body.key}`});
    expect((await integration.get('/api/v1/requests')).status).toBe(200);

    const listener = new pg.Client({connectionString: inject('pgUrl')});
    await listener.connect();
    const announced: string[] = [];
    listener.on('notification', (n) => announced.push(n.payload ?? ''));
    await listener.query('listen dot_session_revoked');
    try {
      // What /api/zero/mutate does with a device's push.
      const executor = createExecutor({pool, zdb: createZeroDb(pool)});
      await executor.run(mutators.member.setActive({memberId: leaver.id, active: false}), ownerContext(me));

      expect((await leaver.device.get('/api/v1/requests')).status).toBe(401);
      expect((await integration.get('/api/v1/requests')).status).toBe(401);
      const {rows} = await pool.query('select count(*)::int as open from session where member_id = $1 and revoked_at is null', [leaver.id]);
      expect(rows[0].open).toBe(0);
      // The server closes the live sync connection of each ended session (auth/live-sync.ts).
      await expect.poll(() => announced, {timeout: 5000}).toContain(hashSecret(secretOf(leaver.device)));
      expect(announced).toContain(hashSecret(key.body.key));

      // Switched on again, they sign in again: the old sessions stay ended.
      await executor.run(mutators.member.setActive({memberId: leaver.id, active: true}), ownerContext(me));
      expect((await leaver.device.get('/api/v1/requests')).status).toBe(401);
      expect((await integration.get('/api/v1/requests')).status).toBe(401);
      expect((await new Client().post('/api/v1/auth/login', {email: leaver.email, password: leaver.password})).status).toBe(200);
    } finally {
      await listener.end();
    }
  });

  it('refuses switching yourself off, and an admin switching off an owner, in words', async () => {
    const {client: owner, me} = await signupCompany('Себя не отключить');
    const admin = await colleague(owner, 'admin');
    const self = await owner.patch(`/api/v1/members/${me.member.id}`, {active: false}, {'accept-language': 'ru'});
    expect(self.status).toBe(409);
    expect(self.body.error.message).toBe('Себя отключить нельзя');
    const byAdmin = await admin.device.patch(`/api/v1/members/${me.member.id}`, {active: false}, {'accept-language': 'ru'});
    expect(byAdmin.status).toBe(404);
    expect(byAdmin.body.error.message).toBe('Это может сделать только владелец');
    expect((await owner.get('/api/v1/auth/me')).status).toBe(200);
  });
});

describe('a temporary password set by the owner', () => {
  it("ends the colleague's sessions; they sign in with it and are asked for their own", async () => {
    const {client: owner} = await signupCompany('Временный пароль');
    const c = await colleague(owner);
    const second = new Client();
    expect((await second.post('/api/v1/auth/login', {email: c.email, password: c.password})).status).toBe(200);

    const bad = await owner.post(`/api/v1/members/${c.id}/password`, {password: 'short'}, {'accept-language': 'ru'});
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields).toEqual([expect.objectContaining({field: 'password', text: 'Пароль: не меньше 8 символов, буквы и цифры'})]);

    expect((await owner.post(`/api/v1/members/${c.id}/password`, {password: 'vremenny42'})).status).toBe(204);
    expect((await c.device.get('/api/v1/requests')).status).toBe(401);
    expect((await second.get('/api/v1/requests')).status).toBe(401);
    expect((await new Client().post('/api/v1/auth/login', {email: c.email, password: c.password})).status).toBe(401);

    const back = new Client();
    const signedIn = await back.post('/api/v1/auth/login', {email: c.email, password: 'vremenny42'});
    expect(signedIn.status).toBe(200);
    expect(signedIn.body.user.mustChangePassword).toBe(true);
    const wrong = await back.post('/api/v1/auth/password', {currentPassword: 'nope12345', password: 'moiparol77'}, {'accept-language': 'en'});
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.fields[0]).toMatchObject({field: 'currentPassword', text: 'Current password: The current password is wrong'});
    const changed = await back.post('/api/v1/auth/password', {currentPassword: 'vremenny42', password: 'moiparol77'});
    expect(changed.status).toBe(200);
    expect(changed.body.user.mustChangePassword).toBeUndefined();
    expect((await back.get('/api/v1/auth/me')).body.user.mustChangePassword).toBeUndefined();
    expect((await new Client().post('/api/v1/auth/login', {email: c.email, password: 'moiparol77'})).body.user.mustChangePassword).toBeUndefined();
  });

  it('is refused for an account that is also used in another company, and the owner does not take it over', async () => {
    const {client: owner, me} = await signupCompany('Хочет чужой аккаунт');
    // Айгерим has her own salon, and joined this company by invitation.
    const herEmail = uniqueEmail('own-salon');
    const her = new Client();
    expect((await her.post('/api/v1/auth/signup', {companyName: 'Салон Айгерим', name: 'Айгерим', email: herEmail, password: 'ee-parol1'})).status).toBe(201);
    const invited = await owner.post('/api/v1/members', {name: 'Айгерим', email: herEmail, role: 'staff', password: 'ignored12'});
    expect(invited.status).toBe(202);
    expect((await her.post(`/api/v1/invites/${invited.body.url.split('/invite/')[1]}/join`, {})).status).toBe(201);
    const {rows} = await pool.query<{id: string}>('select m.id from member m join app_user u on u.id = m.user_id where m.company_id = $1 and u.email = $2', [
      me.company.id,
      herEmail,
    ]);

    const refused = await owner.post(`/api/v1/members/${rows[0]!.id}/password`, {password: 'zahvat123'}, {'accept-language': 'ru'});
    expect(refused.status).toBe(409);
    expect(refused.body.error.message).toContain('используется и в другой компании');
    expect((await new Client().post('/api/v1/auth/login', {email: herEmail, password: 'zahvat123'})).status).toBe(401);
    expect((await new Client().post('/api/v1/auth/login', {email: herEmail, password: 'ee-parol1'})).status).toBe(200);
    expect((await her.get('/api/v1/auth/me')).status).toBe(200);
  });

  it('is refused for yourself, for an owner by an admin, and for staff, each in words', async () => {
    const {client: owner, me} = await signupCompany('Пароли и права');
    const admin = await colleague(owner, 'admin');
    const staff = await colleague(owner, 'staff');
    const self = await owner.post(`/api/v1/members/${me.member.id}/password`, {password: 'novyi1234'}, {'accept-language': 'ru'});
    expect([self.status, self.body.error.message]).toEqual([409, expect.stringContaining('Забыли пароль?')]);
    const ofOwner = await admin.device.post(`/api/v1/members/${me.member.id}/password`, {password: 'novyi1234'}, {'accept-language': 'ru'});
    expect([ofOwner.status, ofOwner.body.error.message]).toEqual([404, 'Это может сделать только владелец']);
    const byStaff = await staff.device.post(`/api/v1/members/${admin.id}/password`, {password: 'novyi1234'}, {'accept-language': 'ru'});
    expect([byStaff.status, byStaff.body.error.message]).toEqual([404, 'Нет доступа или запись не найдена.']);
    const switchByStaff = await staff.device.patch(`/api/v1/members/${admin.id}`, {active: false}, {'accept-language': 'ru'});
    expect([switchByStaff.status, switchByStaff.body.error.message]).toEqual([404, 'Нет доступа или запись не найдена.']);
    // The admin may set a staff member's.
    expect((await admin.device.post(`/api/v1/members/${staff.id}/password`, {password: 'novyi1234'})).status).toBe(204);
  });
});

describe('refused invitations say why (not "request not found")', () => {
  it('a staff member may not invite; an admin may not invite an owner', async () => {
    const {client: owner} = await signupCompany('Кто приглашает');
    const admin = await colleague(owner, 'admin');
    const staff = await colleague(owner, 'staff');
    for (const [who, body] of [
      [staff.device, {role: 'staff'}],
      [admin.device, {role: 'owner'}],
    ] as const) {
      const r = await who.post('/api/v1/invites', body, {'accept-language': 'ru'});
      expect(r.status).toBe(404);
      expect(r.body.error.message).not.toContain('Заявка');
    }
    expect((await staff.device.post('/api/v1/invites', {role: 'staff'}, {'accept-language': 'ru'})).body.error.message).toBe(
      'Добавлять и приглашать сотрудников может владелец или администратор',
    );
    expect((await admin.device.post('/api/v1/invites', {role: 'owner'}, {'accept-language': 'kk'})).body.error.message).toBe('Мұны тек иесі жасай алады');
    const addOwner = await admin.device.post(
      '/api/v1/members',
      {name: 'X', email: uniqueEmail('x'), role: 'owner', password: 'password1'},
      {'accept-language': 'en'},
    );
    expect([addOwner.status, addOwner.body.error.message]).toEqual([404, 'Only an owner can do this']);
    const made = await admin.device.post('/api/v1/invites', {role: 'staff'});
    expect(made.status).toBe(201);
    // A used link, opened or joined by a signed-in staff member, says so too.
    const token = made.body.url.split('/invite/')[1];
    expect((await new Client().post(`/api/v1/invites/${token}/accept`, {name: 'Новая', email: uniqueEmail('new'), password: 'password1'})).status).toBe(201);
    for (const r of [
      await staff.device.get(`/api/v1/invites/${token}`),
      await staff.device.post(`/api/v1/invites/${token}/join`, {}, {'accept-language': 'ru'}),
    ]) {
      expect(r.status).toBe(404);
      expect(r.body.error.message).toBe('Приглашение недействительно или истекло. Попросите новое.');
    }
  });
});

describe('forgot password without email configured', () => {
  it('answers the same, sends nothing, stores no link', async () => {
    const {me} = await signupCompany('Без почты');
    const ip = {'x-forwarded-for': '198.51.100.31', 'accept-language': 'ru'};
    const known = await new Client(undefined, ip).post('/api/v1/auth/password-reset', {email: me.user.email});
    const unknown = await new Client(undefined, ip).post('/api/v1/auth/password-reset', {email: uniqueEmail('nobody')});
    expect([known.status, unknown.status]).toEqual([202, 202]);
    expect(known.body).toEqual(unknown.body);
    await new Promise((r) => setTimeout(r, 300));
    const {rows} = await pool.query('select count(*)::int as n from password_reset where user_id = $1', [me.user.id]);
    expect(rows[0].n).toBe(0);
  });
});

describe('the API document', () => {
  it('lists the new routes with their bodies', async () => {
    const doc = (await new Client().get('/api/v1/openapi.json')).body;
    const body = (path: string) => doc.paths[path].post.requestBody.content['application/json'].schema.properties;
    expect(Object.keys(body('/auth/password-reset'))).toContain('email');
    expect(Object.keys(body('/auth/password-reset/check'))).toEqual(['token']);
    expect(Object.keys(body('/auth/password-reset/confirm')).sort()).toEqual(['password', 'token']);
    expect(Object.keys(body('/auth/password')).sort()).toEqual(['currentPassword', 'password']);
    expect(Object.keys(body('/members/{id}/password'))).toEqual(['password']);
    expect(doc.paths['/auth/password-reset'].post.responses).toHaveProperty('202');
  });
});
