// Serving public pages from the page cache (page-cache.ts). A route opts in
// per answer with keepPage() (only pages that are the same for every visitor:
// no form ids, no cookies set), and notes its page view with notePageView(),
// which every later visit served from the cache counts again (batched, stats.ts).
// Repeat visitors get 304 by ETag. The key is what the page depends on besides
// the company's data: the address (path, query, host) and the language hint.
import type express from 'express';
import type pg from 'pg';
import {parse as parseCookie} from 'cookie';
import {localeFromAcceptLanguage} from '#shared/i18n/locales.ts';
import {LANG_COOKIE} from '../../rest/locale.ts';
import {countLater, isVisitor, visitorOf} from '../site/stats.ts';
import {listenForChanges, type Listening} from './listen.ts';
import {PageCache, pickEncoding, type CachedPage, type PageView} from './page-cache.ts';

type Company = {id: string; timezone: string};
type Miss = {key: string; ticket: number; before: Set<string>; keep?: Company; page?: CachedPage};

const misses = new WeakMap<express.Request, Miss>();
type Cached = {cache: PageCache; listening: Listening};
const caches = new WeakMap<pg.Pool, Cached>();
/** Headers that belong to one answer, never to the page. */
const OWN = new Set(['set-cookie', 'content-length', 'etag', 'content-encoding', 'last-modified']);

/** The process's page cache for this database, listening from its first use (DOT_PUBLIC_CACHE=off: none). */
export function pageCacheOf(pool: pg.Pool): Cached | undefined {
  if (process.env.DOT_PUBLIC_CACHE === 'off') return undefined;
  let cached = caches.get(pool);
  if (!cached) {
    const cache = new PageCache();
    caches.set(pool, (cached = {cache, listening: listenForChanges(pool, cache)}));
  }
  return cached;
}

/** What the page shows besides the data: address, host (canonical links) and the language the visitor asks for. */
function keyOf(req: express.Request): string {
  const header = req.get('cookie');
  const cookie = header?.includes(LANG_COOKIE) ? (parseCookie(header)[LANG_COOKIE] ?? '') : '';
  return `${req.protocol}://${req.get('host') ?? ''}${req.originalUrl}\n${cookie}\n${localeFromAcceptLanguage(req.get('accept-language')) ?? ''}`;
}

/** This answer is the page for every visitor with the same key: keep it. */
export function keepPage(req: express.Request, company: Company): void {
  const miss = misses.get(req);
  if (miss) miss.keep = {id: company.id, timezone: company.timezone};
}

/** The view this page counts, counted again on every visit served from the cache. */
export function notePageView(req: express.Request, view: PageView): void {
  const page = misses.get(req)?.page;
  if (page) page.view = view;
}

export function servePageCache(pool: pg.Pool, now: () => number): express.RequestHandler {
  const cached = pageCacheOf(pool);
  return (req, res, next) => {
    if (!cached || req.method !== 'GET' || misses.has(req)) return next();
    const {cache, listening} = cached;
    const key = keyOf(req);
    if (!cache.get(key, now())) return make(cache, key, req, res, next);
    // Kept: still so once every change committed before this request is heard (listen.ts)?
    listening.barrier().then(
      (heard) => {
        const page = heard ? cache.get(key, now()) : undefined;
        if (page) answer(cache, pool, now, req, res, page);
        else make(cache, key, req, res, next);
      },
      (e: unknown) => next(e),
    );
  };

  /** Makes the page as if there were no cache, keeping it if its route says it may. */
  function make(cache: PageCache, key: string, req: express.Request, res: express.Response, next: express.NextFunction): void {
    const miss: Miss = {key, ticket: cache.ticket(), before: new Set(res.getHeaderNames())};
    misses.set(req, miss);
    const send = res.send.bind(res);
    res.send = (body?: unknown) => {
      if (miss.keep && !miss.page && res.statusCode === 200 && typeof body === 'string' && !res.getHeader('set-cookie')) {
        const headers = res
          .getHeaderNames()
          .filter((h) => !miss.before.has(h) && !OWN.has(h))
          .map((h) => [h, String(res.getHeader(h))] as const);
        const page = cache.make(miss.keep, headers, body, now());
        if (cache.put(key, page, miss.ticket)) miss.page = page;
        res.set('ETag', page.etag);
      }
      return send(body);
    };
    next();
  }
}

function answer(cache: PageCache, pool: pg.Pool, now: () => number, req: express.Request, res: express.Response, page: CachedPage): void {
  for (const [name, value] of page.headers) res.setHeader(name, value);
  res.setHeader('ETag', page.etag);
  res.vary('Accept-Encoding');
  if (page.view && isVisitor(req.get('user-agent'), req.method)) countLater(pool, page.company, {kind: 'view', ...page.view}, now(), visitorOf(req));
  if (req.fresh) return void res.status(304).end();
  const encoding = pickEncoding(req.get('accept-encoding'));
  const body = cache.bytes(page, encoding);
  if (encoding !== 'identity') res.setHeader('Content-Encoding', encoding);
  res.setHeader('Content-Length', body.length);
  res.status(200).end(body);
}
