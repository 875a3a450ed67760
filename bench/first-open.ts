// A signed-in first open on a cheap phone: the JS and CSS the device fetches
// before the request list is usable, and how long that takes on a 4×-slowed CPU
// over "Fast 3G" (Chromium DevTools throttling via CDP); then a later open on
// the same profile, served by the service worker.
//
// Honest count: the first visit runs with service workers blocked (so no
// precache competes with, or is counted as, the first screen), and only what
// was asked for before the list became usable counts: the page marks the
// moment the first request row is in the DOM (wall clock), and a response
// counts when its request was sent before that mark. The idle warm-up of the
// other sections comes later and is listed apart.
import type {Browser, BrowserContext, Page} from '@playwright/test';
import {startStack} from '#server/testing/stack.ts';
import {launchChromium, stats} from './browser.ts';
import {figure} from './report.ts';

const RUNS = Number(process.env.FIRST_OPEN_RUNS ?? 3);
// DevTools' "Fast 3G" and a 4× slower CPU: what a cheap Android phone gets.
const FAST_3G = {offline: false, latency: 562.5, downloadThroughput: (1.44 * 1024 * 1024) / 8, uploadThroughput: (675 * 1024) / 8};
const PHONE = {viewport: {width: 412, height: 915}, isMobile: true, hasTouch: true, deviceScaleFactor: 2, locale: 'ru-RU'};
const USABLE = '.request-row';

/** `sent`/`done`: ms since the navigation started — the waterfall a slow phone waits through. */
type Fetched = {url: string; type: string; bytes: number; beforeUsable: boolean; fromSW: boolean; sent: number; done: number};
/** Where the time of one open went, ms since the navigation started. */
type Timeline = {html: number; lastScript: number; socketOpen: number; firstFrame: number; usable: number};

// Runs in the page before its scripts: the moment the request list shows its first row.
// A string, not a function: tsx would wrap a function's inner names in a helper the page does not have.
const MARK_USABLE = `(() => {
  const check = () => {
    if (window.__usable || !document.querySelector(${JSON.stringify(USABLE)})) return false;
    window.__usable = {at: performance.now(), wall: performance.timeOrigin + performance.now()};
    return true;
  };
  new MutationObserver((_, o) => check() && o.disconnect()).observe(document, {childList: true, subtree: true});
})();`;

async function throttled(context: BrowserContext, page: Page) {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', FAST_3G);
  await cdp.send('Emulation.setCPUThrottlingRate', {rate: 4});
  const sent = new Map<string, {url: string; wall: number}>();
  const got = new Map<string, {type: string; fromSW: boolean}>();
  const bytes = new Map<string, number>();
  const done = new Map<string, number>();
  // CDP stamps events on a monotonic clock; requestWillBeSent also gives the wall clock, which ties the two.
  let offset: number | undefined;
  const wall = (monotonic: number) => monotonic * 1000 + (offset ?? 0);
  const socket: {opened?: number; firstFrame?: number} = {};
  cdp.on('Network.requestWillBeSent', (e) => {
    offset ??= e.wallTime * 1000 - e.timestamp * 1000;
    sent.set(e.requestId, {url: e.request.url, wall: e.wallTime * 1000});
  });
  cdp.on('Network.responseReceived', (e) => got.set(e.requestId, {type: e.type, fromSW: Boolean(e.response.fromServiceWorker)}));
  cdp.on('Network.loadingFinished', (e) => {
    bytes.set(e.requestId, e.encodedDataLength);
    done.set(e.requestId, wall(e.timestamp));
  });
  cdp.on('Network.webSocketHandshakeResponseReceived', (e) => void (socket.opened ??= wall(e.timestamp)));
  cdp.on('Network.webSocketFrameReceived', (e) => void (socket.firstFrame ??= wall(e.timestamp)));
  return {
    /** Navigates and waits until the list is usable; returns ms since navigation start and what was fetched. */
    async open(path: string): Promise<{usableMs: number; fetched: () => Fetched[]; timeline: () => Timeline}> {
      await page.goto(path, {waitUntil: 'commit'});
      const usable = await page.waitForFunction(() => (window as unknown as {__usable?: {at: number; wall: number}}).__usable, null, {
        timeout: 120_000,
        polling: 100,
      });
      const mark = (await usable.jsonValue()) as {at: number; wall: number};
      const start = mark.wall - mark.at;
      const since = (t: number | undefined) => Math.round((t ?? NaN) - start);
      return {
        usableMs: mark.at,
        timeline: () => {
          const ids = [...sent].filter(([, s]) => s.wall <= mark.wall).map(([id]) => id);
          const html = ids.find((id) => got.get(id)?.type === 'Document');
          const scripts = ids.filter((id) => got.get(id)?.type === 'Script').map((id) => done.get(id) ?? NaN);
          return {
            html: since(html === undefined ? undefined : done.get(html)),
            lastScript: since(Math.max(...scripts)),
            socketOpen: since(socket.opened),
            firstFrame: since(socket.firstFrame),
            usable: Math.round(mark.at),
          };
        },
        fetched: () =>
          [...sent].flatMap(([id, s]) => {
            const r = got.get(id);
            if (!r || (r.type !== 'Script' && r.type !== 'Stylesheet')) return [];
            return [
              {
                url: s.url,
                type: r.type,
                bytes: bytes.get(id) ?? 0,
                beforeUsable: s.wall <= mark.wall,
                fromSW: r.fromSW,
                sent: since(s.wall),
                done: since(done.get(id)),
              },
            ];
          }),
      };
    },
  };
}

async function signedInContext(browser: Browser, baseURL: string, session: string, serviceWorkers: 'allow' | 'block') {
  const context = await browser.newContext({...PHONE, baseURL, serviceWorkers});
  await context.addInitScript((s) => localStorage.setItem('dot.session', s), session);
  await context.addInitScript({content: MARK_USABLE});
  return context;
}

const kb = (n: number) => n / 1024;
const sum = (list: Fetched[], type: string) => kb(list.filter((f) => f.type === type).reduce((a, f) => a + f.bytes, 0));
const chunk = (url: string) => new URL(url).pathname.split('/').pop()!;

export async function firstOpen() {
  const stack = await startStack();
  const browser = await launchChromium();
  try {
    // One company with a list to show: 20 requests of its first type.
    const owner = await browser.newContext({baseURL: stack.baseUrl});
    const email = `first-open.${Date.now()}@example.kz`;
    const signup = await owner.request.post('/api/v1/auth/signup', {data: {companyName: 'Первое открытие', name: 'А', email, password: 'password1'}});
    let types = ((await (await owner.request.get('/api/v1/request-types')).json()) as {data: {id: string}[]}).data;
    if (!types.length) {
      await owner.request.post('/api/v1/request-types/templates/back_office');
      types = ((await (await owner.request.get('/api/v1/request-types')).json()) as {data: {id: string}[]}).data;
    }
    for (let i = 0; i < 20; i++) await owner.request.post('/api/v1/requests', {data: {typeId: types[0]!.id, title: `Заявка ${i + 1}`}});
    const session = JSON.stringify(await signup.json());
    const cookies = await owner.cookies();
    await owner.close();

    // First visits: each a fresh device (no cache, no replica), no service worker.
    const firsts: {usableMs: number; list: Fetched[]; timeline: Timeline}[] = [];
    for (let i = 0; i < RUNS; i++) {
      const context = await signedInContext(browser, stack.baseUrl, session, 'block');
      await context.addCookies(cookies);
      const page = await context.newPage();
      const t = await throttled(context, page);
      const r = await t.open('/requests');
      await page.waitForLoadState('networkidle');
      await page.waitForTimeout(5000); // the idle warm-up, listed apart
      firsts.push({usableMs: r.usableMs, list: r.fetched(), timeline: r.timeline()});
      await context.close();
    }

    // A later open: the service worker installed and precached on an earlier visit, then the same phone profile.
    const context = await signedInContext(browser, stack.baseUrl, session, 'allow');
    await context.addCookies(cookies);
    const warm = await context.newPage();
    await warm.goto('/requests');
    await warm.locator(USABLE).first().waitFor({timeout: 60_000});
    await warm.evaluate(async () => {
      await navigator.serviceWorker.ready;
      while (!navigator.serviceWorker.controller) await new Promise((r) => setTimeout(r, 50));
    });
    await warm.waitForLoadState('networkidle');
    await warm.close();
    const repeats: {usableMs: number; list: Fetched[]; timeline: Timeline}[] = [];
    for (let i = 0; i < RUNS; i++) {
      const page = await context.newPage();
      const t = await throttled(context, page);
      const r = await t.open('/requests');
      repeats.push({usableMs: r.usableMs, list: r.fetched(), timeline: r.timeline()});
      await page.close();
    }
    await context.close();
    return {firsts, repeats};
  } finally {
    await browser.close();
    await stack.stop();
  }
}

if (import.meta.main) {
  const {firsts, repeats} = await firstOpen();
  const first = firsts[0]!.list;
  const before = first.filter((f) => f.beforeUsable);
  console.log('First screen (asked for before the list was usable), bytes on the wire:');
  for (const f of before) console.log(`${kb(f.bytes).toFixed(1).padStart(7)} KB  ${`${f.sent}–${f.done} ms`.padStart(13)}  ${chunk(f.url)}`);
  console.log('Then the idle warm-up:');
  for (const f of first.filter((x) => !x.beforeUsable)) console.log(`${kb(f.bytes).toFixed(1).padStart(7)} KB  ${chunk(f.url)}`);
  const show = (t: Timeline) =>
    `page ${t.html} ms, last script ${t.lastScript} ms, sync socket open ${t.socketOpen} ms, first sync frame ${t.firstFrame} ms, list usable ${t.usable} ms`;
  console.log('Where the time went (since navigation):');
  for (const r of firsts) console.log(`  first open: ${show(r.timeline)}`);
  for (const r of repeats) console.log(`  later open: ${show(r.timeline)}`);
  const later = repeats.flatMap((r) => r.list.filter((f) => f.beforeUsable && !f.fromSW));
  console.log(`Later opens: ${later.length ? later.map((f) => chunk(f.url)).join(', ') : 'every script and style from the service worker'}`);
  const profile = '4x CPU, Fast 3G (562.5 ms, 1.44 Mbit/s), 412x915 phone';
  const usable = stats(firsts.map((r) => r.usableMs));
  const repeat = stats(repeats.map((r) => r.usableMs));
  figure({name: 'first-open.js-gzip', value: sum(before, 'Script'), unit: 'KB', goal: '<= 170', note: 'gzip on the wire, service worker blocked'});
  figure({name: 'first-open.css-gzip', value: sum(before, 'Stylesheet'), unit: 'KB'});
  figure({
    name: 'first-open.warm-up-js-gzip',
    value: sum(
      first.filter((f) => !f.beforeUsable),
      'Script',
    ),
    unit: 'KB',
    note: 'after the list is usable',
  });
  figure({
    name: 'first-open.usable-ms',
    value: usable.median,
    unit: 'ms',
    goal: '<= 3000',
    note: `${profile}; median of ${usable.n}, max ${Math.round(usable.max)}`,
  });
  figure({
    name: 'first-open.repeat-usable-ms',
    value: repeat.median,
    unit: 'ms',
    goal: '<= 1000',
    note: `from the service worker; ${profile}; median of ${repeat.n}, max ${Math.round(repeat.max)}`,
  });
}
