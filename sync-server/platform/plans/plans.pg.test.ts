// Tariff plans (issue 18, P4) through the console's routes, and a plan without
// a module refusing it on every path: the database keeps it off (a synced
// write, REST, SQL), the mutator refuses in words naming the module and the
// plan, and the module's REST routes and public pages answer as for a module
// switched off.
import pg from 'pg';
import {afterAll, beforeAll, describe, expect, inject, it} from 'vitest';
import {MODULES} from '#shared/company/modules.ts';
import {mutators} from '#shared/mutators/index.ts';
import {memberContext, resolveSession} from '../../auth/sessions.ts';
import {Client, signupCompany} from '../../testing/http.ts';
import {createZeroDb} from '../../zero/db.ts';
import {createExecutor} from '../../zero/execute.ts';
import {consoleClient, planKey, planName} from '../testing.ts';

let pool: pg.Pool;
let console: Client;
beforeAll(async () => {
  pool = new pg.Pool({connectionString: inject('pgUrl')});
  ({client: console} = await consoleClient(pool, {headers: {'accept-language': 'ru'}}));
});
afterAll(() => pool.end());

const modulesOf = async (companyId: string) =>
  (await pool.query<{modules: Record<string, boolean>}>('select modules from company_profile where id = $1', [companyId])).rows[0]!.modules;
const WITHOUT_BOOKING = MODULES.filter((m) => m !== 'booking');

describe('tariff plans', () => {
  it("the database's list of modules is the app's", async () => {
    const {rows} = await pool.query<{m: string[]}>('select dot_all_modules() as m');
    expect(rows[0]!.m).toEqual([...MODULES]);
  });

  it('are created, listed with their companies and changed in the console, every write audited; a company cookie is not let in', async () => {
    const key = planKey('start');
    const made = await console.post('/api/v1/platform/plans', {
      key,
      name: planName('Старт'),
      modules: ['requests', 'crm'],
      maxMembers: 3,
      priceMonthTiyn: 500000,
    });
    expect(made.status).toBe(201);
    expect(made.body.plan).toMatchObject({key, modules: ['requests', 'crm'], maxMembers: 3, storageMb: null, priceMonthTiyn: 500000, companies: 0});
    expect((await console.post('/api/v1/platform/plans', {key, name: planName('Дубль'), modules: []})).status).toBe(409);
    const bad = await console.post('/api/v1/platform/plans', {key: 'Плохой ключ', name: planName(''), modules: []});
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields.map((f: {field: string}) => f.field)).toEqual(expect.arrayContaining(['key', 'name.ru']));

    const {me, client: owner} = await signupCompany('Компания на тарифе');
    await signupCompany('Компания на бесплатном');
    expect((await console.post(`/api/v1/platform/companies/${me.company.id}/plan`, {planKey: key})).status).toBe(200);
    const list = await console.get('/api/v1/platform/plans');
    expect(list.body.plans.find((p: {key: string}) => p.key === key)).toMatchObject({companies: 1});
    expect(list.body.plans.find((p: {key: string}) => p.key === 'free').companies).toBeGreaterThan(0);

    const changed = await console.put(`/api/v1/platform/plans/${key}`, {maxMembers: 5, name: planName('Старт+')});
    expect(changed.body.plan).toMatchObject({maxMembers: 5, name: {ru: 'Старт+'}, modules: ['requests', 'crm'], companies: 1});
    expect((await console.put('/api/v1/platform/plans/no-such-plan', {maxMembers: 5})).status).toBe(404);

    const {rows} = await pool.query('select action, target, company_id from platform_audit where target = $1 order by id', [key]);
    expect(rows.map((r) => r.action)).toEqual(['plan.create', 'company.plan', 'plan.update']);
    expect(rows[1]!.company_id).toBe(me.company.id);
    // A company's own session reaches no console route.
    expect((await owner.get('/api/v1/platform/plans')).status).toBe(401);
  });

  it('a plan without booking keeps booking off on every path, and says why in words naming the module and the plan', async () => {
    const key = planKey('nobook');
    expect((await console.post('/api/v1/platform/plans', {key, name: planName('Без записи'), modules: WITHOUT_BOOKING})).status).toBe(201);
    const {me, client: owner} = await signupCompany('Салон без записи');
    const {me: offMe, client: offOwner} = await signupCompany('Салон, выключивший запись');
    const slug = me.company.slug as string;
    expect((await owner.get('/api/v1/booking/masters')).status).toBe(200);
    const pageOn = await new Client().get(`/c/${slug}/book`);

    expect((await console.post(`/api/v1/platform/companies/${me.company.id}/plan`, {planKey: key})).status).toBe(200);
    // Written as an explicit false: a missing key would mean the default, which is on.
    expect((await modulesOf(me.company.id)).booking).toBe(false);
    expect((await owner.get('/api/v1/auth/me')).body.modulesOff).toContain('booking');

    // REST write path: refused, naming the module and the plan.
    const rest = await owner.req('PATCH', '/api/v1/company/modules', {modules: {booking: true}}, {'accept-language': 'ru'});
    expect(rest.status).toBe(403);
    expect(rest.body.error).toMatchObject({
      code: 'limit',
      module: 'booking',
      message: 'Модуль «Онлайн-запись» не входит в тариф «Без записи». Чтобы включить его, смените тариф — напишите администратору платформы.',
    });
    // The same in English for an English reader.
    const en = await owner.req('PATCH', '/api/v1/company/modules', {modules: {booking: true}}, {'accept-language': 'en'});
    expect(en.body.error.message).toMatch(/^The "Online booking" module is not part of the "Без записи" plan/);

    // The mutator as sync runs it: refused with the same details.
    const s = await resolveSession(pool, owner.cookie.replace(/^dot_session=/, ''));
    const executor = createExecutor({pool, zdb: createZeroDb(pool)});
    const refused = await executor.run(mutators.company.setModules({modules: {booking: true}}), memberContext(s!, 'sync')).then(
      () => null,
      (e: {details: unknown}) => e.details,
    );
    expect(refused).toMatchObject({code: 'limit', messageKey: 'plan.moduleMissing', module: 'booking'});
    // Other modules still switch as before, booking stays off.
    expect((await owner.patch('/api/v1/company/modules', {modules: {reviews: false}})).status).toBe(200);
    // Straight SQL cannot switch it on either.
    await pool.query(`update company_profile set modules = modules || '{"booking": true}' where id = $1`, [me.company.id]);
    expect(await modulesOf(me.company.id)).toMatchObject({booking: false, reviews: false});

    // The module's REST routes and public page answer exactly as for a company that switched it off itself.
    expect((await offOwner.patch('/api/v1/company/modules', {modules: {booking: false}})).status).toBe(200);
    const byPlan = await owner.req('GET', '/api/v1/booking/masters', undefined, {'accept-language': 'ru'});
    const bySwitch = await offOwner.req('GET', '/api/v1/booking/masters', undefined, {'accept-language': 'ru'});
    expect(byPlan.status).toBe(403);
    expect(byPlan.body).toEqual(bySwitch.body);
    const pageByPlan = await new Client().get(`/c/${slug}/book`);
    const pageBySwitch = await new Client().get(`/c/${offMe.company.slug}/book`);
    expect(pageByPlan.status).not.toBe(pageOn.status);
    expect(pageByPlan.status).toBe(pageBySwitch.status);

    // Back on a plan with booking: the owner may switch it on again.
    expect((await console.post(`/api/v1/platform/companies/${me.company.id}/plan`, {planKey: 'free'})).status).toBe(200);
    expect((await owner.patch('/api/v1/company/modules', {modules: {booking: true}})).status).toBe(200);
    expect((await owner.get('/api/v1/booking/masters')).status).toBe(200);
  });

  it('a plan losing a module switches it off in every company on it, at once', async () => {
    const key = planKey('shrink');
    expect((await console.post('/api/v1/platform/plans', {key, name: planName('Сжимается'), modules: [...MODULES]})).status).toBe(201);
    const a = await signupCompany('Первая на тарифе');
    const b = await signupCompany('Вторая на тарифе');
    const other = await signupCompany('Не на тарифе');
    for (const c of [a, b]) expect((await console.post(`/api/v1/platform/companies/${c.me.company.id}/plan`, {planKey: key})).status).toBe(200);
    expect((await modulesOf(a.me.company.id)).reviews).not.toBe(false);
    expect((await console.put(`/api/v1/platform/plans/${key}`, {modules: MODULES.filter((m) => m !== 'reviews')})).status).toBe(200);
    expect((await modulesOf(a.me.company.id)).reviews).toBe(false);
    expect((await modulesOf(b.me.company.id)).reviews).toBe(false);
    expect((await modulesOf(other.me.company.id)).reviews).not.toBe(false);
    expect((await a.client.get('/api/v1/auth/me')).body.modulesOff).toContain('reviews');
  });

  it('assigns a trial, marks months as paid from the later of now and paid-until, and the owner sees plan, usage and dates', async () => {
    const key = planKey('trial');
    const made = await console.post('/api/v1/platform/plans', {key, name: planName('Пробный'), modules: [...MODULES], trialDays: 14, priceMonthTiyn: 100});
    expect(made.status).toBe(201);
    const {me, client: owner} = await signupCompany('Компания на пробном');
    const id = me.company.id as string;
    const before = Date.now();
    const assigned = await console.post(`/api/v1/platform/companies/${id}/plan`, {planKey: key, trial: true});
    expect(assigned.body.company).toMatchObject({id, plan: {key, name: 'Пробный'}, paidUntil: null});
    expect(assigned.body.company.trialUntil - before).toBeGreaterThanOrEqual(14 * 86_400_000 - 1000);
    expect(assigned.body.company.trialUntil - before).toBeLessThan(14 * 86_400_000 + 60_000);

    const first = await console.post(`/api/v1/platform/companies/${id}/payments`, {months: 1, amountTiyn: 100, note: 'Kaspi'});
    expect(first.status).toBe(201);
    expect(first.body.payment.paidFrom).toBeGreaterThanOrEqual(before);
    const second = await console.post(`/api/v1/platform/companies/${id}/payments`, {months: 2, amountTiyn: 200});
    // Extended from the end of the first period, not from now.
    expect(second.body.payment.paidFrom).toBe(first.body.paidUntil);
    expect(new Date(second.body.paidUntil).getUTCMonth()).toBe((new Date(first.body.paidUntil).getUTCMonth() + 2) % 12);
    expect((await console.post(`/api/v1/platform/companies/${id}/payments`, {months: 0, amountTiyn: 1})).status).toBe(400);
    const payments = await console.get(`/api/v1/platform/companies/${id}/payments`);
    expect(payments.body.payments.map((p: {amountTiyn: number; note: string | null}) => [p.amountTiyn, p.note])).toEqual([
      [200, null],
      [100, 'Kaspi'],
    ]);
    const {rows} = await pool.query(`select count(*)::int as n from platform_audit where company_id = $1 and action = 'company.payment'`, [id]);
    expect(rows[0]!.n).toBe(2);

    const mine = await owner.get('/api/v1/plan');
    expect(mine.status).toBe(200);
    expect(mine.body).toMatchObject({
      plan: {key, trialDays: 14, maxMembers: null},
      usage: {members: 1, storageBytes: 0, messagesMonth: 0},
      paidUntil: second.body.paidUntil,
      trialUntil: assigned.body.company.trialUntil,
    });
    expect(mine.body.plan.companies).toBeUndefined();
  });
});
