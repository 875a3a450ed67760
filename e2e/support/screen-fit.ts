// Walking the app's screens fast for the sideways-scrolling check (screens-fit.spec.ts):
// inside the running app, as a tap on a link goes, instead of a reload per screen
// (a reload starts the app and its replica again: about a second each), and
// waiting for the screen to be filled rather than for a fixed time.
import {expect, type Page} from '@playwright/test';

/**
 * Opens a screen the way the app's own links do (router.tsx: pushState, then the
 * routes re-render; no path: the screen already loaded), and waits until it is
 * filled: some text in <main>, no "Загрузка…" placeholder left (a query the
 * server has not answered yet), then nothing added to the page for `quietMs`
 * (rows that arrive through sync after the first paint). One round trip to the
 * browser for all of it. A screen that keeps changing (a ticking clock) is
 * measured as it is after 5 quiet-less seconds.
 */
export async function show(page: Page, path: string | null, quietMs = 250): Promise<void> {
  const state = await page.evaluate(
    async ({to, quietMs}) => {
      if (to) {
        history.pushState(null, '', to);
        window.scrollTo(0, 0);
        window.dispatchEvent(new PopStateEvent('popstate'));
      }
      const placeholder = /^(Загрузка|Жүктелуде|Loading)…$/;
      const filling = () => {
        const main = document.querySelector('main');
        if (!main?.textContent?.trim()) return 'empty';
        for (const el of Array.from(main.querySelectorAll('*'))) if (!el.childElementCount && placeholder.test(el.textContent?.trim() ?? '')) return 'loading';
        return null;
      };
      const until = Date.now() + 15_000;
      for (let s = filling(); s; s = filling()) {
        if (Date.now() > until) return s;
        await new Promise((r) => setTimeout(r, 50));
      }
      await new Promise<void>((resolve) => {
        const finish = () => {
          observer.disconnect();
          clearTimeout(timer);
          clearTimeout(cap);
          resolve();
        };
        const observer = new MutationObserver(() => {
          clearTimeout(timer);
          timer = setTimeout(finish, quietMs);
        });
        let timer = setTimeout(finish, quietMs);
        const cap = setTimeout(finish, 5000);
        observer.observe(document.body, {childList: true, subtree: true, characterData: true});
      });
      return 'ready';
    },
    {to: path, quietMs},
  );
  expect(state, `${path ?? page.url()}: the screen is still ${state} after 15 s`).toBe('ready');
}

export type Sideways = {scroll: number; cut: string[]; narrow: string[]};

/**
 * What a user would have to scroll sideways to see, measured after the page has
 * drawn two frames at its current size (a resize's listeners have run):
 * - the page wider than the screen, or a control or status cut off at its edge
 *   (a parent that hides its overflow would keep the page narrow and the button
 *   unreachable). A strip meant to scroll sideways (the filter chips) may hold
 *   more than fits;
 * - time fields narrower than the value they show: a phone on a 12-hour clock
 *   writes "10:00 AM", and a field sized for "10:00" cuts it. Each visible time
 *   field is compared with a copy of itself left at its natural width.
 * Null when nothing is wrong.
 */
export function sideways(page: Page): Promise<Sideways | null> {
  return page.evaluate(async () => {
    for (let i = 0; i < 2; i++) await new Promise((r) => requestAnimationFrame(r));
    const width = document.documentElement.clientWidth;
    const scroll = Math.max(document.documentElement.scrollWidth, document.body.scrollWidth);
    const inScroller = (el: HTMLElement) => {
      for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
        const x = getComputedStyle(p).overflowX;
        if ((x === 'auto' || x === 'scroll') && p.scrollWidth > p.clientWidth) return true;
      }
      return false;
    };
    // Text cut on purpose with an ellipsis (a one-line summary) is not lost.
    const ellipsized = (el: HTMLElement) => {
      for (let p: HTMLElement | null = el; p && p !== document.body; p = p.parentElement) {
        const s = getComputedStyle(p);
        if (s.textOverflow === 'ellipsis' && s.overflowX === 'hidden' && p.getBoundingClientRect().right <= width + 1) return true;
      }
      return false;
    };
    const cut: string[] = [];
    for (const el of Array.from(document.body.querySelectorAll<HTMLElement>('*'))) {
      const r = el.getBoundingClientRect();
      if (!r.width || !r.height || r.right <= width + 1 || inScroller(el) || ellipsized(el)) continue;
      // Report the outermost element that sticks out, not each of its children.
      if (el.parentElement && el.parentElement.getBoundingClientRect().right > width + 1 && el.parentElement !== document.body) continue;
      cut.push(
        `${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? '.' + el.className.trim().split(/\s+/).join('.') : ''} → ${Math.round(r.right)}px «${(el.innerText ?? '').replace(/\s+/g, ' ').slice(0, 50)}»`,
      );
      if (cut.length >= 6) break;
    }
    const narrow = Array.from(document.querySelectorAll<HTMLInputElement>('input[type=time]'))
      .filter((el) => el.getBoundingClientRect().width > 0)
      .flatMap((el) => {
        const copy = el.cloneNode() as HTMLInputElement;
        copy.style.cssText = 'position:absolute;visibility:hidden;width:auto;min-width:0;max-width:none;flex:none';
        el.parentElement!.appendChild(copy);
        const natural = copy.getBoundingClientRect().width;
        copy.remove();
        const w = el.getBoundingClientRect().width;
        return w + 2 < natural ? [`${el.getAttribute('aria-label') ?? el.id} ${Math.round(w)} < ${Math.round(natural)}px`] : [];
      })
      .slice(0, 4);
    return scroll > width || cut.length || narrow.length ? {scroll, cut, narrow} : null;
  });
}
