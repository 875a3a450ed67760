// The offline outbox: how fast a written-offline change shows, what each queued
// write costs in storage, and how long 100 queued writes take to land once the
// connection is back (until PostgreSQL holds all of them).
import pg from 'pg';
import {startStack} from '#server/testing/stack.ts';
import {fmt, launchChromium, stats} from './browser.ts';

const N = 100;

export async function outbox() {
  const stack = await startStack();
  const browser = await launchChromium();
  const db = new pg.Client({connectionString: stack.pgUrl});
  await db.connect();
  try {
    const context = await browser.newContext({baseURL: stack.baseUrl, locale: 'ru-RU'});
    const res = await context.request.post('/api/v1/auth/signup', {
      data: {companyName: 'Outbox', name: 'A', email: `ob.${Date.now()}@example.kz`, password: 'password1'},
    });
    const session = await res.json();
    await context.addInitScript((s) => localStorage.setItem('dot.session', s), JSON.stringify(session));
    const page = await context.newPage();
    await page.goto('/requests');
    await page.locator('.conn[data-state="connected"]').waitFor({timeout: 60_000});
    await page.evaluate(() => navigator.serviceWorker.ready);

    await context.request.post('/__test/sync/stop');
    await context.setOffline(true);
    const usageBefore = await page.evaluate(async () => (await navigator.storage.estimate()).usage ?? 0);
    const paint: number[] = [];
    for (let i = 0; i < N; i++) {
      await page.evaluate(() => {
        history.pushState(null, '', '/requests/new');
        dispatchEvent(new PopStateEvent('popstate'));
      });
      const form = page.locator('form.request-card');
      await form.getByLabel('Телефон', {exact: true}).fill('+77011234567');
      await form.getByLabel('Текст заявки').fill(`queued ${i}`);
      await page.evaluate(() => {
        const w = window as unknown as {__t: {submit?: number; shown?: number}};
        w.__t = {};
        document.addEventListener('submit', () => (w.__t.submit = performance.now()), {capture: true, once: true});
        new MutationObserver((_, obs) => {
          if (document.querySelector('article.request-card[data-request-id]')) {
            requestAnimationFrame(() => (w.__t.shown = performance.now()));
            obs.disconnect();
          }
        }).observe(document.body, {childList: true, subtree: true});
      });
      await form.getByRole('button', {name: 'Создать'}).click();
      await page.waitForFunction(() => (window as unknown as {__t: {shown?: number}}).__t.shown !== undefined);
      const t = await page.evaluate(() => (window as unknown as {__t: {submit: number; shown: number}}).__t);
      paint.push(t.shown - t.submit);
    }
    await page.waitForFunction((n) => Number(document.querySelector('.outbox-chip')?.getAttribute('data-waiting')) === n, N);

    // A status change on an open request, offline: click → the new status painted.
    const statusPaint: number[] = [];
    const STATUS_CHANGES = 20;
    const order = ['В работе', 'Ожидает ответа'];
    for (let i = 0; i < STATUS_CHANGES; i++) {
      const label = order[i % 2]!;
      await page.evaluate(() => {
        const w = window as unknown as {__s: {click?: number; shown?: number}};
        w.__s = {};
        const badge = document.querySelector('.card-head .badge')!;
        const before = badge.textContent;
        document.addEventListener('click', () => (w.__s.click = performance.now()), {capture: true, once: true});
        new MutationObserver((_, obs) => {
          if (document.querySelector('.card-head .badge')?.textContent !== before) {
            requestAnimationFrame(() => (w.__s.shown = performance.now()));
            obs.disconnect();
          }
        }).observe(document.body, {childList: true, subtree: true, characterData: true});
      });
      await page.locator('.status-actions').getByRole('button', {name: label, exact: true}).click();
      await page.waitForFunction(() => (window as unknown as {__s: {shown?: number}}).__s.shown !== undefined);
      const s = await page.evaluate(() => (window as unknown as {__s: {click: number; shown: number}}).__s);
      statusPaint.push(s.shown - s.click);
    }
    const journal = await page.evaluate(async () => {
      const open = indexedDB.open('dot-outbox');
      const idb = await new Promise<IDBDatabase>((r) => (open.onsuccess = () => r(open.result)));
      const all = await new Promise<unknown[]>((r) => {
        const q = idb.transaction('ops').objectStore('ops').getAll();
        q.onsuccess = () => r(q.result);
      });
      idb.close();
      return all.map((e) => JSON.stringify(e).length);
    });
    await page.waitForTimeout(1500); // let Zero persist its own queue too
    const usageAfter = await page.evaluate(async () => (await navigator.storage.estimate()).usage ?? 0);

    const companyId = session.company.id as string;
    const landed = async () => Number((await db.query('select count(*) from request where company_id = $1', [companyId])).rows[0].count);
    await context.setOffline(false);
    await context.request.post('/__test/sync/start', {timeout: 120_000});
    await page.locator('.conn[data-state="connected"]').waitFor({timeout: 60_000});
    const t0 = Date.now();
    const wanted = async () =>
      (await landed()) >= N &&
      Number((await db.query(`select count(*) from request where company_id = $1 and status <> 'new'`, [companyId])).rows[0].count) === 1;
    while (!(await wanted())) await new Promise((r) => setTimeout(r, 25));
    const replayMs = Date.now() - t0;
    await page.waitForFunction(() => !document.querySelector('.outbox-chip'), undefined, {timeout: 60_000});
    const settledMs = Date.now() - t0;
    const count = await landed();

    return {
      paint: stats(paint),
      statusPaint: stats(statusPaint),
      journalBytes: stats(journal),
      storagePerWrite: (usageAfter - usageBefore) / N,
      replayMs,
      settledMs,
      count,
    };
  } finally {
    await db.end();
    await browser.close();
    await stack.stop();
  }
}

if (import.meta.main) {
  const r = await outbox();
  console.log(
    `offline status change: click → new status painted: median ${fmt(r.statusPaint.median)}, p90 ${fmt(r.statusPaint.p90)}, max ${fmt(r.statusPaint.max)} (n=${r.statusPaint.n}; one frame = 16.7 ms)`,
  );
  console.log(
    `offline new request: submit → its card painted (includes opening the card): median ${fmt(r.paint.median)}, p90 ${fmt(r.paint.p90)}, max ${fmt(r.paint.max)} (n=${r.paint.n})`,
  );
  console.log(`journal entry per queued write: median ${r.journalBytes.median} bytes (JSON), max ${r.journalBytes.max}`);
  console.log(`browser storage used per queued write (journal + Zero's queue and replica): ${(r.storagePerWrite / 1024).toFixed(1)} KB`);
  console.log(
    `replay of ${N + 20} queued writes (${N} new requests, 20 status changes) after reconnect: all in PostgreSQL after ${r.replayMs} ms (Zero connected → last row); outbox empty after ${r.settledMs} ms; rows: ${r.count}`,
  );
}
