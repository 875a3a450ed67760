// Unique visitors without keeping who they are: the same person twice a day
// counts once, on a new day again; two people count two; no address is
// stored in any table; sightings and salts go after two days, the counts stay.
import pg from 'pg';
import {afterAll, beforeAll, describe, expect, inject, it} from 'vitest';
import {Client, signupCompany} from '../testing/http.ts';
import {countVisitor, forgetVisitors} from './visitors.ts';

const pool = new pg.Pool({connectionString: inject('pgUrl'), max: 2});
afterAll(() => pool.end());

const DAY = 86_400_000;
const T = Date.UTC(2026, 5, 10, 6);
let company: {id: string; timezone: string};
let slug: string;

beforeAll(async () => {
  const {me} = await signupCompany('Аналитика: посетители');
  company = {id: me.company.id, timezone: 'Asia/Almaty'};
  slug = me.company.slug;
});

const visitors = async (day: string, source: string) =>
  Number(
    (await pool.query<{n: string}>(`select coalesce(sum(count), 0) as n from site_stat where company_id = $1 and kind = 'visitor' and day = $2 and source = $3`, [company.id, day, source]))
      .rows[0]!.n,
  );

describe('unique visitors', () => {
  it('counts a person once a day per source, again the next day, two people as two', async () => {
    const ann = {ip: '198.51.100.23', userAgent: 'Mozilla/5.0 (iPhone) Safari/604.1'};
    const bob = {ip: '198.51.100.24', userAgent: 'Mozilla/5.0 (iPhone) Safari/604.1'};
    for (const v of [ann, ann, bob, bob, ann]) await countVisitor(pool, company, 'qr-table', v, T);
    expect(await visitors('2026-06-10', 'qr-table')).toBe(2);
    // Another source is another row of the funnel: she counts there too.
    await countVisitor(pool, company, 'site', ann, T);
    expect(await visitors('2026-06-10', 'site')).toBe(1);
    await countVisitor(pool, company, 'qr-table', ann, T + DAY);
    await countVisitor(pool, company, 'qr-table', ann, T + DAY + 3600_000);
    expect(await visitors('2026-06-11', 'qr-table')).toBe(1);
    expect(await visitors('2026-06-10', 'qr-table')).toBe(2);

    // No table holds the address, in any form a text search finds.
    const {rows: tables} = await pool.query<{t: string}>(`select table_name as t from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'`);
    for (const {t} of tables) {
      const {rows} = await pool.query(`select 1 from "${t}" x where x::text like '%198.51.100.2%' limit 1`);
      expect(rows, t).toEqual([]);
    }

    // Two days on, the sightings and the salt of that day are gone; the counts stay.
    await forgetVisitors(pool, T + 3 * DAY);
    const left = await pool.query(`select day from site_visitor_seen where company_id = $1`, [company.id]);
    expect(left.rows.map((r) => r.day)).toEqual(['2026-06-11']);
    expect((await pool.query(`select 1 from visitor_salt where day = '2026-06-10'`)).rowCount).toBe(0);
    expect(await visitors('2026-06-10', 'qr-table')).toBe(2);
  });

  it('counts the people who open the public site, not the times they open it', async () => {
    const as = (ip: string) => new Client(undefined, {'accept-language': 'ru', 'user-agent': 'Mozilla/5.0 (Linux; Android 14) Chrome/120 Mobile', 'x-forwarded-for': ip});
    for (const ip of ['203.0.113.5', '203.0.113.5', '203.0.113.6']) expect((await as(ip).get(`/c/${slug}?src=qr-door`)).status).toBe(200);
    const today = new Intl.DateTimeFormat('en-CA', {timeZone: company.timezone}).format(Date.now());
    // Counted off the page's path: wait for the counters to land.
    for (let i = 0; i < 50 && (await visitors(today, 'qr-door')) < 2; i++) await new Promise((r) => setTimeout(r, 100));
    expect(await visitors(today, 'qr-door')).toBe(2);
    const views = await pool.query<{n: string}>(`select sum(count) as n from site_stat where company_id = $1 and kind = 'view' and source = 'qr-door'`, [company.id]);
    expect(Number(views.rows[0]!.n)).toBe(3);
  });
});
