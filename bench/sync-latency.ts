// Sync between devices, and the local write, measured on one stack in one run:
// - dot: a request typed into the new-request form and a status change on its
//   card on device A, timed to the frame that shows them on device B (a
//   colleague on the request list), n of each;
// - the baseline: the same status change by a bare Zero client (Node, no React,
//   no outbox, no /zero proxy) timed until another bare client's view holds it;
// - each hop of both, from the pages' WebSocket frames and our push endpoint's
//   trace lines (DOT_SYNC_TRACE=1): click → push sent → our endpoint → auth →
//   transaction → mutator → commit → poke frame on B → paint on B;
// - click → painted on A itself, online and (zero-cache stopped, A offline) offline.
// Usage: npm run bench -- sync-latency   (SYNC_SAMPLES=n, default 50)
import type {BrowserContext, Page} from '@playwright/test';
import {startStack} from '#server/testing/stack.ts';
import type {Session} from '#client/session/session.ts';
import {launchChromium} from './browser.ts';
import {figure} from './report.ts';
import {bareClient, hold, setStatus, watchFrames, whenStatus, wsHits} from './sync-latency/bare-zero.ts';
import {parseTraces, pct, printHops, traceOf, type Sample} from './sync-latency/hops.ts';
import {arm, hasStatus, marks, rowWithText, WS_TAP} from './sync-latency/probes.ts';

const N = Number(process.env.SYNC_SAMPLES ?? 50);
const OFFLINE_N = Math.max(10, Math.round(N / 2));
const MOVES = [
  {to: 'in_progress', label: 'В работе'},
  {to: 'waiting', label: 'Ожидает ответа'},
];

async function signIn(ctx: BrowserContext, session: unknown): Promise<string> {
  await ctx.addInitScript((s) => localStorage.setItem('dot.session', s), JSON.stringify(session));
  await ctx.addInitScript(WS_TAP);
  return (await ctx.cookies()).map((c) => `${c.name}=${c.value}`).join('; ');
}

/** Types one request in the form on A; returns its local paint and, when B is given, B's sample. */
async function newRequest(a: Page, b: Page | null, label: string, traces: () => string) {
  await a.evaluate(() => {
    history.pushState(null, '', '/requests/new');
    dispatchEvent(new PopStateEvent('popstate'));
  });
  const form = a.locator('form.request-card');
  await form.getByLabel('Телефон', {exact: true}).fill('+77011234567');
  await form.getByLabel('Текст заявки').fill(label);
  await arm(a, {cond: `!!document.querySelector('article.request-card[data-request-id]')`, want: [label], event: 'submit'});
  if (b) await arm(b, {cond: rowWithText(label), want: [label]});
  await form.getByRole('button', {name: 'Создать'}).click();
  const ma = await marks(a);
  const id = (await a.locator('article.request-card[data-request-id]').getAttribute('data-request-id'))!;
  const local = ma.shown! - ma.t0!;
  if (process.env.X_MARKS)
    console.log(
      label,
      local.toFixed(1),
      await a.evaluate(
        `(() => { const s = performance.getEntriesByName('x:submit').pop().startTime; const o = {}; for (const m of performance.getEntriesByType('mark')) if (m.name.startsWith('x:') && m.startTime >= s) o[m.name] = +(m.startTime - s).toFixed(1); performance.clearMarks(); return JSON.stringify(o); })()`,
      ),
    );
  if (!b) return {id, local};
  const mb = await marks(b);
  const sample: Sample = {t0: ma.t0!, pushed: ma.hits[`out:${label}`], poked: mb.hits[`in:${label}`], painted: mb.shown!};
  await new Promise((r) => setTimeout(r, 30)); // the trace line is written after the push answer
  sample.trace = traceOf(parseTraces(traces()), 'request.create', id, ma.t0!);
  return {id, local, sample};
}

/** One status change on A's open card; B (on the list) when given. */
async function moveStatus(a: Page, b: Page | null, id: string, i: number, traces: () => string) {
  const move = MOVES[i % 2]!;
  await arm(a, {cond: `!!document.querySelector('.card-head [data-status="${move.to}"]')`, want: [id], event: 'click'});
  if (b) await arm(b, {cond: hasStatus('.request-row', id, move.to), want: [id]});
  await a.locator('.status-actions').getByRole('button', {name: move.label, exact: true}).click();
  const ma = await marks(a);
  const local = ma.shown! - ma.t0!;
  if (!b) return {local};
  const mb = await marks(b);
  const sample: Sample = {t0: ma.t0!, pushed: ma.hits[`out:${id}`], poked: mb.hits[`in:${id}`], painted: mb.shown!};
  await new Promise((r) => setTimeout(r, 30));
  sample.trace = traceOf(parseTraces(traces()), 'request.setStatus', id, ma.t0!);
  return {local, sample};
}

export async function syncLatency() {
  const stack = await startStack({env: {DOT_LIMIT_PUBLIC_SUBMITS: '1000', DOT_SYNC_TRACE: '1'}});
  const browser = await launchChromium();
  const closers: (() => Promise<void>)[] = [];
  try {
    const a = await browser.newContext({baseURL: stack.baseUrl, locale: 'ru-RU'});
    const stamp = Date.now();
    const signup = await a.request.post('/api/v1/auth/signup', {
      data: {companyName: 'Bench', name: 'A', email: `bench.${stamp}@example.kz`, password: 'password1'},
    });
    const sessionA = (await signup.json()) as Session;
    const colleague = `colleague.${stamp}@example.kz`;
    await a.request.post('/api/v1/members', {data: {name: 'B', email: colleague, role: 'staff', password: 'password1'}});
    const b = await browser.newContext({baseURL: stack.baseUrl, locale: 'ru-RU'});
    const sessionB = (await (await b.request.post('/api/v1/auth/login', {data: {email: colleague, password: 'password1'}})).json()) as Session;
    const cookieA = await signIn(a, sessionA);
    const cookieB = await signIn(b, sessionB);
    const pageA = await a.newPage();
    const pageB = await b.newPage();
    await pageA.goto('/requests');
    await pageB.goto('/requests');
    for (const p of [pageA, pageB]) await p.locator('.conn[data-state="connected"]').waitFor({timeout: 60_000});

    // Warm both pages (first render of the form and the card), then n of each write.
    let {id} = await newRequest(pageA, pageB, 'warm-0z', stack.output);
    const creates: Sample[] = [];
    const localCreate: number[] = [];
    for (let i = 0; i < N; i++) {
      const r = await newRequest(pageA, pageB, `bnch${i}z`, stack.output);
      creates.push(r.sample!);
      localCreate.push(r.local);
      id = r.id;
    }
    const moves: Sample[] = [];
    const localStatus: number[] = [];
    for (let i = 0; i < N; i++) {
      const r = await moveStatus(pageA, pageB, id, i, stack.output);
      moves.push(r.sample!);
      localStatus.push(r.local);
    }

    // The baseline on the same stack: bare Zero clients, same mutator, same record.
    const bareA = await bareClient(stack.zeroPort, sessionA, cookieA);
    closers.push(bareA.close);
    const bareB = await bareClient(stack.zeroPort, sessionB, cookieB);
    closers.push(bareB.close);
    for (const drop of await Promise.all([hold(bareA, id), hold(bareB, id)])) closers.unshift(async () => drop());
    const bare: Sample[] = [];
    let from = MOVES[(N - 1) % 2]!.to;
    for (let i = 0; i < N; i++) {
      const to = MOVES[i % 2]!.to;
      const seen = whenStatus(bareB, id, to);
      await new Promise((r) => setTimeout(r, 20)); // the view is hydrated before the write
      watchFrames([id]);
      const t0 = performance.timeOrigin + performance.now();
      const r = setStatus(bareA, {id, from, to, at: Date.now()});
      const painted = await seen.seen;
      seen.stop();
      await r.server;
      from = to;
      await new Promise((res) => setTimeout(res, 30));
      bare.push({
        t0,
        pushed: wsHits.get(`out:${bareA.user}:${id}`),
        poked: wsHits.get(`in:${bareB.user}:${id}`),
        painted,
        trace: traceOf(parseTraces(stack.output()), 'request.setStatus', id, t0),
      });
    }

    // Offline: zero-cache stopped and A cut off; the writes show on A and wait in the outbox.
    await a.request.post('/__test/sync/stop');
    await a.setOffline(true);
    await pageA.locator('.conn:not([data-state="connected"])').waitFor({timeout: 30_000});
    const offlineCreate: number[] = [];
    const offlineStatus: number[] = [];
    for (let i = 0; i < OFFLINE_N; i++) {
      const r = await newRequest(pageA, null, `offline${i}z`, stack.output);
      offlineCreate.push(r.local);
      id = r.id;
    }
    for (let i = 0; i < OFFLINE_N; i++) offlineStatus.push((await moveStatus(pageA, null, id, i, stack.output)).local);

    return {creates, moves, bare, localCreate, localStatus, offlineCreate, offlineStatus};
  } finally {
    for (const c of closers) await c().catch(() => {});
    await browser.close();
    await stack.stop();
  }
}

if (import.meta.main) {
  const r = await syncLatency();
  const d2d = [...r.creates, ...r.moves].map((s) => s.painted - s.t0);
  const bare = r.bare.map((s) => s.painted - s.t0);
  const note = `n=${d2d.length} (${r.creates.length} new requests + ${r.moves.length} status changes); bare n=${bare.length}`;
  figure({name: 'sync.device-to-device.p50', value: pct(d2d, 0.5), unit: 'ms', baseline: pct(bare, 0.5), goal: '<= 50', note});
  figure({name: 'sync.device-to-device.p99', value: pct(d2d, 0.99), unit: 'ms', baseline: pct(bare, 0.99), goal: '<= 150', note});
  figure({name: 'sync.bare-zero.p50', value: pct(bare, 0.5), unit: 'ms', note: 'bare Zero clients (Node), same stack and mutator'});
  figure({name: 'sync.bare-zero.p99', value: pct(bare, 0.99), unit: 'ms'});
  const status = r.moves.map((s) => s.painted - s.t0);
  figure({name: 'sync.status.p50', value: pct(status, 0.5), unit: 'ms', baseline: pct(bare, 0.5), goal: '<= 50'});
  figure({
    name: 'sync.new-request.p50',
    value: pct(
      r.creates.map((s) => s.painted - s.t0),
      0.5,
    ),
    unit: 'ms',
    goal: '<= 50',
  });
  printHops('sync.hop', [...r.creates, ...r.moves], r.bare);
  printHops('sync.hop.status', r.moves, r.bare);
  printHops('sync.bare.hop', r.bare);
  figure({name: 'local.status.p50', value: pct(r.localStatus, 0.5), unit: 'ms', goal: '<= 16', note: `click → painted on A, n=${r.localStatus.length}`});
  figure({name: 'local.new-request.p50', value: pct(r.localCreate, 0.5), unit: 'ms', goal: '<= 16', note: `submit → card painted, n=${r.localCreate.length}`});
  figure({name: 'local.status.offline.p50', value: pct(r.offlineStatus, 0.5), unit: 'ms', goal: '<= 16', note: `n=${r.offlineStatus.length}`});
  figure({name: 'local.new-request.offline.p50', value: pct(r.offlineCreate, 0.5), unit: 'ms', goal: '<= 16', note: `n=${r.offlineCreate.length}`});
}
