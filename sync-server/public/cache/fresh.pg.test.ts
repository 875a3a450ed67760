// The public page cache never shows what changed: an item edited (through the
// API or plain SQL) and a time booked are on the very next request, a repeat
// visitor gets 304 only while the page is unchanged, and visits answered from
// the cache still count as views.
import pg from 'pg';
import {afterAll, beforeAll, describe, expect, inject, it} from 'vitest';
import {bookPublicly, freeSlots, salon} from '../../testing/salon.ts';
import {Client} from '../../testing/http.ts';

let pool: pg.Pool;
beforeAll(() => {
  pool = new pg.Pool({connectionString: inject('pgUrl')});
});
afterAll(() => pool.end());

const phone = () => new Client(undefined, {'accept-language': 'ru', 'user-agent': 'Mozilla/5.0 (Linux; Android 10) Chrome/124 Mobile'});

describe('the public page cache', () => {
  it('shows an edit and a booking on the very next request', async () => {
    const s = await salon('Свежая кофейня');
    const item = (await s.owner.post('/api/v1/catalog/items', {title: 'Капучино', price: 90_000})).body;
    const v = phone();
    const catalog = `/c/${s.slug}/catalog`;
    const first = await v.get(catalog);
    expect(first.body).toContain('Капучино');
    const etag = first.headers.get('etag')!;
    // The same page again: from the cache, and 304 for a visitor who has it (as a browser revalidates; fetch
    // itself would add "Cache-Control: no-cache" to a conditional request, which rightly asks for the full page).
    const again = {'if-none-match': etag, 'cache-control': 'max-age=0'};
    expect((await v.get(catalog)).headers.get('etag')).toBe(etag);
    expect((await v.req('GET', catalog, undefined, again)).status).toBe(304);

    expect((await s.owner.patch(`/api/v1/catalog/items/${item.id}`, {title: 'Флэт уайт'})).status).toBe(200);
    const edited = await v.req('GET', catalog, undefined, again);
    expect(edited.status).toBe(200);
    expect(edited.body).toContain('Флэт уайт');
    expect(edited.body).not.toContain('Капучино');
    // Any writer counts, not only this server's API.
    await pool.query('update catalog_item set title = $1 where id = $2', ['Раф', item.id]);
    expect((await v.get(catalog)).body).toContain('Раф');

    const [start] = await freeSlots(s);
    const day = new Intl.DateTimeFormat('en-CA', {timeZone: 'Asia/Almaty'}).format(start);
    const times = `/c/${s.slug}/book/dana?service=${s.service}&place=${s.place}&day=${day}`;
    expect((await v.get(times)).body).toContain(`time=${start}`);
    expect((await v.get(times)).body).toContain(`time=${start}`);
    await bookPublicly(s, {name: 'Асель', phone: '+7 701 111 22 33'});
    expect((await v.get(times)).body).not.toContain(`time=${start}`);

    // Visits answered from the cache (and the 304) count like the first.
    const views = async () =>
      Number(
        (await pool.query(`select coalesce(sum(count), 0) as n from site_stat where company_id = $1 and kind = 'view' and page = 'catalog'`, [s.me.company.id]))
          .rows[0]!.n,
      );
    await expect.poll(views, {timeout: 5000}).toBe(5);
  });

  it('serves nothing it kept once its LISTEN connection is lost, so changes made meanwhile show', async () => {
    const s = await salon('Кофейня без связи');
    const item = (await s.owner.post('/api/v1/catalog/items', {title: 'Американо', price: 70_000})).body;
    const v = phone();
    const catalog = `/c/${s.slug}/catalog`;
    expect((await v.get(catalog)).body).toContain('Американо');
    expect((await v.get(catalog)).body).toContain('Американо');
    const cut = await pool.query(`select pg_terminate_backend(pid) from pg_stat_activity where application_name = 'dot-page-cache'`);
    expect(cut.rowCount).toBeGreaterThan(0);
    await pool.query('update catalog_item set title = $1 where id = $2', ['Лунго', item.id]);
    expect((await v.get(catalog)).body).toContain('Лунго');
    // It comes back by itself and serves again.
    await expect
      .poll(async () => (await pool.query(`select 1 from pg_stat_activity where application_name = 'dot-page-cache'`)).rowCount, {timeout: 5000})
      .toBeGreaterThan(0);
    expect((await v.get(catalog)).body).toContain('Лунго');
  });
});
