// Device side of growth, in Chromium at 1280 px over the real stack: first
// open until the list is usable, a search applied until painted, and the
// catch-up of a device that was away while 1k requests changed.
import type {Browser, BrowserContext, Page} from '@playwright/test';
import {stats} from '../browser.ts';

/**
 * Installed in the page (the app's CSP forbids eval, so no code is sent as text):
 * `__count()` is the number the list's head shows ("10 000 заявок" → 10000, -1
 * before it is there); `__measure(kind, before)` resolves with ms from the next
 * `kind` event to the frame after the count differs from `before` (NaN after 60 s).
 */
const INSTALL = `
window.__count = () => { const e = document.querySelector('.pane-head .muted'); return e ? Number(e.textContent.replace(/\\D/g, '')) : -1; };
window.__measure = (kind, before) => new Promise((resolve) => {
  let t0;
  document.addEventListener(kind, () => { t0 = performance.now(); }, {capture: true, once: true});
  const check = () => {
    if (t0 === undefined || window.__count() === before) return false;
    obs.disconnect();
    requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - t0), 0));
    return true;
  };
  const obs = new MutationObserver(check);
  obs.observe(document.body, {subtree: true, childList: true, characterData: true, attributes: true});
  setTimeout(() => { obs.disconnect(); resolve(NaN); }, 60000);
});
`;

type W = {__count: () => number; __measure: (k: string, before: number) => Promise<number>; __result?: Promise<number>};

export type Device = {context: BrowserContext; page?: Page};

/** A signed-in device: the session cookie (`name=value`) and the session the app keeps in localStorage. */
export async function newDevice(browser: Browser, baseURL: string, cookie: string, session: unknown): Promise<Device> {
  const context = await browser.newContext({baseURL, locale: 'ru-RU', timezoneId: 'Asia/Almaty', viewport: {width: 1280, height: 800}});
  const [name, value] = cookie.split('=') as [string, string];
  await context.addCookies([{name, value, url: baseURL}]);
  await context.addInitScript((s) => localStorage.setItem('dot.session', s), JSON.stringify(session));
  await context.addInitScript(INSTALL);
  return {context};
}

/**
 * Opens /requests and waits until the list's head counts `expected` open
 * requests: ms since navigation start (the page's own clock) to the frame
 * that shows it, and to the first row painted.
 */
export async function openUntil(d: Device, expected: number, timeoutMs: number): Promise<{firstRow: number; usable: number}> {
  const page = await d.context.newPage();
  d.page = page;
  await page.goto('/requests', {waitUntil: 'commit'});
  const firstRow = (
    await page.waitForFunction(() => document.querySelector('tr.request-row') && performance.now(), undefined, {
      polling: 'raf',
      timeout: timeoutMs,
    })
  ).jsonValue() as Promise<number>;
  const usable = await (
    await page.waitForFunction((n) => (window as unknown as W).__count() === n && performance.now(), expected, {polling: 'raf', timeout: timeoutMs})
  ).jsonValue();
  return {firstRow: await firstRow, usable: usable as number};
}

/** Typing a word in the search box → the frame that shows the new count; median of `rounds` after one warm-up. */
export async function searchRepaint(page: Page, rounds: number): Promise<number> {
  const search = page.getByRole('searchbox');
  // Not while the service worker precaches every chunk and the idle warm-up loads the rest (a small list opens
  // before they are done): the search would be timed against them.
  await page.evaluate(() => Promise.race([navigator.serviceWorker?.ready, new Promise((r) => setTimeout(r, 10_000))]));
  await page.waitForTimeout(1500);
  const samples: number[] = [];
  // One round more than counted: the first search folds every row's text once (remembered per row) and meets cold code.
  for (let i = -1; i < rounds; i++) {
    const before = await page.evaluate(() => (window as unknown as W).__count());
    await search.focus();
    await page.evaluate((b) => {
      const w = window as unknown as W;
      w.__result = w.__measure('input', b);
    }, before);
    await page.keyboard.insertText(i % 2 ? 'жеткізу' : 'доставка');
    const ms = await page.evaluate(() => (window as unknown as W).__result!);
    if (Number.isNaN(ms)) throw new Error('no repaint seen after typing in the search box');
    if (i >= 0) samples.push(ms);
    await search.fill('');
    await page.waitForFunction((b) => (window as unknown as W).__count() === b, before, {timeout: 60_000});
  }
  return stats(samples).median;
}

/**
 * Closes the device's page after its replica had time to be written to
 * IndexedDB (Zero persists in the background: at 100k rows a close after 2 s
 * left a replica the server no longer accepted, and the reopen synced all
 * 65 MB again), so the reopen measures a catch-up, not a lost replica.
 */
export async function goAway(d: Device, rows: number): Promise<void> {
  await d.page?.waitForTimeout(Math.max(2000, (rows / 10_000) * 2000));
  await d.page?.close();
  d.page = undefined;
}
