// What the pages record for the sync bench, as plain scripts (no bundler
// helpers leak into the page): every WebSocket frame's first sight of a wanted
// string (the request's id or the typed text) going out or coming in, and the
// frame in which a wanted piece of DOM first shows.
import type {Page} from '@playwright/test';

/** Installed before the app starts: wraps WebSocket so Zero's own socket is tapped (our listener runs before Zero's). */
export const WS_TAP = `(() => {
  const W = window.WebSocket;
  const now = () => performance.timeOrigin + performance.now();
  window.__want = [];
  window.__hits = {};
  const note = (dir, data) => {
    if (typeof data !== 'string' || !window.__want.length) return;
    const t = now();
    for (const w of window.__want) {
      const k = dir + ':' + w;
      if (!(k in window.__hits) && data.includes(w)) window.__hits[k] = t;
    }
  };
  class Tap extends W {
    constructor(url, protocols) {
      super(url, protocols);
      this.addEventListener('message', (e) => note('in', e.data));
    }
    send(data) {
      note('out', data);
      return super.send(data);
    }
  }
  window.WebSocket = Tap;
})();`;

export type Marks = {t0?: number; shown?: number; hits: Record<string, number>};

/**
 * Arms a page for one sample: forget old frames, watch for `want` in frames,
 * note the time of the next `event` (click/submit, capture phase: before the
 * app's handler runs), and the frame in which `cond` (a JS expression) first holds.
 */
export async function arm(page: Page, opts: {cond: string; want: string[]; event?: 'click' | 'submit'}): Promise<void> {
  await page.evaluate(`(() => {
    const now = () => performance.timeOrigin + performance.now();
    const m = (window.__m = {});
    window.__hits = {};
    window.__want = ${JSON.stringify(opts.want)};
    ${opts.event ? `document.addEventListener(${JSON.stringify(opts.event)}, () => (m.t0 = now()), {capture: true, once: true});` : ''}
    const check = () => ${opts.cond};
    new MutationObserver((_, obs) => {
      if (check()) {
        obs.disconnect();
        requestAnimationFrame(() => (m.shown = now()));
      }
    }).observe(document.body, {childList: true, subtree: true, characterData: true, attributes: true});
  })()`);
}

/** Waits until the armed condition showed, and returns what the page noted. */
export async function marks(page: Page, timeout = 30_000): Promise<Marks> {
  // A function, not a string: the app's CSP forbids eval in the page.
  await page.waitForFunction(() => (window as unknown as {__m?: Marks}).__m?.shown !== undefined, undefined, {timeout});
  return (await page.evaluate('({...window.__m, hits: window.__hits})')) as Marks;
}

export const hasStatus = (scope: string, id: string, status: string) =>
  `!!document.querySelector(${JSON.stringify(`${scope}[data-request-id="${id}"] [data-status="${status}"], ${scope}[data-request-id="${id}"][data-status="${status}"]`)})`;

export const rowWithText = (label: string) => `[...document.querySelectorAll('.request-row')].some((e) => e.textContent.includes(${JSON.stringify(label)}))`;
