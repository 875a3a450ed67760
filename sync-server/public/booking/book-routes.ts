// Booking a visit: the masters (or a service first), a master's services, places, days and times, the details form.
import type express from 'express';
import {nearestSlots} from '#shared/booking/alternatives.ts';
import {groupOfService, serviceGroups} from '#shared/booking/service-groups.ts';
import {isDayKey} from '#shared/booking/zone.ts';
import {publicBookingForm} from '#shared/booking/validation.ts';
import {issuesByField} from '#shared/validation/describe.ts';
import {toFieldIssues} from '#shared/validation/issues.ts';
import {bookingToken} from '../../booking/links.ts';
import {loadSite, sendNotFound} from '../site/load.ts';
import {countLater} from '../site/stats.ts';
import {mastersWithServices} from './data.ts';
import {daysStep, detailsStep, mastersPage, serviceMastersPage, servicesStep, placesStep, timesStep, type DetailsForm} from './pages.ts';
import {step} from './parts.ts';
import {form, num, safe, str, refusal, refusedForm, type BookingKit} from './route-kit.ts';
import {formRefusal} from '../form-body.ts';
import {mutators} from '#shared/mutators/index.ts';

export function bookRoutes(router: express.Router, kit: BookingKit): void {
  const {deps, forms, send, sendPage, view, load, chosen, slotsFor, dayWindow} = kit;

  router.get(
    '/c/:slug/book',
    safe(async (req, res) => {
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
        sendPage(s, serviceMastersPage(s, group, base));
        return view(s, 'book');
      }
      if (masters.length === 1) {
        const q = req.originalUrl.indexOf('?');
        return void res.redirect(302, `${base}/${masters[0]!.slug}${q >= 0 ? req.originalUrl.slice(q) : ''}`);
      }
      sendPage(s, mastersPage(s, masters, groups, base));
      view(s, 'book');
    }),
  );

  router.get(
    '/c/:slug/book/:master',
    safe(async (req, res) => {
      const l = await load(req, res);
      if (!l) return;
      const {s, m, path} = l;
      const c = chosen(m, str(req.query.service), str(req.query.place));
      if (!c) {
        sendPage(s, servicesStep(s, m, path));
        return view(s, 'book', m.id);
      }
      if (!('place' in c)) return sendPage(s, placesStep(s, m, path, c.service, c.places));
      const time = num(req.query.time);
      if (time !== undefined) {
        const slot = (await slotsFor(s, m, c, {start: time - 60_000, end: time + 60_000})).find((x) => x.start === time);
        if (slot) return send(res, detailsStep(deps.clientChannels, s, m, path, c, slot, {name: '', phone: '', email: '', formId: await forms.issue()}, {}));
      }
      const day = str(req.query.day);
      if (isDayKey(day)) return sendPage(s, timesStep(s, m, path, c, day, await slotsFor(s, m, c, dayWindow(day, c.place.timezone))));
      sendPage(s, daysStep(s, m, path, c, await slotsFor(s, m, c), str(req.query.from) || undefined));
    }),
  );

  router.post(
    '/c/:slug/book/:master',
    form,
    safe(async (req, res) => {
      const l = await load(req, res);
      if (!l) return;
      const {s, m, path} = l;
      const body = (req.body ?? {}) as Record<string, unknown>;
      const c = chosen(m, str(body.service), str(body.place));
      const time = num(body.time);
      if (!c || !('place' in c) || time === undefined) {
        // A body refused before it was read lost the chosen time: say why rather than "not found".
        if (!refusedForm(req, res, s.locale)) sendNotFound(req, res, s.locale);
        return;
      }
      // Only an id we signed for this visitor's form: an existing booking's id must
      // not make a "repeat" that hands out that booking's manage link (form-ids.ts).
      const posted = await forms.accept(body.form_id);
      const v: DetailsForm = {name: str(body.name), phone: str(body.phone), email: str(body.email), formId: posted.token};
      if (str(body.website) !== '') return void res.redirect(303, path);
      const slot = {start: time, end: time + c.service.duration_min * 60_000};
      const refused = formRefusal(res);
      if (refused) return send(res, detailsStep(deps.clientChannels, s, m, path, c, slot, v, {_: s.t(refused.messageKey)}), refused.status);
      if (!deps.submitLimit.take(`${req.ip}|${s.company.id}`))
        return send(res, detailsStep(deps.clientChannels, s, m, path, c, slot, v, {_: s.t('pub.rateLimited')}), 429);
      const parsed = publicBookingForm.safeParse({clientName: v.name, clientPhone: v.phone, clientEmail: v.email});
      if (!parsed.success)
        return send(res, detailsStep(deps.clientChannels, s, m, path, c, slot, v, issuesByField(toFieldIssues(parsed.error.issues), s.t)), 400);
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
    }),
  );
}
