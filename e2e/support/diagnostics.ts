// What a failed e2e test prints about its devices, so a failure seen only in CI
// (where the trace cannot be opened) can still be read: each page's address
// and sync state, the writes its outbox still holds, and the browser's last
// warnings and errors. Silent when the test passes.
import type {BrowserContext, ConsoleMessage, Page} from '@playwright/test';

const KEEP = 8;
const WIDTH = 300;

type PageState = {url: string; sync: string | null; outbox: {state: string; name: string; error?: string}[]};

async function stateOf(page: Page): Promise<PageState> {
  return page.evaluate(async () => {
    const sync = document.querySelector('.conn')?.getAttribute('data-state') ?? null;
    const outbox: {state: string; name: string; error?: string}[] = [];
    try {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const req = indexedDB.open('dot-outbox');
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
      if (db.objectStoreNames.contains('ops')) {
        const rows = await new Promise<Record<string, unknown>[]>((resolve, reject) => {
          const req = db.transaction('ops', 'readonly').objectStore('ops').getAll();
          req.onsuccess = () => resolve(req.result as Record<string, unknown>[]);
          req.onerror = () => reject(req.error);
        });
        for (const r of rows) outbox.push({state: String(r.state), name: String(r.name), ...(r.error ? {error: JSON.stringify(r.error)} : {})});
      }
      db.close();
    } catch {
      // No outbox on this page (a public page): nothing to say.
    }
    return {url: location.pathname, sync, outbox};
  });
}

/** Collects a context's console warnings and errors; `report()` says what a failure needs. */
export function watchConsole(context: BrowserContext): {report: () => Promise<string[]>} {
  const lines: string[] = [];
  const listen = (page: Page) =>
    page.on('console', (m: ConsoleMessage) => {
      if (m.type() !== 'error' && m.type() !== 'warning') return;
      lines.push(`${m.type()}: ${m.text().replace(/\s+/g, ' ').slice(0, WIDTH)}`);
      if (lines.length > KEEP) lines.shift();
    });
  context.pages().forEach(listen);
  context.on('page', listen);
  return {
    async report() {
      const out: string[] = [];
      for (const page of context.pages()) {
        // A page that crashed or closed cannot be asked; why is the thing to know then.
        const line = await stateOf(page).then(
          (s) => `page ${s.url} sync=${s.sync ?? '—'} outbox=${JSON.stringify(s.outbox)}`,
          (e: unknown) => `page ${page.url()} unreadable: ${String(e).slice(0, WIDTH)}`,
        );
        out.push(line);
      }
      return [...out, ...lines];
    },
  };
}
