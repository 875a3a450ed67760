// Resolving /c/<slug>/… for the mini-site: the company (or a 301 from a slug
// it used to have), the visitor's language, the neutral notice for a
// suspended company (never its data), and module switches (P4).
import type express from 'express';
import type pg from 'pg';
import type {Module} from '#shared/company/modules.ts';
import {moduleOn} from '#shared/company/modules.ts';
import {normalizeSource} from '#shared/requests/source.ts';
import {LANG_COOKIE, requestLocale} from '../../rest/locale.ts';
import type {ZeroDb} from '../../zero/db.ts';
import {currentSlugFor, findPublicCompany} from '../company.ts';
import {notFoundPage} from '../request-form.ts';
import {sendSuspended} from '../suspended.ts';
import {makeSite, type Site} from './context.ts';
import {hasActiveMaster} from '../booking/data.ts';
import {loadProfile} from './data.ts';

export type SiteDeps = {pool: pg.Pool; zdb: ZeroDb; now: () => number; origin: (req: express.Request) => string};

/** The source tag a visitor brought (?src=qr-table), or "" for a direct visit. */
export function sourceOf(req: express.Request): string {
  const raw = req.method === 'POST' && typeof req.body?.src === 'string' ? req.body.src : req.query.src;
  return normalizeSource(raw, '');
}

export function sendNotFound(req: express.Request, res: express.Response, locale = requestLocale(req)): void {
  res.status(404).type('html').send(notFoundPage(locale, req.originalUrl));
}

/**
 * For a request under /c/<slug>: the company is unknown but had this slug
 * before → 301 to the same path under its current slug.
 */
export function oldSlugRedirect(pool: pg.Pool): express.RequestHandler {
  return async (req, res, next) => {
    try {
      const slug = String(req.params.slug ?? '');
      if (!/^[a-z0-9-]{1,64}$/i.test(slug)) return next();
      const {rowCount} = await pool.query('select 1 from company where slug = $1', [slug.toLowerCase()]);
      if (rowCount) return next();
      const current = await currentSlugFor(pool, slug);
      if (!current) return next();
      const rest = req.originalUrl.slice(`/c/${slug}`.length);
      res.set('Cache-Control', 'public, max-age=86400');
      res.redirect(301, `/c/${current}${rest}`);
    } catch (e) {
      next(e);
    }
  };
}

/** Loads the site for this request, or answers (404, suspended notice) and returns null. */
export async function loadSite(deps: SiteDeps, req: express.Request, res: express.Response, module?: Module): Promise<Site | null> {
  const company = await findPublicCompany(deps.pool, String(req.params.slug));
  const wanted = requestLocale(req, company?.locale ?? 'ru');
  if (typeof req.query.lang === 'string' && wanted === req.query.lang) {
    res.cookie(LANG_COOKIE, wanted, {path: '/c', maxAge: 365 * 24 * 3600 * 1000, sameSite: 'lax'});
  }
  res.set('Cache-Control', 'no-cache');
  res.set('Vary', 'Accept-Language, Cookie');
  if (!company) {
    sendNotFound(req, res, wanted);
    return null;
  }
  const locale = company.locales.includes(wanted) ? wanted : company.locale;
  if (company.status !== 'active') {
    sendSuspended(req, res, locale);
    return null;
  }
  if (module && !moduleOn(company.modules, module)) {
    sendNotFound(req, res, locale);
    return null;
  }
  const loaded = await loadProfile(deps.zdb, {kind: 'public', companyID: company.id});
  if (!loaded) {
    sendNotFound(req, res, locale);
    return null;
  }
  const booking = moduleOn(company.modules, 'booking') && (await hasActiveMaster(deps.zdb, {kind: 'public', companyID: company.id}));
  return makeSite({company, profile: loaded.profile, logo: loaded.logo, locale, origin: deps.origin(req), src: sourceOf(req), req, now: deps.now(), booking});
}
