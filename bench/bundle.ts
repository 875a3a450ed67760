// What a phone downloads to open the app: the JS and CSS a signed-in first
// visit fetches before the request list is on screen (the app shell and the
// workspace), and what it fetches after that while idle (the other sections,
// warmed so they open offline), as gzip on the wire.
import {startStack} from '#server/testing/stack.ts';
import {launchChromium} from './browser.ts';

export async function bundle() {
  const stack = await startStack();
  const browser = await launchChromium();
  try {
    const context = await browser.newContext({baseURL: stack.baseUrl, locale: 'ru-RU'});
    const res = await context.request.post('/api/v1/auth/signup', {
      data: {companyName: 'Bundle', name: 'A', email: `bundle.${Date.now()}@example.kz`, password: 'password1'},
    });
    await context.addInitScript((s) => localStorage.setItem('dot.session', s), JSON.stringify(await res.json()));
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    const types = new Map<string, string>();
    const sizes = new Map<string, number>();
    cdp.on('Network.responseReceived', (e) => types.set(e.requestId, `${e.type} ${e.response.url}`));
    cdp.on('Network.loadingFinished', (e) => sizes.set(e.requestId, e.encodedDataLength));
    await page.goto('/requests');
    await page.getByRole('heading', {level: 1}).waitFor({timeout: 60_000});
    // Asked for by the time the list is painted: the first screen's cost.
    const firstScreen = new Set(types.keys());
    await page.locator('.conn[data-state="connected"]').waitFor({timeout: 60_000});
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(4000); // the idle warm-up of the other sections
    await page.waitForLoadState('networkidle');
    const sum = {first: {js: 0, css: 0}, later: {js: 0, css: 0}};
    const files: string[] = [];
    for (const [id, what] of types) {
      const bytes = sizes.get(id) ?? 0;
      const kind = what.startsWith('Script ') ? 'js' : what.startsWith('Stylesheet ') ? 'css' : null;
      if (!kind) continue;
      const when = firstScreen.has(id) ? 'first' : 'later';
      sum[when][kind] += bytes;
      files.push(`${(bytes / 1024).toFixed(1).padStart(7)} KB  ${when === 'first' ? 'first screen' : 'warm-up     '}  ${what.split('/').pop()}`);
    }
    const kb = (n: number) => n / 1024;
    return {jsKB: kb(sum.first.js), cssKB: kb(sum.first.css), laterJsKB: kb(sum.later.js), laterCssKB: kb(sum.later.css), files};
  } finally {
    await browser.close();
    await stack.stop();
  }
}

if (import.meta.main) {
  const r = await bundle();
  console.log(r.files.join('\n'));
  console.log(`first screen, on the wire (gzip): JS ${r.jsKB.toFixed(1)} KB; CSS ${r.cssKB.toFixed(1)} KB`);
  // The service worker precaches every asset in parallel; a chunk it already holds reaches the page at 0 bytes.
  console.log(
    `then, while idle, the other sections: JS ${r.laterJsKB.toFixed(1)} KB; CSS ${r.laterCssKB.toFixed(1)} KB (0 KB = already precached by the service worker)`,
  );
}
