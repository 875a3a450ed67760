// /c/<slug>/book…: the public booking pages (B6, B7). A master's own link
// /c/<slug>/book/<master> shows only that master; the steps are plain links
// (?service=…&place=…&day=…&time=…) and the writes plain forms, through the
// same named mutators as the app, with the visitor's public context and the
// server clock. A client's booking page is reached by a signed link.
import express from 'express';
import type pg from 'pg';
import {nearestSlots} from '../../../shared/booking/alternatives.ts';
import {groupOfService, serviceGroups} from '../../../shared/booking/service-groups.ts';
import {addDays, isDayKey, localToUtc} from '../../../shared/booking/zone.ts';
import {clientMayChange, clientReminderChannels, manageLinkValid, visitEnded, type ClientChannels} from '../../../shared/booking/rules.ts';
import {publicBookingForm} from '../../../shared/booking/validation.ts';
import {offeredSlots} from '../../../shared/mutators/booking-access.ts';
import {isErrorDetails, type ErrorDetails} from '../../../shared/errors.ts';
import {issuesByField} from '../../../shared/validation/describe.ts';
import {toFieldIssues} from '../../../shared/validation/issues.ts';
import {bookingPath, bookingToken, tokenMatches} from '../../booking/links.ts';
import type {RateLimiter} from '../../http/rate-limit.ts';
import type {ZeroDb} from '../../zero/db.ts';
import type {Executor} from '../../zero/execute.ts';
import {formIds} from '../form-ids.ts';
import {loadSite, sendNotFound} from '../site/load.ts';
import type {Site} from '../site/context.ts';
import {countLater, isVisitor} from '../site/stats.ts';
import {bookingById, masterBySlug, mastersWithServices, placesOf, reviewOfBooking, type PublicMaster} from './data.ts';
import {icsCalendar, sequenceOf} from './ics.ts';
import {daysStep, detailsStep, managePage, mastersPage, messagePage, moveConfirmStep, reviewPage, serviceMastersPage, servicesStep, placesStep, timesStep, type Chosen, type DetailsForm} from './pages.ts';
import {step} from './parts.ts';
import {mutators} from '../../../shared/mutators/index.ts';

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

const safe =
  (fn: (req: express.Request, res: express.Response, next: express.NextFunction) => Promise<void>): express.RequestHandler =>
  (req, res, next) => {
    fn(req, res, next).catch(next);
  };

const str = (v: unknown) => (typeof v === 'string' ? v : '');
const num = (v: unknown) => (typeof v === 'string' && /^\d{1,15}$/.test(v) ? Number(v) : undefined);
const form = express.urlencoded({extended: false, limit: '32kb'});

function refusal(e: unknown): ErrorDetails | null {
  const details = (e as {details?: unknown}).details;
  return isErrorDetails(details) ? details : null;
}

export function publicBookingRoutes(deps: PublicBookingDeps): express.Router {
  const router = express.Router();
  const forms = formIds(deps.pool);
  const send = (res: express.Response, page: string, status = 200) => void res.status(status).type('html').send(page);
  const view = (s: Site, page: string, refId = '') => {
    if (isVisitor(s.req.get('user-agent'), s.req.method)) countLater(deps.pool, s.company, {kind: 'view', page, refId, source: s.src}, s.now);
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
  function chosen(m: PublicMaster, serviceId: string, placeId: string): Chosen | {service: PublicMaster['services'][number]; places: PublicMaster['places']} | null {
    const service = m.services.find((x) => x.id === serviceId);
    if (!service) return null;
    const places = placesOf(m, service);
    const place = places.length === 1 ? places[0] : places.find((p) => p.id === placeId);
    return place ? {service, place, placeCount: places.length} : {service, places};
  }

  const slotsFor = (s: Site, m: PublicMaster, c: Chosen, window?: {start: number; end: number}) =>
    offeredSlots(deps.zdb, s.ctx, {master: m, place: c.place, durationMin: c.service.duration_min, bufferMin: c.service.buffer_min, now: s.now, ...(window && {window})});
  /** One local day of a place, as moments (with a day's margin for night shifts). */
  const dayWindow = (day: string, zone: string) => ({start: localToUtc(day, 0, zone), end: localToUtc(addDays(day, 1), 0, zone)});

  router.get('/c/:slug/book', safe(async (req, res) => {
    const s = await loadSite(deps, req, res, 'booking');
    if (!s) return;
    const masters = await mastersWithServices(deps.zdb, s.ctx);
    const base = `/c/${s.company.slug}/book`;
    const groups = serviceGroups(masters, s.locale);
    // A service chosen first: the masters who offer it (straight to the one, if only one does).
    const group = groupOfService(groups, str(req.query.svc));
    if (group?.offers.length === 1) {
      const {master, service} = group.offers[0]!;
      return void res.redirect(302, step(s, `${base}/${master.slug}`, {service: service.id}));
    }
    if (group) {
      send(res, serviceMastersPage(s, group, base));
      return view(s, 'book');
    }
    if (masters.length === 1) {
      const q = req.originalUrl.indexOf('?');
      return void res.redirect(302, `${base}/${masters[0]!.slug}${q >= 0 ? req.originalUrl.slice(q) : ''}`);
    }
    send(res, mastersPage(s, masters, groups, base));
    view(s, 'book');
  }));

  router.get('/c/:slug/book/:master', safe(async (req, res) => {
    const l = await load(req, res);
    if (!l) return;
    const {s, m, path} = l;
    const c = chosen(m, str(req.query.service), str(req.query.place));
    if (!c) {
      send(res, servicesStep(s, m, path));
      return view(s, 'book', m.id);
    }
    if (!('place' in c)) return send(res, placesStep(s, m, path, c.service, c.places));
    const time = num(req.query.time);
    if (time !== undefined) {
      const slot = (await slotsFor(s, m, c, {start: time - 60_000, end: time + 60_000})).find((x) => x.start === time);
      if (slot) return send(res, detailsStep(deps.clientChannels, s, m, path, c, slot, {name: '', phone: '', email: '', formId: await forms.issue()}, {}));
    }
    const day = str(req.query.day);
    if (isDayKey(day)) return send(res, timesStep(s, m, path, c, day, await slotsFor(s, m, c, dayWindow(day, c.place.timezone))));
    send(res, daysStep(s, m, path, c, await slotsFor(s, m, c), str(req.query.from) || undefined));
  }));

  router.post('/c/:slug/book/:master', form, safe(async (req, res) => {
    const l = await load(req, res);
    if (!l) return;
    const {s, m, path} = l;
    const body = (req.body ?? {}) as Record<string, unknown>;
    const c = chosen(m, str(body.service), str(body.place));
    const time = num(body.time);
    if (!c || !('place' in c) || time === undefined) return sendNotFound(req, res, s.locale);
    // Only an id we signed for this visitor's form: an existing booking's id must
    // not make a "repeat" that hands out that booking's manage link (form-ids.ts).
    const posted = await forms.accept(body.form_id);
    const v: DetailsForm = {name: str(body.name), phone: str(body.phone), email: str(body.email), formId: posted.token};
    if (str(body.website) !== '') return void res.redirect(303, path);
    const slot = {start: time, end: time + c.service.duration_min * 60_000};
    if (!deps.submitLimit.take(`${req.ip}|${s.company.id}`)) return send(res, detailsStep(deps.clientChannels, s, m, path, c, slot, v, {_: s.t('pub.rateLimited')}), 429);
    const parsed = publicBookingForm.safeParse({clientName: v.name, clientPhone: v.phone, clientEmail: v.email});
    if (!parsed.success) return send(res, detailsStep(deps.clientChannels, s, m, path, c, slot, v, issuesByField(toFieldIssues(parsed.error.issues), s.t)), 400);
    const args = {
      id: posted.recordId,
      masterId: m.id,
      placeId: c.place.id,
      kind: 'visit' as const,
      serviceId: c.service.id,
      startsAt: time,
      ...parsed.data,
      clientLocale: s.locale,
      source: s.src || 'public',
      createdAt: s.now,
    };
    try {
      await deps.executor.run(mutators.booking.create(args), s.ctx);
    } catch (e) {
      const d = refusal(e);
      if (d?.code === 'conflict' || (d?.code === 'validation' && d.fields?.some((f) => f.field === 'startsAt'))) {
        const slots = await slotsFor(s, m, c);
        const day = new Intl.DateTimeFormat('en-CA', {timeZone: c.place.timezone}).format(time);
        const taken = d.alternatives ?? nearestSlots(slots, time);
        return send(res, timesStep(s, m, path, c, day, slots, {taken}), 409);
      }
      if (d?.code === 'validation') return send(res, detailsStep(deps.clientChannels, s, m, path, c, slot, v, issuesByField(d.fields ?? [], s.t)), 400);
      throw e;
    }
    countLater(deps.pool, s.company, {kind: 'request', page: 'book', refId: m.id, source: s.src}, s.now);
    res.redirect(303, `${path}/b/${posted.recordId}?k=${await bookingToken(deps.pool, posted.recordId)}&new=1`);
  }));

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

  router.get('/c/:slug/book/:master/b/:id', safe(async (req, res) => {
    const o = await own(req, res);
    if (!o) return;
    const {s, m, booking, k, manage} = o;
    const review = await reviewOfBooking(deps.zdb, s.ctx, booking.id);
    const flash = req.query.new === '1' ? 'new' : req.query.moved === '1' ? 'moved' : null;
    send(res, managePage(s, m, {
      booking,
      manage,
      ics: `${o.path}/b/${booking.id}/booking.ics?k=${k}`,
      mayChange: clientMayChange(booking, m, s.now),
      ended: visitEnded(booking, s.now) || booking.ends_at <= s.now,
      reviewLink: !review && booking.status === 'confirmed' && booking.ends_at <= s.now ? `${o.path}/b/${booking.id}/review?k=${k}` : null,
      masterPath: o.path,
      flash,
      reminders: clientReminderChannels({clientEmail: booking.client_email, offsets: m.reminder_offsets, channels: deps.clientChannels}),
    }));
  }));

  router.get('/c/:slug/book/:master/b/:id/booking.ics', safe(async (req, res) => {
    const o = await own(req, res);
    if (!o) return;
    const {m, booking} = o;
    const place = booking.place;
    res.set({'Content-Type': 'text/calendar; charset=utf-8', 'Content-Disposition': 'attachment; filename="booking.ics"'});
    res.send(icsCalendar({
      name: m.display_name,
      events: [{
        uid: `${booking.id}@dot`, stamp: o.s.now, sequence: sequenceOf(booking.updated_at), start: booking.starts_at, end: booking.ends_at,
        summary: `${booking.service_title} — ${m.display_name}`, location: place ? [place.name, place.address].filter(Boolean).join(', ') : '',
        url: `${o.s.origin}${o.manage}`, cancelled: booking.status !== 'confirmed',
      }],
    }));
  }));

  router.post('/c/:slug/book/:master/b/:id/cancel', form, safe(async (req, res) => {
    const o = await own(req, res);
    if (!o) return;
    try {
      await deps.executor.run(mutators.booking.cancel({id: o.booking.id, reason: str((req.body as Record<string, unknown>).reason).slice(0, 500), at: o.s.now}), o.s.ctx);
    } catch (e) {
      if (!refusal(e)) throw e;
    }
    res.redirect(303, o.manage);
  }));

  /** Moving: the same days and times, without the booking's own time blocking itself. */
  async function moveChoice(o: NonNullable<Awaited<ReturnType<typeof own>>>) {
    const service = o.m.services.find((x) => x.id === o.booking.service_id) ?? {id: o.booking.service_id ?? '', title: o.booking.service_title, price: o.booking.price, duration_min: (o.booking.ends_at - o.booking.starts_at) / 60_000, buffer_min: (o.booking.blocked_until - o.booking.ends_at) / 60_000};
    const c = {service, place: o.booking.place!, placeCount: 1} as Chosen;
    const slots = await offeredSlots(deps.zdb, o.s.ctx, {master: o.m, place: c.place, durationMin: c.service.duration_min, bufferMin: c.service.buffer_min, now: o.s.now, ignoreBookingId: o.booking.id});
    return {c, slots, path: `${o.path}/b/${o.booking.id}/move`};
  }

  router.get('/c/:slug/book/:master/b/:id/move', safe(async (req, res) => {
    const o = await own(req, res);
    if (!o) return;
    if (!clientMayChange(o.booking, o.m, o.s.now)) return void res.redirect(303, o.manage);
    const {c, slots, path} = await moveChoice(o);
    const time = num(req.query.time);
    const slot = time === undefined ? undefined : slots.find((x) => x.start === time);
    if (slot) return send(res, moveConfirmStep(o.s, o.m, path, c, slot, `${path}?k=${o.k}`, o.k));
    const day = str(req.query.day);
    if (/^\d{4}-\d{2}-\d{2}$/.test(day)) return send(res, timesStep(o.s, o.m, path, c, day, slots, {extra: {k: o.k}}));
    send(res, daysStep(o.s, o.m, path, c, slots, str(req.query.from) || undefined, {k: o.k}));
  }));

  router.post('/c/:slug/book/:master/b/:id/move', form, safe(async (req, res) => {
    const o = await own(req, res);
    if (!o) return;
    const time = num((req.body as Record<string, unknown>).time);
    if (time === undefined) return void res.redirect(303, o.manage);
    try {
      await deps.executor.run(mutators.booking.move({id: o.booking.id, startsAt: time, at: o.s.now}), o.s.ctx);
    } catch (e) {
      const d = refusal(e);
      if (!d) throw e;
      if (d.code === 'conflict' || d.code === 'validation') {
        const {c, slots, path} = await moveChoice(o);
        const day = new Intl.DateTimeFormat('en-CA', {timeZone: c.place.timezone}).format(time);
        return send(res, timesStep(o.s, o.m, path, c, day, slots, {extra: {k: o.k}, taken: d.alternatives ?? nearestSlots(slots, time)}), 409);
      }
      return void res.redirect(303, o.manage);
    }
    res.redirect(303, `${o.manage}&moved=1`);
  }));

  const reviewGate = async (o: NonNullable<Awaited<ReturnType<typeof own>>>) =>
    o.booking.status === 'confirmed' && o.booking.ends_at <= o.s.now && !(await reviewOfBooking(deps.zdb, o.s.ctx, o.booking.id));

  router.get('/c/:slug/book/:master/b/:id/review', safe(async (req, res) => {
    const o = await own(req, res);
    if (!o) return;
    const action = `${o.path}/b/${o.booking.id}/review`;
    if (req.query.thanks === '1' || !(await reviewGate(o))) return send(res, reviewPage(o.s, o.m, action, o.k, {rating: '', text: '', formId: ''}, {}, true));
    send(res, reviewPage(o.s, o.m, action, o.k, {rating: '', text: '', formId: await forms.issue()}, {}, false));
  }));

  router.post('/c/:slug/book/:master/b/:id/review', form, safe(async (req, res) => {
    const o = await own(req, res);
    if (!o) return;
    const body = (req.body ?? {}) as Record<string, unknown>;
    const action = `${o.path}/b/${o.booking.id}/review`;
    const posted = await forms.accept(body.form_id);
    const v = {rating: str(body.rating), text: str(body.text), formId: posted.token};
    try {
      await deps.executor.run(mutators.booking.leaveReview({id: posted.recordId, bookingId: o.booking.id, rating: Number(v.rating) || 0, text: v.text, createdAt: o.s.now}), o.s.ctx);
    } catch (e) {
      const d = refusal(e);
      if (d?.code === 'validation') return send(res, reviewPage(o.s, o.m, action, o.k, v, issuesByField(d.fields ?? [], o.s.t), false), 400);
      if (!d) {
        const issues = (e as {result?: {issues?: unknown}}).result?.issues;
        if (Array.isArray(issues)) return send(res, reviewPage(o.s, o.m, action, o.k, v, issuesByField(toFieldIssues(issues), o.s.t), false), 400);
        throw e;
      }
    }
    countLater(deps.pool, o.s.company, {kind: 'review', page: 'book', refId: o.m.id, source: o.s.src}, o.s.now);
    res.redirect(303, `${action}?k=${o.k}&thanks=1`);
  }));

  return router;
}

