// Write on one device → visible on another: 20 new requests typed on device A,
// timed until each appears in device B's DOM (a colleague of the same company).
// Usage: npm run bench -- sync-latency   (starts its own stack)
import {startStack} from '#server/testing/stack.ts';
import {fmt, launchChromium, stats} from './browser.ts';

export async function syncLatency(samples = 20) {
  const stack = await startStack({env: {DOT_LIMIT_PUBLIC_SUBMITS: '1000'}});
  const browser = await launchChromium();
  try {
    const a = await browser.newContext({baseURL: stack.baseUrl, locale: 'ru-RU'});
    const email = `bench.${Date.now()}@example.kz`;
    const signup = await a.request.post('/api/v1/auth/signup', {data: {companyName: 'Bench', name: 'A', email, password: 'password1'}});
    const session = await signup.json();
    const colleague = `colleague.${Date.now()}@example.kz`;
    await a.request.post('/api/v1/members', {data: {name: 'B', email: colleague, role: 'staff', password: 'password1'}});
    const b = await browser.newContext({baseURL: stack.baseUrl, locale: 'ru-RU'});
    const login = await b.request.post('/api/v1/auth/login', {data: {email: colleague, password: 'password1'}});
    const sessionB = await login.json();
    await a.addInitScript((s) => localStorage.setItem('dot.session', s), JSON.stringify(session));
    await b.addInitScript((s) => localStorage.setItem('dot.session', s), JSON.stringify(sessionB));
    const pageA = await a.newPage();
    const pageB = await b.newPage();
    await pageA.goto('/requests');
    await pageB.goto('/requests');
    for (const p of [pageA, pageB]) await p.locator('.conn[data-state="connected"]').waitFor({timeout: 60_000});

    // Each device timestamps a row the moment it enters its DOM.
    const watch = () => {
      const seen: Record<string, number> = {};
      (window as unknown as {__seen: Record<string, number>}).__seen = seen;
      new MutationObserver(() => {
        for (const el of document.querySelectorAll<HTMLElement>('.request-row[data-request-id]')) {
          const text = el.querySelector('.row-text')?.textContent ?? '';
          if (text.startsWith('bench-') && !(text in seen)) seen[text] = performance.timeOrigin + performance.now();
        }
      }).observe(document.body, {childList: true, subtree: true, characterData: true});
    };
    await pageA.evaluate(watch);
    await pageB.evaluate(watch);

    const latencies: number[] = [];
    const localRender: number[] = [];
    for (let i = 0; i < samples; i++) {
      const label = `bench-${i}`;
      // Type it the way a person does: the "new request" form.
      await pageA.goto('/requests/new');
      const form = pageA.locator('form.request-card');
      await form.getByLabel('Телефон', {exact: true}).fill('+77011234567');
      await form.getByLabel('Текст заявки').fill(label);
      // Timed inside the page: from the submit event to the frame that shows the new card.
      await pageA.evaluate(() => {
        const w = window as unknown as {__t: {submit?: number; shown?: number}};
        w.__t = {};
        document.addEventListener('submit', () => (w.__t.submit = performance.timeOrigin + performance.now()), {capture: true, once: true});
        new MutationObserver((_, obs) => {
          if (document.querySelector('article.request-card[data-request-id]')) {
            requestAnimationFrame(() => (w.__t.shown = performance.timeOrigin + performance.now()));
            obs.disconnect();
          }
        }).observe(document.body, {childList: true, subtree: true});
      });
      await form.getByRole('button', {name: 'Создать'}).click();
      await pageA.locator('article.request-card').waitFor();
      await pageA.waitForFunction(() => (window as unknown as {__t: {shown?: number}}).__t.shown !== undefined);
      const {submit: t0, shown: tLocal} = await pageA.evaluate(() => (window as unknown as {__t: {submit: number; shown: number}}).__t);
      await pageB.waitForFunction((t) => (window as unknown as {__seen: Record<string, number>}).__seen[t] !== undefined, label, {timeout: 30_000});
      const tB = await pageB.evaluate((t) => (window as unknown as {__seen: Record<string, number>}).__seen[t]!, label);
      latencies.push(tB - t0);
      localRender.push(tLocal - t0);
    }
    // A customer's public form → the owner's open list (no reload).
    await pageA.goto('/requests');
    await pageA.locator('.conn[data-state="connected"]').waitFor({timeout: 60_000});
    await pageA.evaluate(watch);
    const publicLatencies: number[] = [];
    for (let i = 0; i < 10; i++) {
      const label = `bench-public-${i}`;
      const t0 = Date.now();
      const r = await fetch(`${stack.baseUrl}/c/${session.company.slug}/request`, {
        method: 'POST',
        redirect: 'manual',
        headers: {'content-type': 'application/x-www-form-urlencoded'},
        body: new URLSearchParams({phone: '+77011234567', text: label}).toString(),
      });
      if (r.status !== 303) throw new Error(`public form answered ${r.status}`);
      await pageA.waitForFunction((t) => (window as unknown as {__seen: Record<string, number>}).__seen[t] !== undefined, label, {timeout: 30_000});
      const tA = await pageA.evaluate((t) => (window as unknown as {__seen: Record<string, number>}).__seen[t]!, label);
      publicLatencies.push(tA - t0);
    }
    return {writeToOtherDevice: stats(latencies), localRender: stats(localRender), publicFormToDevice: stats(publicLatencies)};
  } finally {
    await browser.close();
    await stack.stop();
  }
}

if (import.meta.main) {
  const r = await syncLatency();
  const line = (name: string, s: ReturnType<typeof stats>) =>
    `${name}: n=${s.n} median ${fmt(s.median)}  p90 ${fmt(s.p90)}  max ${fmt(s.max)}  min ${fmt(s.min)}`;
  console.log(line('write on A → visible in B', r.writeToOtherDevice));
  console.log(line('submit → new card painted on A (optimistic, no network wait)', r.localRender));
  console.log(line('public form POST → row on the owner’s screen', r.publicFormToDevice));
}
