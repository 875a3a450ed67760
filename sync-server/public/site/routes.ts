// The public mini-site under /c/<slug>: server-rendered HTML, no JavaScript,
// every page within the 14 KB first-flight budget. Stable paths; old slugs,
// renamed items and replaced items answer with permanent redirects.
import express from 'express';
import {formBody, formRefusal} from '../form-body.ts';
import {modeOfPath} from '#shared/catalog/modes.ts';
import {isErrorDetails} from '#shared/errors.ts';
import {categoryPath, CHANNELS, itemPath, numberFromSegment, type Channel} from '#shared/public-site/links.ts';
import {messengerUrl, preparedText} from '#shared/public-site/messengers.ts';
import {submitReviewArgs} from '#shared/reviews/validation.ts';
import {issuesByField} from '#shared/validation/describe.ts';
import {toFieldIssues} from '#shared/validation/issues.ts';
import {formIds} from '../form-ids.ts';
import type {RateLimiter} from '../../http/rate-limit.ts';
import type {Executor} from '../../zero/execute.ts';
import {catalogPage} from './catalog.ts';
import {contactsPage} from './contacts.ts';
import {base, itemText, on, type Site} from './context.ts';
import {categoryByNumber, itemById, itemByNumber, loadCatalog, publishedReviews} from './data.ts';
import {homePage} from './home.ts';
import {goneItemPage, itemPage} from './item.ts';
import {loadSite, oldSlugRedirect, sendNotFound, type SiteDeps} from './load.ts';
import {reviewsPage, type ReviewForm} from './reviews.ts';
import {countLater, isVisitor, visitorOf} from './stats.ts';
import {keepPage, notePageView, servePageCache} from '../cache/serve.ts';
import {mutators} from '#shared/mutators/index.ts';

export type PublicSiteDeps = SiteDeps & {reviewLimit: RateLimiter; executor: Executor};

/** Wraps an async handler so a thrown error reaches Express's error handler. */
const safe =
  (fn: (req: express.Request, res: express.Response, next: express.NextFunction) => Promise<void>): express.RequestHandler =>
  (req, res, next) => {
    fn(req, res, next).catch(next);
  };

export function publicSiteRoutes(deps: PublicSiteDeps): express.Router {
  const router = express.Router();
  // Pages kept from an earlier visit answer before anything reads the database (cache/serve.ts).
  router.use('/c', servePageCache(deps.pool, deps.now));
  router.use('/c/:slug', oldSlugRedirect(deps.pool));

  // Search engines may index the public pages, never the app or the API.
  router.get('/robots.txt', (_req, res) => {
    res.type('text').set('Cache-Control', 'public, max-age=86400').send('User-agent: *\nAllow: /c/\nDisallow: /api/\nDisallow: /zero/\nDisallow: /c/*/go/\n');
  });

  const view = (s: Site, page: string, refId = '') => {
    notePageView(s.req, {page, refId, source: s.src});
    if (isVisitor(s.req.get('user-agent'), s.req.method)) countLater(deps.pool, s.company, {kind: 'view', page, refId, source: s.src}, s.now, visitorOf(s.req));
  };
  const send = (res: express.Response, html: string, status = 200): void => void res.status(status).type('html').send(html);
  /** A page that is the same for every visitor with its address and language: kept until its company's data changes. */
  const sendPage = (s: Site, html: string): void => {
    keepPage(s.req, s.company);
    send(s.req.res!, html);
  };
  const pageNumber = (req: express.Request) => {
    const n = Number(req.query.page);
    return Number.isInteger(n) && n > 0 ? n : 1;
  };

  router.get(
    '/c/:slug',
    safe(async (req, res) => {
      const s = await loadSite(deps, req, res);
      if (!s) return;
      const [catalog, reviews] = await Promise.all([loadCatalog(deps.zdb, s.ctx), publishedReviews(deps.zdb, s.ctx, 500)]);
      const average = reviews.length ? reviews.reduce((a, r) => a + r.rating, 0) / reviews.length : 0;
      sendPage(s, homePage(s, {items: catalog.items, reviews: {count: reviews.length, average}}));
      view(s, 'home');
    }),
  );

  router.get(
    '/c/:slug/catalog',
    safe(async (req, res) => {
      const s = await loadSite(deps, req, res, 'catalog');
      if (!s) return;
      const all = await loadCatalog(deps.zdb, s.ctx);
      sendPage(s, catalogPage(s, {mode: s.profile.catalog_mode, viewSegment: 'catalog', page: pageNumber(req)}, all));
      view(s, 'catalog');
    }),
  );

  router.get(
    '/c/:slug/catalog/:category',
    safe(async (req, res) => {
      const s = await loadSite(deps, req, res, 'catalog');
      if (!s) return;
      const n = numberFromSegment(String(req.params.category));
      const category = n === null ? undefined : await categoryByNumber(deps.zdb, s.ctx, n);
      if (!category) return sendNotFound(req, res, s.locale);
      const canonical = categoryPath(s.company.slug, category);
      const segment = String(req.params.category);
      if (segment !== String(n) && `${base(s)}/catalog/${segment}` !== canonical) return redirectKeepingQuery(req, res, canonical);
      const all = await loadCatalog(deps.zdb, s.ctx);
      sendPage(s, catalogPage(s, {mode: s.profile.catalog_mode, viewSegment: 'catalog', category, page: pageNumber(req)}, all));
      view(s, 'category', category.id);
    }),
  );

  router.get(
    '/c/:slug/i/:item',
    safe(async (req, res) => {
      const s = await loadSite(deps, req, res, 'catalog');
      if (!s) return;
      const n = numberFromSegment(String(req.params.item));
      const item = n === null ? undefined : await itemByNumber(deps.zdb, s.ctx, n);
      // A replaced item forwards to its replacement (following a short chain).
      let nextId = item && item.archived_at !== null ? (item.replaced_by ?? null) : null;
      for (let hops = 0; nextId && hops < 5; hops++) {
        const next = await itemById(deps.zdb, s.ctx, nextId);
        if (!next) break;
        if (next.archived_at === null && next.is_public) return redirectKeepingQuery(req, res, itemPath(s.company.slug, next));
        nextId = next.replaced_by ?? null;
      }
      if (!item || !item.is_public) return sendNotFound(req, res, s.locale);
      if (item.archived_at !== null) return send(res, goneItemPage(s), 410);
      const canonical = itemPath(s.company.slug, item);
      const segment = String(req.params.item);
      // "/i/12" (the short form in QR codes) is fine; a stale title after the number is redirected.
      if (segment !== String(n) && `${base(s)}/i/${segment}` !== canonical) return redirectKeepingQuery(req, res, canonical);
      sendPage(s, itemPage(s, item));
      view(s, 'item', item.id);
    }),
  );

  router.get(
    '/c/:slug/contacts',
    safe(async (req, res) => {
      const s = await loadSite(deps, req, res);
      if (!s) return;
      sendPage(s, contactsPage(s));
      view(s, 'contacts');
    }),
  );

  const forms = formIds(deps.pool);
  const emptyReview = async (): Promise<ReviewForm> => ({name: '', rating: '', text: '', formId: await forms.issue()});

  router.get(
    '/c/:slug/reviews',
    safe(async (req, res) => {
      const s = await loadSite(deps, req, res, 'reviews');
      if (!s) return;
      if (!on(s, 'reviews')) return sendNotFound(req, res, s.locale);
      send(res, reviewsPage(s, await publishedReviews(deps.zdb, s.ctx), await emptyReview(), {}, req.query.thanks === '1'));
      view(s, 'reviews');
    }),
  );

  router.post(
    '/c/:slug/reviews',
    formBody('32kb'),
    safe(async (req, res) => {
      const s = await loadSite(deps, req, res, 'reviews');
      if (!s) return;
      if (!on(s, 'reviews')) return sendNotFound(req, res, s.locale);
      const body = (req.body ?? {}) as Record<string, unknown>;
      const str = (k: string) => (typeof body[k] === 'string' ? (body[k] as string) : '');
      const form = await forms.accept(body.form_id);
      const v: ReviewForm = {name: str('name'), rating: str('rating'), text: str('text'), formId: form.token};
      const thanks = `${base(s)}/reviews?thanks=1`;
      const refused = formRefusal(res);
      if (refused) return send(res, reviewsPage(s, await publishedReviews(deps.zdb, s.ctx), v, {_: s.t(refused.messageKey)}), refused.status);
      if (str('website') !== '') return void res.redirect(303, thanks);
      if (!deps.reviewLimit.take(`${req.ip}|${s.company.id}`)) {
        return send(res, reviewsPage(s, await publishedReviews(deps.zdb, s.ctx), v, {text: s.t('pub.rateLimited')}), 429);
      }
      const args = {id: form.recordId, authorName: v.name, rating: Number(v.rating) || 0, text: v.text, source: s.src || 'site', createdAt: deps.now()};
      const parsed = submitReviewArgs.safeParse(args);
      if (!parsed.success) {
        return send(res, reviewsPage(s, await publishedReviews(deps.zdb, s.ctx), v, issuesByField(toFieldIssues(parsed.error.issues), s.t)), 400);
      }
      try {
        await deps.executor.run(mutators.review.submit(args), s.ctx);
      } catch (e) {
        const details = (e as {details?: unknown}).details;
        if (isErrorDetails(details) && details.code === 'validation') {
          return send(res, reviewsPage(s, await publishedReviews(deps.zdb, s.ctx), v, issuesByField(details.fields ?? [], s.t)), 400);
        }
        throw e;
      }
      countLater(deps.pool, s.company, {kind: 'review', page: 'reviews', source: s.src}, s.now);
      res.redirect(303, thanks);
    }),
  );

  // The messenger buttons' short redirect: count the click with its page,
  // item and source, then hand over to WhatsApp / Telegram / VK.
  router.get(
    '/c/:slug/go/:channel',
    safe(async (req, res) => {
      const s = await loadSite(deps, req, res);
      if (!s) return;
      const channel = String(req.params.channel) as Channel;
      if (!CHANNELS.includes(channel) || !on(s, 'messengers')) return sendNotFound(req, res, s.locale);
      const n = typeof req.query.item === 'string' ? numberFromSegment(req.query.item) : null;
      const item = n === null ? undefined : await itemByNumber(deps.zdb, s.ctx, n);
      const shown = item && item.is_public && item.archived_at === null ? item : undefined;
      const text = preparedText(s.t, shown ? {title: itemText(s, shown, 'title'), url: `${s.origin}${itemPath(s.company.slug, shown, true)}`} : undefined);
      const url = messengerUrl(channel, s.profile, text, shown ? `item${shown.number}` : s.src);
      if (!url) return sendNotFound(req, res, s.locale);
      const page = typeof req.query.p === 'string' && /^[a-z_]{1,20}$/.test(req.query.p) ? req.query.p : 'home';
      if (isVisitor(req.get('user-agent'), req.method)) {
        countLater(deps.pool, s.company, {kind: 'click', page, refId: shown?.id ?? '', source: s.src, channel}, s.now);
      }
      res.set({'Cache-Control': 'no-store', 'Referrer-Policy': 'no-referrer'});
      res.redirect(302, url);
    }),
  );

  // /menu, /prices, /portfolio, /services, /products: the catalog in that view.
  router.get(
    '/c/:slug/:view',
    safe(async (req, res, next) => {
      const mode = modeOfPath(String(req.params.view));
      if (!mode) return next();
      const s = await loadSite(deps, req, res, 'catalog');
      if (!s) return;
      const all = await loadCatalog(deps.zdb, s.ctx);
      sendPage(s, catalogPage(s, {mode, viewSegment: String(req.params.view), page: pageNumber(req)}, all));
      view(s, String(req.params.view));
    }),
  );

  return router;
}

function redirectKeepingQuery(req: express.Request, res: express.Response, path: string): void {
  const q = req.originalUrl.indexOf('?');
  res.set('Cache-Control', 'public, max-age=3600');
  res.redirect(301, q >= 0 ? path + req.originalUrl.slice(q) : path);
}
