// What the public booking routes share (routes.ts): their dependencies, request helpers and the
// lookups of the site, the master and a client's own booking (reached only with its signed link).
import express from 'express';
import type pg from 'pg';
import {addDays, localToUtc} from '#shared/booking/zone.ts';
import {manageLinkValid, type ClientChannels} from '#shared/booking/rules.ts';
import {offeredSlots} from '#shared/mutators/booking-access.ts';
import {isErrorDetails, type ErrorDetails} from '#shared/errors.ts';
import {bookingPath, tokenMatches} from '../../booking/links.ts';
import type {RateLimiter} from '../../http/rate-limit.ts';
import type {ZeroDb} from '../../zero/db.ts';
import type {Executor} from '../../zero/execute.ts';
import {formIds} from '../form-ids.ts';
import {formBody, formRefusal} from '../form-body.ts';
import {refusalPage} from '../refusal-page.ts';
import type {Locale} from '#shared/i18n/locales.ts';
import {loadSite, sendNotFound} from '../site/load.ts';
import type {Site} from '../site/context.ts';
import {countLater, isVisitor, visitorOf} from '../site/stats.ts';
import {keepPage, notePageView} from '../cache/serve.ts';
import {bookingById, masterBySlug, placesOf, type PublicMaster} from './data.ts';
import {messagePage, type Chosen} from './pages.ts';

export type PublicBookingDeps = {
  pool: pg.Pool;
  zdb: ZeroDb;
  executor: Executor;
  now: () => number;
  origin: (req: express.Request) => string;
  submitLimit: RateLimiter;
  /** How clients can be reached (email when the server sends it): the pages promise only what will happen. */
  clientChannels: ClientChannels;
};

export const safe =
  (fn: (req: express.Request, res: express.Response, next: express.NextFunction) => Promise<void>): express.RequestHandler =>
  (req, res, next) => {
    fn(req, res, next).catch(next);
  };

export const str = (v: unknown) => (typeof v === 'string' ? v : '');
export const num = (v: unknown) => (typeof v === 'string' && /^\d{1,15}$/.test(v) ? Number(v) : undefined);
export const form = formBody('32kb');

/** A form without text of its own (cancel, move) refused before it was read: says why, changes nothing. */
export function refusedForm(req: express.Request, res: express.Response, locale: Locale): boolean {
  const refused = formRefusal(res);
  if (refused)
    res
      .status(refused.status)
      .type('html')
      .send(refusalPage(locale, req.originalUrl, refused.messageKey, true));
  return !!refused;
}

export function refusal(e: unknown): ErrorDetails | null {
  const details = (e as {details?: unknown}).details;
  return isErrorDetails(details) ? details : null;
}

/** What every public booking page needs: the form ids, the site and master of the path, the offered slots, a client's own booking. */
export function bookingKit(deps: PublicBookingDeps) {
  const forms = formIds(deps.pool);
  const send = (res: express.Response, page: string, status = 200) => void res.status(status).type('html').send(page);
  /** A step that is the same for every visitor with its address and language (no form id): kept until the company's data changes. */
  const sendPage = (s: Site, page: string) => {
    keepPage(s.req, s.company);
    send(s.req.res!, page);
  };
  const view = (s: Site, page: string, refId = '') => {
    notePageView(s.req, {page, refId, source: s.src});
    if (isVisitor(s.req.get('user-agent'), s.req.method)) countLater(deps.pool, s.company, {kind: 'view', page, refId, source: s.src}, s.now, visitorOf(s.req));
  };

  /** The site and the master of /c/:slug/book/:master, or an answer already sent. */
  async function load(req: express.Request, res: express.Response): Promise<{s: Site; m: PublicMaster; path: string} | null> {
    const s = await loadSite(deps, req, res, 'booking');
    if (!s) return null;
    const m = await masterBySlug(deps.zdb, s.ctx, String(req.params.master));
    if (!m) {
      sendNotFound(req, res, s.locale);
      return null;
    }
    return {s, m, path: bookingPath(s.company.slug, m.slug)};
  }

  /** The service and place chosen in the query (or the only place). */
  function chosen(
    m: PublicMaster,
    serviceId: string,
    placeId: string,
  ): Chosen | {service: PublicMaster['services'][number]; places: PublicMaster['places']} | null {
    const service = m.services.find((x) => x.id === serviceId);
    if (!service) return null;
    const places = placesOf(m, service);
    const place = places.length === 1 ? places[0] : places.find((p) => p.id === placeId);
    return place ? {service, place, placeCount: places.length} : {service, places};
  }

  const slotsFor = (s: Site, m: PublicMaster, c: Chosen, window?: {start: number; end: number}) =>
    offeredSlots(deps.zdb, s.ctx, {
      master: m,
      place: c.place,
      durationMin: c.service.duration_min,
      bufferMin: c.service.buffer_min,
      now: s.now,
      ...(window && {window}),
    });
  /** One local day of a place, as moments (with a day's margin for night shifts). */
  const dayWindow = (day: string, zone: string) => ({start: localToUtc(day, 0, zone), end: localToUtc(addDays(day, 1), 0, zone)});

  /** A client's booking, reached only with its signed link. */
  async function own(req: express.Request, res: express.Response) {
    const l = await load(req, res);
    if (!l) return null;
    const k = str(req.query.k) || str((req.body as Record<string, unknown> | undefined)?.k);
    const booking = await bookingById(deps.zdb, l.s.ctx, String(req.params.id));
    // A signed link, and not older than its booking's use for it (rules.ts).
    if (!booking || booking.master_id !== l.m.id || !manageLinkValid(booking, l.s.now) || !(await tokenMatches(deps.pool, booking.id, k))) {
      send(res, messagePage(l.s, l.m, l.s.t('book.manage.title'), l.s.t('book.linkInvalid')), 404);
      return null;
    }
    res.set({'Cache-Control': 'no-store', 'Referrer-Policy': 'no-referrer'});
    const manage = `${l.path}/b/${booking.id}?k=${k}`;
    return {...l, booking, k, manage};
  }

  return {deps, forms, send, sendPage, view, load, chosen, slotsFor, dayWindow, own};
}

export type BookingKit = ReturnType<typeof bookingKit>;
