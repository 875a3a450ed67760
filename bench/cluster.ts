// Many machines, proven on one: PostgreSQL, one replication-manager, two
// view-syncers, two API processes behind a round-robin proxy
// (sync-server/cluster/local.ts). Two people of one company open the app
// through the proxy, each lands on a different view-syncer, and each sees what
// the other types; then a reminder due during the run is sent once although
// both API processes run their due work at the same moment.
// Usage: npm run bench -- cluster
import fs from 'node:fs';
import {startLocalCluster} from '#server/cluster/local.ts';
import {reminderOnceAcross} from '#server/cluster/reminder-once.ts';
import {startSmtp, type Mail} from '#server/testing/smtp.ts';
import type {Page} from 'playwright-core';
import {fmt, launchChromium, stats} from './browser.ts';

type Seen = {__seen: Record<string, number>};

/** Open TCP connections into a local port (from /proc/net/tcp*): which view-syncer holds how many sync sockets. */
function establishedTo(port: number): number {
  const hex = port.toString(16).toUpperCase().padStart(4, '0');
  let n = 0;
  for (const file of ['/proc/net/tcp', '/proc/net/tcp6']) {
    let text = '';
    try {
      text = fs.readFileSync(file, 'utf8');
    } catch {
      continue;
    }
    for (const line of text.split('\n').slice(1)) {
      const [, local, , state] = line.trim().split(/\s+/);
      if (local?.endsWith(`:${hex}`) && state === '01') n += 1;
    }
  }
  return n;
}

// Each device timestamps a row the moment it enters its DOM.
const watch = () => {
  const seen: Record<string, number> = {};
  (window as unknown as Seen).__seen = seen;
  new MutationObserver(() => {
    for (const el of document.querySelectorAll<HTMLElement>('.request-row[data-request-id]')) {
      const text = el.querySelector('.row-text')?.textContent ?? '';
      if (text.startsWith('cluster-') && !(text in seen)) seen[text] = performance.timeOrigin + performance.now();
    }
  }).observe(document.body, {childList: true, subtree: true, characterData: true});
};

/** In-app navigation (no reload): the device keeps its sync socket, and so its view-syncer. */
const spaGo = (page: Page, to: string) =>
  page.evaluate((path) => {
    history.pushState(null, '', path);
    dispatchEvent(new PopStateEvent('popstate'));
  }, to);

/** Types a request on `from` the way a person does; ms until it appears in `to`'s list. */
async function writeAndWait(from: Page, to: Page, label: string): Promise<number> {
  await spaGo(from, '/requests/new');
  const form = from.locator('form.request-card');
  await form.getByLabel('Телефон', {exact: true}).fill('+77011234567');
  await form.getByLabel('Текст заявки').fill(label);
  const t0 = Date.now();
  await form.getByRole('button', {name: 'Создать'}).click();
  await to.waitForFunction((t) => (window as unknown as Seen).__seen[t] !== undefined, label, {timeout: 30_000});
  const ms = (await to.evaluate((t) => (window as unknown as Seen).__seen[t]!, label)) - t0;
  await from.locator('article.request-card').waitFor();
  await spaGo(from, '/requests');
  return ms;
}

export async function cluster(samples = 5) {
  const smtp = await startSmtp();
  const t0 = performance.now();
  const c = await startLocalCluster({env: {DOT_SMTP_URL: `smtp://127.0.0.1:${smtp.port}`}});
  const upSeconds = (performance.now() - t0) / 1000;
  const browser = await launchChromium();
  try {
    const a = await browser.newContext({baseURL: c.proxyUrl, locale: 'ru-RU'});
    const tag = Date.now();
    const session = await (
      await a.request.post('/api/v1/auth/signup', {data: {companyName: 'Cluster', name: 'A', email: `a.${tag}@example.kz`, password: 'password1'}})
    ).json();
    const colleague = `b.${tag}@example.kz`;
    await a.request.post('/api/v1/members', {data: {name: 'B', email: colleague, role: 'staff', password: 'password1'}});
    const b = await browser.newContext({baseURL: c.proxyUrl, locale: 'ru-RU'});
    const sessionB = await (await b.request.post('/api/v1/auth/login', {data: {email: colleague, password: 'password1'}})).json();
    await a.addInitScript((s) => localStorage.setItem('dot.session', s), JSON.stringify(session));
    await b.addInitScript((s) => localStorage.setItem('dot.session', s), JSON.stringify(sessionB));
    // Before any device: the API processes' own health-check connections.
    const baseline = c.viewSyncers.map((v) => establishedTo(v.port));
    // One after the other, so device A's sync socket takes the proxy's first turn (API 1 → view-syncer 1), B's the second.
    const pageA = await a.newPage();
    await pageA.goto('/requests');
    await pageA.locator('.conn[data-state="connected"]').waitFor({timeout: 60_000});
    const pageB = await b.newPage();
    await pageB.goto('/requests');
    await pageB.locator('.conn[data-state="connected"]').waitFor({timeout: 60_000});
    const socketsPerApi = [...c.proxy.counts.ws];
    const socketsPerViewSyncer = c.viewSyncers.map((v, i) => establishedTo(v.port) - baseline[i]!);
    await pageA.evaluate(watch);
    await pageB.evaluate(watch);

    const aToB: number[] = [];
    const bToA: number[] = [];
    for (let i = 0; i < samples; i++) {
      for (const [from, to, into, who] of [
        [pageA, pageB, aToB, 'a'],
        [pageB, pageA, bToA, 'b'],
      ] as const) {
        into.push(await writeAndWait(from, to, `cluster-${who}-${i}`));
      }
    }
    const reminders = await reminderOnceAcross({
      apis: c.apis.map((x) => x.baseUrl),
      pool: c.pool,
      mailsTo: (email) => smtp.mails.filter((m: Mail) => m.to.includes(email)).map((m) => m.subject),
    });
    return {
      upSeconds,
      timings: c.timings,
      socketsPerApi,
      socketsPerViewSyncer,
      socketsAtEnd: [...c.proxy.counts.ws],
      aToB: stats(aToB),
      bToA: stats(bToA),
      reminders,
    };
  } catch (e) {
    // What each process said, to see which part did not come up.
    for (const [name, out] of [
      ...c.apis.map((x, i) => [`api ${i + 1}`, x.output()] as const),
      [c.replicationManager.name, c.replicationManager.output()] as const,
      ...c.viewSyncers.map((v) => [v.name, v.output()] as const),
    ]) {
      console.error(`--- ${name} ---\n${out.slice(-3000)}`);
    }
    throw e;
  } finally {
    await browser.close();
    await c.stop();
    await smtp.close();
  }
}

if (import.meta.main) {
  const r = await cluster();
  const line = (name: string, s: ReturnType<typeof stats>) =>
    `${name}: n=${s.n} median ${fmt(s.median)}  p90 ${fmt(s.p90)}  max ${fmt(s.max)}  min ${fmt(s.min)}`;
  console.log(
    `cluster up in ${r.upSeconds.toFixed(1)} s: ${Object.entries(r.timings)
      .map(([k, v]) => `${k} ${v.toFixed(1)} s`)
      .join(', ')}`,
  );
  console.log(
    `sync sockets per API process after both devices connected: ${r.socketsPerApi.join(' / ')} (API n → view-syncer n); at the end ${r.socketsAtEnd.join(' / ')}`,
  );
  console.log(`new connections into view-syncer 1 / 2 once both devices connected: ${r.socketsPerViewSyncer.join(' / ')}`);
  console.log(line('A (view-syncer 1) types → visible on B (view-syncer 2)', r.aToB));
  console.log(line('B (view-syncer 2) types → visible on A (view-syncer 1)', r.bToA));
  const once = r.reminders.jobs.every((j) => j.state === 'done' && j.attempts === 1);
  console.log(
    `reminders due during the run: ${r.reminders.jobs.length} jobs, ${r.reminders.mails} emails, each job taken once: ${once} (sent within ${(r.reminders.sentWithinMs / 1000).toFixed(1)} s)`,
  );
  if (!once || r.reminders.mails !== r.reminders.jobs.length || r.reminders.mails === 0) process.exit(1);
}
