// A client's own booking, reached only with its signed link: the page, its .ics, cancelling, moving and a review.
import type express from 'express';
import {nearestSlots} from '#shared/booking/alternatives.ts';
import {clientMayChange, clientReminderChannels, visitEnded} from '#shared/booking/rules.ts';
import {offeredSlots} from '#shared/mutators/booking-access.ts';
import {issuesByField} from '#shared/validation/describe.ts';
import {toFieldIssues} from '#shared/validation/issues.ts';
import {countLater} from '../site/stats.ts';
import {reviewOfBooking} from './data.ts';
import {icsCalendar, sequenceOf} from './ics.ts';
import {managePage, moveConfirmStep, reviewPage} from './manage-pages.ts';
import {daysStep, timesStep, type Chosen} from './pages.ts';
import {form, num, safe, str, refusal, refusedForm, type BookingKit} from './route-kit.ts';
import {formRefusal} from '../form-body.ts';
import {mutators} from '#shared/mutators/index.ts';

export function manageRoutes(router: express.Router, kit: BookingKit): void {
  const {deps, forms, send, own} = kit;

  router.get(
    '/c/:slug/book/:master/b/:id',
    safe(async (req, res) => {
      const o = await own(req, res);
      if (!o) return;
      const {s, m, booking, k, manage} = o;
      const review = await reviewOfBooking(deps.zdb, s.ctx, booking.id);
      const flash = req.query.new === '1' ? 'new' : req.query.moved === '1' ? 'moved' : null;
      send(
        res,
        managePage(s, m, {
          booking,
          manage,
          ics: `${o.path}/b/${booking.id}/booking.ics?k=${k}`,
          mayChange: clientMayChange(booking, m, s.now),
          ended: visitEnded(booking, s.now) || booking.ends_at <= s.now,
          reviewLink: !review && booking.status === 'confirmed' && booking.ends_at <= s.now ? `${o.path}/b/${booking.id}/review?k=${k}` : null,
          masterPath: o.path,
          flash,
          reminders: clientReminderChannels({clientEmail: booking.client_email, offsets: m.reminder_offsets, channels: deps.clientChannels}),
        }),
      );
    }),
  );

  router.get(
    '/c/:slug/book/:master/b/:id/booking.ics',
    safe(async (req, res) => {
      const o = await own(req, res);
      if (!o) return;
      const {m, booking} = o;
      const place = booking.place;
      res.set({'Content-Type': 'text/calendar; charset=utf-8', 'Content-Disposition': 'attachment; filename="booking.ics"'});
      res.send(
        icsCalendar({
          name: m.display_name,
          now: o.s.now,
          timeZone: place?.timezone,
          events: [
            {
              uid: `${booking.id}@dot`,
              stamp: o.s.now,
              sequence: sequenceOf(booking.updated_at),
              start: booking.starts_at,
              end: booking.ends_at,
              summary: `${booking.service_title} — ${m.display_name}`,
              location: place ? [place.name, place.address].filter(Boolean).join(', ') : '',
              url: `${o.s.origin}${o.manage}`,
              cancelled: booking.status !== 'confirmed',
            },
          ],
        }),
      );
    }),
  );

  router.post(
    '/c/:slug/book/:master/b/:id/cancel',
    form,
    safe(async (req, res) => {
      const o = await own(req, res);
      if (!o) return;
      if (refusedForm(req, res, o.s.locale)) return;
      try {
        await deps.executor.run(
          mutators.booking.cancel({id: o.booking.id, reason: str((req.body as Record<string, unknown>).reason).slice(0, 500), at: o.s.now}),
          o.s.ctx,
        );
      } catch (e) {
        if (!refusal(e)) throw e;
      }
      res.redirect(303, o.manage);
    }),
  );

  /** Moving: the same days and times, without the booking's own time blocking itself. */
  async function moveChoice(o: NonNullable<Awaited<ReturnType<typeof own>>>) {
    const service = o.m.services.find((x) => x.id === o.booking.service_id) ?? {
      id: o.booking.service_id ?? '',
      title: o.booking.service_title,
      price: o.booking.price,
      duration_min: (o.booking.ends_at - o.booking.starts_at) / 60_000,
      buffer_min: (o.booking.blocked_until - o.booking.ends_at) / 60_000,
    };
    const c = {service, place: o.booking.place!, placeCount: 1} as Chosen;
    const slots = await offeredSlots(deps.zdb, o.s.ctx, {
      master: o.m,
      place: c.place,
      durationMin: c.service.duration_min,
      bufferMin: c.service.buffer_min,
      now: o.s.now,
      ignoreBookingId: o.booking.id,
    });
    return {c, slots, path: `${o.path}/b/${o.booking.id}/move`};
  }

  router.get(
    '/c/:slug/book/:master/b/:id/move',
    safe(async (req, res) => {
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
    }),
  );

  router.post(
    '/c/:slug/book/:master/b/:id/move',
    form,
    safe(async (req, res) => {
      const o = await own(req, res);
      if (!o) return;
      if (refusedForm(req, res, o.s.locale)) return;
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
    }),
  );

  const reviewGate = async (o: NonNullable<Awaited<ReturnType<typeof own>>>) =>
    o.booking.status === 'confirmed' && o.booking.ends_at <= o.s.now && !(await reviewOfBooking(deps.zdb, o.s.ctx, o.booking.id));

  router.get(
    '/c/:slug/book/:master/b/:id/review',
    safe(async (req, res) => {
      const o = await own(req, res);
      if (!o) return;
      const action = `${o.path}/b/${o.booking.id}/review`;
      if (req.query.thanks === '1' || !(await reviewGate(o))) return send(res, reviewPage(o.s, o.m, action, o.k, {rating: '', text: '', formId: ''}, {}, true));
      send(res, reviewPage(o.s, o.m, action, o.k, {rating: '', text: '', formId: await forms.issue()}, {}, false));
    }),
  );

  router.post(
    '/c/:slug/book/:master/b/:id/review',
    form,
    safe(async (req, res) => {
      const o = await own(req, res);
      if (!o) return;
      const body = (req.body ?? {}) as Record<string, unknown>;
      const action = `${o.path}/b/${o.booking.id}/review`;
      const posted = await forms.accept(body.form_id);
      const v = {rating: str(body.rating), text: str(body.text), formId: posted.token};
      const refused = formRefusal(res);
      if (refused) return send(res, reviewPage(o.s, o.m, action, o.k, v, {_: o.s.t(refused.messageKey)}, false), refused.status);
      try {
        await deps.executor.run(
          mutators.booking.leaveReview({id: posted.recordId, bookingId: o.booking.id, rating: Number(v.rating) || 0, text: v.text, createdAt: o.s.now}),
          o.s.ctx,
        );
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
    }),
  );
}
