// Roles as data (issue 12): S1 §3's ready roles a company adopts and edits, a
// member holding several roles (the permissions are the union), the owner's
// powers as permissions, and an external contractor who sees only what is
// theirs — over REST and through the named query a device syncs.
import pg from 'pg';
import {afterAll, beforeAll, describe, expect, inject, it} from 'vitest';
import {queries} from '#shared/queries/index.ts';
import {memberContext, resolveSession} from '../auth/sessions.ts';
import {Client, signupCompany, uniqueEmail} from '../testing/http.ts';
import {createZeroDb} from '../zero/db.ts';
import {createExecutor} from '../zero/execute.ts';
import {mutators} from '#shared/mutators/index.ts';

let pool: pg.Pool;
beforeAll(() => {
  pool = new pg.Pool({connectionString: inject('pgUrl')});
});
afterAll(() => pool.end());

/** The context the server builds for this device's session: what sync and REST act with. */
async function ctxOf(c: Client, via: 'sync' | 'rest' = 'sync') {
  const s = await resolveSession(pool, c.cookie.replace(/^dot_session=/, ''));
  expect(s).not.toBeNull();
  return memberContext(s!, via);
}

async function colleague(owner: Client, role: string) {
  const email = uniqueEmail(role);
  const added = await owner.post('/api/v1/members', {name: `Коллега ${role}`, email, role, password: 'colleague1'});
  expect(added.status).toBe(201);
  const device = new Client();
  expect((await device.post('/api/v1/auth/login', {email, password: 'colleague1'})).status).toBe(200);
  return {id: added.body.id as string, device};
}

describe('role templates', () => {
  it('lists S1 §3’s roles, adopts one as the company’s own role, and edits what it may do', async () => {
    const {client: owner} = await signupCompany('Роли из шаблонов');
    const templates = (await owner.get('/api/v1/role-templates')).body.data as {key: string; name: {ru: string; kk: string; en: string}}[];
    expect(templates.map((t) => t.name.ru)).toEqual([
      'Администратор системы',
      'Руководитель',
      'Менеджер / координатор',
      'Исполнитель',
      'Финансист / бухгалтерия',
      'Финансовый директор',
      'Юрист',
      'Маркетинг-оператор',
      'IT-специалист',
      'Внешний подрядчик',
    ]);

    const adopted = await owner.post('/api/v1/roles', {template: 'lawyer'});
    expect(adopted.status).toBe(201);
    expect(adopted.body).toMatchObject({key: 'lawyer', name: 'Юрист', isSystem: false});
    expect(adopted.body.permissions).toEqual([
      'requests.read',
      'requests.create',
      'requests.update',
      'requests.comment',
      'team.read',
      'tasks.own',
      'meetings.own',
      'finance.own',
      'documents.read',
      'documents.manage',
    ]);
    // Adopting it again changes nothing.
    const again = await owner.post('/api/v1/roles', {template: 'lawyer'});
    expect(again.status).toBe(201);
    expect(again.body.id).toBe(adopted.body.id);
    expect((await owner.post('/api/v1/roles', {template: 'astronaut'})).status).toBe(400);

    const edited = await owner.patch('/api/v1/roles/lawyer', {permissions: ['requests.read', 'requests.comment', 'clients.read']});
    expect(edited.status).toBe(200);
    expect(edited.body.permissions).toEqual(['requests.read', 'requests.comment', 'clients.read']);
    expect((await owner.get('/api/v1/roles')).body.data.find((r: {key: string}) => r.key === 'lawyer').permissions).toEqual([
      'requests.read',
      'requests.comment',
      'clients.read',
    ]);
    // A lawyer signs in with exactly that.
    const lawyer = await colleague(owner, 'lawyer');
    expect((await lawyer.device.get('/api/v1/auth/me')).body.permissions.sort()).toEqual(['clients.read', 'requests.comment', 'requests.read']);
  });

  it('gives a member with two roles the union of both, on the next call', async () => {
    const {client: owner} = await signupCompany('Две роли');
    expect((await owner.post('/api/v1/roles', {template: 'head'})).status).toBe(201);
    const m = await colleague(owner, 'staff');
    const before = (await m.device.get('/api/v1/auth/me')).body;
    expect(before.member.roles).toEqual(['staff']);
    expect(before.permissions).not.toContain('requests.escalations');

    const both = await owner.patch(`/api/v1/members/${m.id}`, {roles: ['staff', 'head']});
    expect(both.status).toBe(200);
    expect(both.body).toMatchObject({role: 'staff', roles: ['staff', 'head']});
    const after = (await m.device.get('/api/v1/auth/me')).body;
    expect(after.member.roles).toEqual(['staff', 'head']);
    // booking.own and clients.manage from staff, requests.configure and escalations from head.
    expect(after.permissions).toEqual(expect.arrayContaining(['booking.own', 'clients.manage', 'requests.configure', 'requests.escalations']));
    const ctx = await ctxOf(m.device);
    expect(ctx.roles).toEqual(['staff', 'head']);
    expect(ctx.permissions).toEqual(expect.arrayContaining(['booking.own', 'requests.configure']));

    // The older single-role call replaces the list.
    expect((await owner.patch(`/api/v1/members/${m.id}`, {role: 'head'})).body).toMatchObject({role: 'head', roles: ['head']});
    expect((await owner.patch(`/api/v1/members/${m.id}`, {roles: []})).status).toBe(400);
    expect((await owner.patch(`/api/v1/members/${m.id}`, {roles: ['staff', 'nobody']})).status).toBe(400);
  });

  it('keeps owner-level power to whoever holds team.owners, whatever the roles are called', async () => {
    const {client: owner, me} = await signupCompany('Сила владельца');
    const admin = await colleague(owner, 'admin');
    const staff = await colleague(owner, 'staff');
    // An admin manages the team but neither makes an owner nor grants what they lack.
    const makeOwner = await admin.device.patch(`/api/v1/members/${staff.id}`, {roles: ['staff', 'owner']}, {'accept-language': 'ru'});
    expect(makeOwner.status).toBe(404);
    expect(makeOwner.body.error.message).toBe('Это может сделать только владелец');
    expect((await admin.device.patch('/api/v1/roles/staff', {permissions: ['requests.read', 'company.manage']})).status).toBe(404);
    expect((await admin.device.patch('/api/v1/roles/owner', {permissions: ['requests.read']})).status).toBe(404);
    expect((await admin.device.patch(`/api/v1/members/${me.member.id}`, {roles: ['staff']})).status).toBe(404);
    // An admin may still give what they hold themselves.
    expect((await admin.device.patch('/api/v1/roles/staff', {permissions: ['requests.read', 'clients.export']})).status).toBe(200);

    // The owner renames nothing but moves the power to a role of the company's own: the rule follows the permission.
    const founder = await owner.patch('/api/v1/roles/admin', {permissions: [...(await ctxOf(admin.device)).permissions, 'team.owners']});
    expect(founder.status).toBe(200);
    expect((await admin.device.patch(`/api/v1/members/${staff.id}`, {roles: ['staff', 'owner']})).status).toBe(200);
    // Nobody takes the last owner-level power away, from a role or from a person.
    expect((await owner.patch('/api/v1/roles/admin', {permissions: ['team.read']})).status).toBe(200);
    expect((await owner.patch(`/api/v1/members/${staff.id}`, {roles: ['staff']})).status).toBe(200);
    const last = await owner.patch('/api/v1/roles/owner', {permissions: ['team.read', 'team.manage']}, {'accept-language': 'ru'});
    expect(last.status).toBe(409);
    expect(last.body.error.message).toBe('В компании должен остаться хотя бы один владелец');
  });
});

describe('an external contractor', () => {
  it('sees only the requests assigned to them, over REST and through the named query', async () => {
    const {client: owner} = await signupCompany('Подрядчик');
    expect((await owner.post('/api/v1/roles', {template: 'contractor'})).status).toBe(201);
    const contractor = await colleague(owner, 'contractor');
    const theirs = await owner.post('/api/v1/requests', {text: 'Починить кондиционер', responsibleId: contractor.id});
    const other = await owner.post('/api/v1/requests', {text: 'Договор аренды'});
    expect(theirs.status).toBe(201);
    expect(other.status).toBe(201);

    const list = (await contractor.device.get('/api/v1/requests')).body.data as {id: string}[];
    expect(list.map((r) => r.id)).toEqual([theirs.body.id]);
    expect((await contractor.device.get(`/api/v1/requests/${theirs.body.id}`)).status).toBe(200);
    expect((await contractor.device.get(`/api/v1/requests/${other.body.id}`)).status).toBe(404);
    expect((await contractor.device.get(`/api/v1/requests/${other.body.id}/history`)).status).toBe(404);
    expect((await contractor.device.get('/api/v1/clients')).status).toBe(404);

    const zdb = createZeroDb(pool);
    const ctx = await ctxOf(contractor.device);
    expect(ctx.permissions).toEqual(expect.arrayContaining(['requests.read_own']));
    expect(ctx.permissions).not.toContain('requests.read');
    const synced = await zdb.run(queries.requests.list.fn({args: undefined, ctx}));
    expect(synced.map((r) => r.id)).toEqual([theirs.body.id]);
    expect(await zdb.run(queries.requests.card.fn({args: {id: other.body.id}, ctx}))).toBeUndefined();

    // Writing to a request that is not theirs is refused like one that does not exist.
    const executor = createExecutor({pool, zdb});
    await expect(
      executor.run(mutators.request.addComment({id: crypto.randomUUID(), requestId: other.body.id, body: 'чужое', createdAt: Date.now()}), ctx),
    ).rejects.toThrow('not_found');
  });
});
