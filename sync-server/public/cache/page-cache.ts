// Rendered public pages, kept per process so a busy café's QR code or a shared
// link does not make the same page from PostgreSQL on every visit. Never stale:
// - a page is served only while this process listens for changes (listen.ts);
//   losing that connection drops everything and stops serving until it is back;
// - a change of anything a company's pages show drops all of that company's
//   pages (the NOTIFY triggers of migration 1000);
// - a page made from reads that began before such a change is not kept (the
//   ticket taken when its request began), so a change racing a render is safe;
// - every page expires at the next whole minute: free times, "open now" and the
//   day's date move on minute boundaries (slots, notice and hours are minutes).
import {createHash} from 'node:crypto';
import {brotliCompressSync, constants, gzipSync} from 'node:zlib';

export type PageView = {page: string; refId: string; source: string};

export type CachedPage = {
  company: {id: string; timezone: string};
  /** Headers the page's route set (type, cache policy, Vary), without those every answer gets anyway. */
  headers: readonly (readonly [string, string])[];
  body: Buffer;
  etag: string;
  /** The page view a visit counts, as the route counted it when it made the page. */
  view?: PageView;
  madeAt: number;
  expiresAt: number;
  encoded: {br?: Buffer; gzip?: Buffer};
};

export type Encoding = 'br' | 'gzip' | 'identity';

const MINUTE = 60_000;

export class PageCache {
  readonly #pages = new Map<string, CachedPage>();
  readonly #keysOf = new Map<string, Set<string>>();
  /** The sequence number of the last change seen per company; of the last full clear. */
  readonly #changedAt = new Map<string, number>();
  #seq = 0;
  #clearedAt = 0;
  #bytes = 0;
  #live = false;

  constructor(readonly maxBytes = 48 * 1024 * 1024) {}

  get live(): boolean {
    return this.#live;
  }

  /** Listening (or not): either way nothing kept before is trusted any more. */
  setLive(live: boolean): void {
    this.clear();
    this.#live = live;
  }

  /** Taken when a request starts reading the database. */
  ticket(): number {
    return this.#seq;
  }

  get(key: string, now: number): CachedPage | undefined {
    if (!this.#live) return undefined;
    const page = this.#pages.get(key);
    if (!page) return undefined;
    // A clock moved back (tests) is as good a reason as the minute passing.
    if (page.expiresAt <= now || page.madeAt > now) {
      this.#drop(key);
      return undefined;
    }
    return page;
  }

  make(company: {id: string; timezone: string}, headers: CachedPage['headers'], html: string, now: number): CachedPage {
    const body = Buffer.from(html);
    const etag = `W/"${createHash('sha1').update(body).digest('base64url')}"`;
    return {company, headers, body, etag, madeAt: now, expiresAt: (Math.floor(now / MINUTE) + 1) * MINUTE, encoded: {}};
  }

  /** Keeps a page made from reads that began at `ticket`, unless its company changed (or all was cleared) since. */
  put(key: string, page: CachedPage, ticket: number): boolean {
    if (!this.#live || this.#clearedAt > ticket || (this.#changedAt.get(page.company.id) ?? 0) > ticket) return false;
    this.#drop(key);
    this.#pages.set(key, page);
    let keys = this.#keysOf.get(page.company.id);
    if (!keys) this.#keysOf.set(page.company.id, (keys = new Set()));
    keys.add(key);
    this.#bytes += page.body.length;
    // The oldest pages go first (Map keeps insertion order).
    for (const old of this.#pages.keys()) {
      if (this.#bytes <= this.maxBytes) break;
      this.#drop(old);
    }
    return true;
  }

  /** A company's data changed ('*': anything may have). */
  invalidate(companyId: string): void {
    if (companyId === '*') return this.clear();
    this.#seq += 1;
    this.#changedAt.set(companyId, this.#seq);
    // Only companies changed since the oldest running request matter; a flood of them is simply a clear.
    if (this.#changedAt.size > 10_000) return this.clear();
    for (const key of this.#keysOf.get(companyId) ?? []) this.#drop(key);
  }

  clear(): void {
    this.#seq += 1;
    this.#clearedAt = this.#seq;
    this.#changedAt.clear();
    this.#pages.clear();
    this.#keysOf.clear();
    this.#bytes = 0;
  }

  get size(): number {
    return this.#pages.size;
  }

  /** The page's bytes in the encoding asked for, compressed once and kept with it. */
  bytes(page: CachedPage, encoding: Encoding): Buffer {
    if (encoding === 'identity') return page.body;
    let out = page.encoded[encoding];
    if (!out) {
      out =
        encoding === 'br'
          ? brotliCompressSync(page.body, {params: {[constants.BROTLI_PARAM_QUALITY]: 6, [constants.BROTLI_PARAM_SIZE_HINT]: page.body.length}})
          : gzipSync(page.body, {level: 6});
      page.encoded[encoding] = out;
      this.#bytes += out.length;
    }
    return out;
  }

  #drop(key: string): void {
    const page = this.#pages.get(key);
    if (!page) return;
    this.#pages.delete(key);
    this.#keysOf.get(page.company.id)?.delete(key);
    this.#bytes -= page.body.length + (page.encoded.br?.length ?? 0) + (page.encoded.gzip?.length ?? 0);
  }
}

/** The encoding to answer with: brotli, else gzip, else none (a "q=0" refuses one). */
export function pickEncoding(accept: string | undefined): Encoding {
  if (!accept) return 'identity';
  let br = false;
  let gzip = false;
  for (const part of accept.split(',')) {
    const [name = '', ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => /^\s*q=([\d.]+)/.exec(p)?.[1]).find(Boolean);
    if (q !== undefined && Number(q) === 0) continue;
    if (name === 'br') br = true;
    else if (name === 'gzip' || name === '*') gzip = true;
  }
  return br ? 'br' : gzip ? 'gzip' : 'identity';
}
