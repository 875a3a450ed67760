// The page cache's rules without a database: what may be kept, what is dropped, when a page expires.
import {describe, expect, it} from 'vitest';
import {PageCache, pickEncoding} from './page-cache.ts';

const A = {id: 'a', timezone: 'Asia/Almaty'};
const B = {id: 'b', timezone: 'Asia/Almaty'};
const T = Date.UTC(2026, 5, 1, 10, 0, 30);

function live(): PageCache {
  const c = new PageCache();
  c.setLive(true);
  return c;
}

describe('the public page cache', () => {
  it('serves nothing while not listening, and forgets everything when listening stops or starts', () => {
    const c = new PageCache();
    expect(c.put('k', c.make(A, [], '<p>', T), c.ticket())).toBe(false);
    c.setLive(true);
    expect(c.put('k', c.make(A, [], '<p>', T), c.ticket())).toBe(true);
    c.setLive(false);
    expect(c.get('k', T)).toBeUndefined();
    c.setLive(true);
    expect(c.get('k', T)).toBeUndefined();
  });

  it("drops a company's pages on its change, and keeps no page read before a change", () => {
    const c = live();
    c.put('a1', c.make(A, [], 'a1', T), c.ticket());
    c.put('b1', c.make(B, [], 'b1', T), c.ticket());
    const before = c.ticket();
    c.invalidate('a');
    expect(c.get('a1', T)).toBeUndefined();
    expect(c.get('b1', T)?.body.toString()).toBe('b1');
    // Made from reads that began before the change: not kept; another company's page is.
    expect(c.put('a2', c.make(A, [], 'old', T), before)).toBe(false);
    expect(c.put('b2', c.make(B, [], 'b2', T), before)).toBe(true);
    expect(c.put('a3', c.make(A, [], 'new', T), c.ticket())).toBe(true);
    c.invalidate('*');
    expect(c.size).toBe(0);
    expect(c.put('b3', c.make(B, [], 'b3', T), before)).toBe(false);
  });

  it('expires every page at the next whole minute, and when the clock goes back', () => {
    const c = live();
    c.put('k', c.make(A, [], 'x', T), c.ticket());
    expect(c.get('k', T + 29_000)).toBeDefined();
    c.put('k', c.make(A, [], 'x', T), c.ticket());
    expect(c.get('k', T + 30_000)).toBeUndefined();
    c.put('k', c.make(A, [], 'x', T), c.ticket());
    expect(c.get('k', T - 1)).toBeUndefined();
  });

  it('keeps within its memory, oldest first, and the same page has the same ETag', () => {
    const c = new PageCache(1000);
    c.setLive(true);
    for (let i = 0; i < 5; i++) c.put(`k${i}`, c.make(A, [], 'x'.repeat(300), T), c.ticket());
    expect(c.get('k0', T)).toBeUndefined();
    expect(c.get('k4', T)).toBeDefined();
    expect(c.make(A, [], 'same', T).etag).toBe(c.make(B, [], 'same', T + 1).etag);
    expect(c.make(A, [], 'same', T).etag).not.toBe(c.make(A, [], 'other', T).etag);
  });

  it('answers in the best encoding the browser takes', () => {
    expect(pickEncoding('gzip, deflate, br')).toBe('br');
    expect(pickEncoding('gzip, br;q=0')).toBe('gzip');
    expect(pickEncoding(undefined)).toBe('identity');
    expect(pickEncoding('identity')).toBe('identity');
  });
});
