// What a phone downloads to open the app: the JS and CSS fetched by a signed-in
// first visit (the app shell plus the workspace chunk), as gzip on the wire.
import {startStack} from '../sync-server/testing/stack.ts';
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
    await page.locator('.conn[data-state="connected"]').waitFor({timeout: 60_000});
    await page.waitForLoadState('networkidle');
    let js = 0;
    let css = 0;
    const files: string[] = [];
    for (const [id, what] of types) {
      const bytes = sizes.get(id) ?? 0;
      if (what.startsWith('Script ')) js += bytes;
      else if (what.startsWith('Stylesheet ')) css += bytes;
      else continue;
      files.push(`${(bytes / 1024).toFixed(1).padStart(7)} KB  ${what.split('/').pop()}`);
    }
    return {jsKB: js / 1024, cssKB: css / 1024, files};
  } finally {
    await browser.close();
    await stack.stop();
  }
}

if (import.meta.main) {
  const r = await bundle();
  console.log(r.files.join('\n'));
  console.log(`initial JS on the wire (gzip): ${r.jsKB.toFixed(1)} KB; CSS ${r.cssKB.toFixed(1)} KB`);
}
