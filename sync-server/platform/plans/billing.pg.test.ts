// The billing scan (issue 18): reminders to the owners 7 days and 1 day before
// the paid period ends (once each), and after the grace period a company on a
// priced plan is suspended with the reason in its language — by the server's
// own worker, with the test clock moved ahead. A free plan, or a priced one
// with no date to be paid by, never suspends anyone.
import pg from 'pg';
import {afterAll, beforeAll, describe, expect, inject, it} from 'vitest';
import {MODULES} from '#shared/company/modules.ts';
import type {EmailMessage} from '../../notify/email.ts';
import {Client, signupCompany} from '../../testing/http.ts';
import {runBilling} from './billing.ts';
import {consoleClient, planKey, planName} from '../testing.ts';

const DAY = 86_400_000;
let pool: pg.Pool;
let console: Client;
beforeAll(async () => {
  pool = new pg.Pool({connectionString: inject('pgUrl')});
  ({client: console} = await consoleClient(pool, {headers: {'accept-language': 'ru'}}));
});
afterAll(async () => {
  await new Client().post('/__test/clock', {reset: true});
  await pool.end();
});

const statusOf = async (id: string) =>
  (
    await pool.query<{status: string; reason: string | null}>(
      'select c.status, a.status_reason as reason from company c join company_account a on a.company_id = c.id where c.id = $1',
      [id],
    )
  ).rows[0]!;

describe('billing', () => {
  it('reminds the owners 7 days and 1 day before, once each, and suspends an unpaid priced plan after the grace period', async () => {
    const key = planKey('paid');
    expect((await console.post('/api/v1/platform/plans', {key, name: planName('Бизнес'), modules: [...MODULES], priceMonthTiyn: 990000})).status).toBe(201);
    const paying = await signupCompany('Платит помесячно');
    const free = await signupCompany('На бесплатном');
    const undated = await signupCompany('На платном без срока');
    for (const c of [paying, undated]) expect((await console.post(`/api/v1/platform/companies/${c.me.company.id}/plan`, {planKey: key})).status).toBe(200);
    // Free for years: the seeded plan never bills.
    await pool.query(`update company_account set paid_until = now() - interval '400 days' where company_id = $1`, [free.me.company.id]);
    const paid = await console.post(`/api/v1/platform/companies/${paying.me.company.id}/payments`, {months: 1, amountTiyn: 990000});
    const due = paid.body.paidUntil as number;
    const ownerEmail = (await paying.client.get('/api/v1/auth/me')).body.user.email as string;

    // Reminders, by the scan itself with a clock of its own and a mailbox to read.
    const mails: EmailMessage[] = [];
    const scanAt = (now: number) => runBilling({pool, clock: {now: () => now}, email: async (m) => (mails.push(m), {ok: true, id: String(mails.length)})});
    const mine = () => mails.filter((m) => m.to === ownerEmail);
    await scanAt(due - 8 * DAY);
    expect(mine()).toHaveLength(0);
    await scanAt(due - 7 * DAY + 3_600_000);
    await scanAt(due - 6 * DAY);
    expect(mine()).toHaveLength(1);
    expect(mine()[0]!.subject).toMatch(/^Оплата тарифа «Бизнес» — до \d/);
    expect(mine()[0]!.text).toContain('«Платит помесячно» оплачен до');
    await scanAt(due - 12 * 3_600_000);
    await scanAt(due - 6 * 3_600_000);
    expect(mine()).toHaveLength(2);
    await scanAt(due + 6 * DAY);
    expect((await statusOf(paying.me.company.id)).status).toBe('active');

    // After the grace period (7 days by default), by the server's worker on the test clock.
    await new Client().post('/__test/clock', {now: due + 7 * DAY + 3_600_000});
    await new Client().post('/__test/jobs/run', {});
    const after = await statusOf(paying.me.company.id);
    expect(after.status).toBe('suspended');
    expect(after.reason).toMatch(/^Тариф «Бизнес» не оплачен: срок истёк \d.+ Чтобы возобновить работу, оплатите тариф — напишите администратору платформы\.$/);
    expect((await statusOf(free.me.company.id)).status).toBe('active');
    expect((await statusOf(undated.me.company.id)).status).toBe('active');
    const {rows} = await pool.query(`select admin_id, reason from platform_audit where company_id = $1 and action = 'company.suspended'`, [
      paying.me.company.id,
    ]);
    expect(rows).toEqual([{admin_id: null, reason: after.reason}]);
    // The owner is told why when their app asks.
    const me = await paying.client.req('GET', '/api/v1/auth/me', undefined, {'accept-language': 'ru'});
    expect(me.status).toBe(403);
    expect(JSON.stringify(me.body)).toContain('Тариф «Бизнес» не оплачен');
  });

  it('the grace period is the platform setting when there is one', async () => {
    const key = planKey('grace');
    expect((await console.post('/api/v1/platform/plans', {key, name: planName('Льготный'), modules: [...MODULES], priceYearTiyn: 100})).status).toBe(201);
    const c = await signupCompany('Льготный период');
    expect((await console.post(`/api/v1/platform/companies/${c.me.company.id}/plan`, {planKey: key})).status).toBe(200);
    const due = Date.now() + 2 * DAY;
    await pool.query(`update company_account set paid_until = to_timestamp($2 / 1000.0) where company_id = $1`, [c.me.company.id, due]);
    await pool.query(`insert into platform_setting (key, value) values ('billing.graceDays', '1') on conflict (key) do update set value = '1'`);
    try {
      await runBilling({pool, clock: {now: () => due + DAY / 2}, email: null});
      expect((await statusOf(c.me.company.id)).status).toBe('active');
      await runBilling({pool, clock: {now: () => due + DAY + 1}, email: null});
      expect((await statusOf(c.me.company.id)).status).toBe('suspended');
    } finally {
      await pool.query(`delete from platform_setting where key = 'billing.graceDays'`);
    }
  });
});
