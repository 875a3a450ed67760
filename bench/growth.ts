// How dot grows with the company's data: 1k, 10k and 100k requests of one
// company (written with SQL, bench/growth/seed.ts) on one stack, grown in
// place. At each size, on the server: the REST list's first page and a page
// 90% deep reached by its paging, and the public catalog page (60 items);
// on a device (Chromium, 1280 px): the first open until the list counts every
// open request, a search applied until painted, and the catch-up of a device
// that was away while 1k requests were closed on the server (baseline: the
// same reopen with nothing changed).
// Usage: npm run bench -- growth   (BENCH_SIZES=1000,10000 to choose; BENCH_DEVICE_TIMEOUT_S, default 240).
import type {Browser} from '@playwright/test';
import pg from 'pg';
import {startStack} from '#server/testing/stack.ts';
import {launchChromium} from './browser.ts';
import {goAway, newDevice, openUntil, searchRepaint} from './growth/device.ts';
import {closeSome, reopenAll, seedRequests, type Company} from './growth/seed.ts';
import {catalogPage, makeCatalog, restPages, type Http} from './growth/server.ts';
import {figure} from './report.ts';

const SIZES = (process.env.BENCH_SIZES ?? '1000,10000,100000').split(',').map(Number);
const TIMEOUT = Number(process.env.BENCH_DEVICE_TIMEOUT_S ?? 240) * 1000;
const CHANGED = 1000;
const label = (n: number) => (n >= 1000 ? `${n / 1000}k` : String(n));
const rows: Record<string, Record<string, string>> = {};
const put = (what: string, size: number, v: string) => ((rows[what] ??= {})[label(size)] = v);

/** Waits until every replication slot (zero-cache's) has confirmed what is written now: the device sees settled data. */
async function replicated(pool: pg.Pool): Promise<void> {
  const {rows: r} = await pool.query<{lsn: string}>('select pg_current_wal_lsn()::text as lsn');
  for (let i = 0; i < 600; i++) {
    const {rows: behind} = await pool.query(`select 1 from pg_replication_slots where confirmed_flush_lsn < $1::pg_lsn`, [r[0]!.lsn]);
    if (!behind.length) return;
    await new Promise((res) => setTimeout(res, 250));
  }
  throw new Error('zero-cache did not catch up within 150 s');
}

const openCount = async (pool: pg.Pool, c: Company) =>
  Number((await pool.query(`select count(*) from request where company_id = $1 and status = 'new'`, [c.id])).rows[0].count);

async function deviceFigures(browser: Browser, base: string, cookie: string, session: unknown, pool: pg.Pool, c: Company, size: number) {
  const n = label(size);
  const device = await newDevice(browser, base, cookie, session);
  try {
    let expected = await openCount(pool, c);
    let open;
    try {
      open = await openUntil(device, expected, TIMEOUT);
    } catch (e) {
      await device.page?.screenshot({path: `/tmp/growth-open-${n}.png`}).catch(() => {});
      console.log(
        `open ${n}: page shows ${(
          await device.page
            ?.locator('body')
            .innerText()
            .catch(() => '')
        )
          ?.slice(0, 300)
          .replace(/\s+/g, ' ')}`,
      );
      figure({
        name: `growth.device.open.${n}`,
        value: TIMEOUT,
        unit: 'ms',
        note: `not usable within ${TIMEOUT / 1000} s: ${(e as Error).message.split('\n')[0]}`,
      });
      put('device: first open → list usable', size, `> ${TIMEOUT / 1000} s`);
      return;
    }
    figure({
      name: `growth.device.open.${n}`,
      value: open.usable,
      unit: 'ms',
      note: `${expected} open requests counted; first row painted at ${Math.round(open.firstRow)} ms`,
    });
    put('device: first open → list usable', size, `${Math.round(open.usable)} ms`);
    const search = await searchRepaint(device.page!, 5);
    figure({name: `growth.device.filter.${n}`, value: search, unit: 'ms', note: 'type a word in the search box → the frame with the new count (median of 5)'});
    put('device: search → painted', size, `${Math.round(search)} ms`);
    await goAway(device, size);
    const again = await openUntil(device, expected, TIMEOUT);
    await goAway(device, size);
    await closeSome(pool, c, CHANGED);
    await replicated(pool);
    expected -= CHANGED;
    let back;
    try {
      back = await openUntil(device, expected, TIMEOUT);
    } catch (e) {
      const shows = await device.page?.evaluate(() => (window as unknown as {__count: () => number}).__count()).catch(() => NaN);
      figure({
        name: `growth.device.catchup.${n}`,
        value: TIMEOUT,
        unit: 'ms',
        note: `${expected} not counted within ${TIMEOUT / 1000} s (shows ${shows}): ${(e as Error).message.split('\n')[0]}`,
      });
      put('device: reopen after 1k changed → painted', size, `> ${TIMEOUT / 1000} s (shows ${shows})`);
      return;
    }
    figure({
      name: `growth.device.catchup.${n}`,
      value: back.usable,
      unit: 'ms',
      baseline: again.usable,
      note: `reopen after ${CHANGED} requests were closed on the server, until the list counts ${expected}; baseline: reopen with nothing changed`,
    });
    put('device: reopen after 1k changed → painted', size, `${Math.round(back.usable)} ms (unchanged ${Math.round(again.usable)})`);
  } finally {
    await device.context.close();
  }
}

const stack = await startStack({env: {DOT_JOBS: 'off'}});
const pool = new pg.Pool({connectionString: stack.pgUrl, max: 4});
let browser: Browser | undefined;
try {
  const signup = await fetch(`${stack.baseUrl}/api/v1/auth/signup`, {
    method: 'POST',
    headers: {'content-type': 'application/json'},
    body: JSON.stringify({companyName: 'Рост', name: 'Владелец', email: `growth.${Date.now()}@example.kz`, password: 'password1'}),
  });
  const session = (await signup.json()) as {company: {id: string; slug: string}; member: {id: string}};
  const http: Http = {
    base: stack.baseUrl,
    cookie: signup.headers
      .getSetCookie()
      .find((c) => c.startsWith('dot_session='))!
      .split(';')[0]!,
  };
  const types = (await (await fetch(`${stack.baseUrl}/api/v1/request-types`, {headers: {cookie: http.cookie}})).json()) as {data: {id: string}[]};
  const company: Company = {id: session.company.id, memberId: session.member.id, typeId: types.data[0]?.id ?? null, slug: session.company.slug};
  await makeCatalog(http);
  browser = await launchChromium();
  let seeded = 0;
  for (const size of SIZES) {
    const n = label(size);
    let t = performance.now();
    await seedRequests(pool, company, seeded, size);
    seeded = size;
    await reopenAll(pool, company);
    await pool.query('analyze request');
    await replicated(pool);
    console.log(`${n}: seeded and replicated in ${Math.round(performance.now() - t)} ms`);
    t = performance.now();
    const rest = await restPages(http, pool, company, size);
    figure({
      name: `growth.server.rest-first-page.${n}`,
      value: rest.first.median,
      unit: 'ms',
      note: `GET /api/v1/requests?limit=100, median of 20 (p90 ${Math.round(rest.first.p90)})`,
    });
    figure({
      name: `growth.server.rest-deep-page.${n}`,
      value: rest.deep.median,
      unit: 'ms',
      note: `the page after row ${rest.deepAt} (?before=), median of 20 (p90 ${Math.round(rest.deep.p90)})`,
    });
    put('server: REST first page (100)', size, `${rest.first.median.toFixed(1)} ms`);
    put('server: REST page 90% deep', size, `${rest.deep.median.toFixed(1)} ms`);
    const catalog = await catalogPage(stack.baseUrl, company.slug);
    figure({
      name: `growth.server.catalog.${n}`,
      value: catalog.median,
      unit: 'ms',
      note: `/c/<slug>/catalog, 60 items, median of 30 sequential (p90 ${Math.round(catalog.p90)})`,
    });
    put('server: public catalog page', size, `${catalog.median.toFixed(1)} ms`);
    await deviceFigures(browser, stack.baseUrl, http.cookie, session, pool, company, size);
    console.log(`${n}: measured in ${Math.round(performance.now() - t)} ms`);
  }
  const sizes = SIZES.map(label);
  const w = Math.max(...Object.keys(rows).map((k) => k.length));
  console.log(`\n${'growth'.padEnd(w)}  ${sizes.map((s) => s.padStart(24)).join('  ')}`);
  for (const [what, bySize] of Object.entries(rows)) console.log(`${what.padEnd(w)}  ${sizes.map((s) => (bySize[s] ?? '').padStart(24)).join('  ')}`);
} finally {
  await browser?.close();
  await pool.end();
  await stack.stop();
}
