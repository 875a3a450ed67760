// Booking writes (B1–B3, B5, B7): the bookings here; masters, places and
// services in booking-setup.ts. Each checks everything before it writes
// (the rebase rule, define.ts). Ids and times come from the device; a public
// visitor's writes arrive only through the server's pages, which pass the
// server's clock as `createdAt`/`at`. The database's exclusion constraint is
// the last word on double booking; the checks here make the refusal precise
// (a conflict with the nearest free slots) and immediate on the device.
import {zql} from '#schema/zero-schema.ts';
import {assertMember} from '../auth/can.ts';
import {linkClient} from '../crm/link.ts';
import {clientMayChange, movedTimes, visitEnded} from '../booking/rules.ts';
import {isOffered} from '../booking/compute.ts';
import {
  cancelBookingArgs,
  createBookingArgs,
  leaveReviewArgs,
  markReadArgs,
  massNotifyArgs,
  moveBookingArgs,
  updateBookingArgs,
} from '../booking/validation.ts';
import {domainError} from '../errors.ts';
import {companyRows} from '../queries/scope.ts';
import {bookingSetupMutators} from './booking-setup.ts';
import {dotMutator} from './define.ts';
import {invalid, masterFor, notFound, offeredSlots, overlapping, placeOf, serviceOf, takenTime} from './booking-access.ts';

const tooLate = () => domainError('forbidden_state', {messageKey: 'booking.tooLateToChange'});

/** What a booking write did, for the server's effects (nothing when it changed nothing: a replay, the same time). */
export type BookingOutcome = {created?: 'visit' | 'block'; moved?: number; cancelled?: true} | undefined;

/** Every booking write, the set-up's (booking-setup.ts) and the bookings': the one object the module's manifest lists. */
export const bookingMutators = {
  ...bookingSetupMutators,

  create: dotMutator(
    createBookingArgs,
    async ({tx, args, ctx}) => {
      if (ctx?.kind !== 'public') assertMember(ctx);
      const existing = await tx.run(zql.booking.where('id', args.id).one());
      if (existing) {
        // The same id again is a replay of this very write.
        if (existing.company_id !== ctx.companyID) throw notFound();
        return;
      }
      const isPublic = ctx.kind === 'public';
      if (isPublic && args.kind !== 'visit') throw notFound();
      const master = await masterFor(tx, ctx, args.masterId);
      if (!master) return;
      const place = await placeOf(tx, ctx, args.placeId, master.id);
      if (!place) return;
      if (place.archived_at !== null) throw invalid('placeId', 'booking.v.placeArchived');
      let service = null;
      if (args.kind === 'visit') {
        service = (await serviceOf(tx, ctx, args.serviceId!, master.id)) ?? null;
        if (!service) return;
        if (service.archived_at !== null || !service.place_ids.includes(place.id)) throw invalid('serviceId');
      }
      const endsAt = service ? args.startsAt + service.duration_min * 60_000 : args.endsAt!;
      const blockedUntil = service ? endsAt + service.buffer_min * 60_000 : endsAt;
      const durationMin = (endsAt - args.startsAt) / 60_000;
      const bufferMin = (blockedUntil - endsAt) / 60_000;
      const alt = {master, place, durationMin, bufferMin, wanted: args.startsAt, now: args.createdAt};
      if ((await overlapping(tx, ctx, master.id, args.startsAt, blockedUntil)).length) throw await takenTime(tx, ctx, alt);
      if (isPublic) {
        const slots = await offeredSlots(tx, ctx, {
          master,
          place,
          durationMin,
          bufferMin,
          now: args.createdAt,
          window: {start: args.startsAt - 60_000, end: args.startsAt + 60_000},
        });
        if (!isOffered(slots, args.startsAt)) throw invalid('startsAt', 'booking.v.notOffered');
      }
      await tx.mutate.booking.insert({
        id: args.id,
        company_id: ctx.companyID,
        master_id: master.id,
        place_id: place.id,
        service_id: service?.id ?? null,
        kind: args.kind,
        starts_at: args.startsAt,
        ends_at: endsAt,
        blocked_until: blockedUntil,
        status: 'confirmed',
        service_title: service?.title ?? '',
        price: service?.price ?? null,
        client_name: args.clientName,
        client_phone: args.clientPhone,
        client_email: args.clientEmail,
        // CRM: the client this booking is from, found or made like a request's
        // (shared/crm/link.ts). Last, after every check: it may write a client.
        client_id:
          args.kind === 'visit'
            ? await linkClient(tx, ctx, {
                seedId: args.id,
                name: args.clientName,
                phone: args.clientPhone,
                email: args.clientEmail,
                source: 'booking',
                at: args.createdAt,
              })
            : null,
        client_locale: args.clientLocale,
        note: args.note,
        source: isPublic ? args.source || 'public' : args.source,
        cancel_reason: '',
        cancelled_by: null,
        created_by: ctx.kind === 'member' ? ctx.memberID : null,
        created_at: args.createdAt,
        updated_at: args.createdAt,
      });
      return {created: args.kind} satisfies BookingOutcome;
    },
    {conflict: 'pick-alternative'},
  ),

  move: dotMutator(
    moveBookingArgs,
    async ({tx, args, ctx}) => {
      if (ctx?.kind !== 'public') assertMember(ctx);
      const booking = await tx.run(companyRows('booking', ctx).where('id', args.id).one());
      if (!booking) {
        if (tx.location === 'server' || ctx.kind === 'public') throw notFound();
        return;
      }
      const master = await masterFor(tx, ctx, booking.master_id);
      if (!master) return;
      const placeId = args.placeId ?? booking.place_id;
      if (booking.starts_at === args.startsAt && booking.place_id === placeId && booking.status === 'confirmed') return;
      if (booking.status !== 'confirmed') throw domainError('forbidden_state', {messageKey: 'booking.notActive'});
      const isPublic = ctx.kind === 'public';
      if (isPublic && !clientMayChange(booking, master, args.at)) throw tooLate();
      const place = await placeOf(tx, ctx, placeId, master.id);
      if (!place) return;
      const times = movedTimes(booking, args.startsAt);
      const durationMin = (times.ends_at - times.starts_at) / 60_000;
      const bufferMin = (times.blocked_until - times.ends_at) / 60_000;
      const alt = {master, place, durationMin, bufferMin, wanted: args.startsAt, now: args.at, ignoreBookingId: booking.id};
      if ((await overlapping(tx, ctx, master.id, times.starts_at, times.blocked_until, booking.id)).length) throw await takenTime(tx, ctx, alt);
      if (isPublic) {
        const slots = await offeredSlots(tx, ctx, {
          master,
          place,
          durationMin,
          bufferMin,
          now: args.at,
          ignoreBookingId: booking.id,
          window: {start: args.startsAt - 60_000, end: args.startsAt + 60_000},
        });
        if (!isOffered(slots, args.startsAt)) throw invalid('startsAt', 'booking.v.notOffered');
      }
      await tx.mutate.booking.update({id: booking.id, place_id: place.id, ...times});
      return {moved: times.starts_at} satisfies BookingOutcome;
    },
    {conflict: 'pick-alternative'},
  ),

  cancel: dotMutator(cancelBookingArgs, async ({tx, args, ctx}) => {
    if (ctx?.kind !== 'public') assertMember(ctx);
    const booking = await tx.run(companyRows('booking', ctx).where('id', args.id).one());
    if (!booking) {
      if (tx.location === 'server' || ctx.kind === 'public') throw notFound();
      return;
    }
    const master = await masterFor(tx, ctx, booking.master_id);
    if (!master) return;
    if (booking.status === 'cancelled') return;
    if (ctx.kind === 'public' && !clientMayChange(booking, master, args.at)) throw tooLate();
    await tx.mutate.booking.update({
      id: booking.id,
      status: 'cancelled',
      cancel_reason: args.reason,
      cancelled_by: ctx.kind === 'public' ? 'client' : 'master',
    });
    return {cancelled: true} satisfies BookingOutcome;
  }),

  /** The client's details and the note are free text: last writer wins, the audit log keeps the rest. */
  update: dotMutator(updateBookingArgs, async ({tx, args, ctx}) => {
    assertMember(ctx);
    const booking = await tx.run(companyRows('booking', ctx).where('id', args.id).one());
    if (!booking) {
      if (tx.location === 'server') throw notFound();
      return;
    }
    if (!(await masterFor(tx, ctx, booking.master_id))) return;
    if (args.status && booking.status === 'cancelled') throw domainError('forbidden_state', {messageKey: 'booking.notActive'});
    await tx.mutate.booking.update({
      id: args.id,
      ...(args.clientName !== undefined && {client_name: args.clientName}),
      ...(args.clientPhone !== undefined && {client_phone: args.clientPhone}),
      ...(args.clientEmail !== undefined && {client_email: args.clientEmail}),
      ...(args.note !== undefined && {note: args.note}),
      ...(args.status !== undefined && {status: args.status}),
    });
  }),

  /** "I am on holiday 1–7 May": the server sends it to every client of the master. */
  notifyClients: dotMutator(massNotifyArgs, async ({tx, args, ctx}) => {
    assertMember(ctx);
    if (!(await masterFor(tx, ctx, args.masterId))) return;
    const existing = await tx.run(zql.mass_notification.where('id', args.id).one());
    if (existing) {
      if (existing.company_id !== ctx.companyID) throw notFound();
      return;
    }
    await tx.mutate.mass_notification.insert({
      id: args.id,
      company_id: ctx.companyID,
      master_id: args.masterId,
      body: args.body,
      status: 'pending',
      recipients: 0,
      created_by: ctx.memberID,
      created_at: args.createdAt,
      sent_at: null,
    });
  }),

  /** A client's review of their visit (from the link in "how was it?"); it waits for the master. */
  leaveReview: dotMutator(leaveReviewArgs, async ({tx, args, ctx}) => {
    if (ctx?.kind !== 'public') throw notFound();
    const booking = await tx.run(companyRows('booking', ctx).where('id', args.bookingId).one());
    if (!booking || booking.kind !== 'visit' || !visitEnded(booking, args.createdAt)) throw notFound();
    const existing = await tx.run(companyRows('review', ctx).where('booking_id', args.bookingId).one());
    if (existing) {
      if (existing.id === args.id) return;
      throw domainError('forbidden_state', {messageKey: 'booking.reviewDone'});
    }
    await tx.mutate.review.insert({
      id: args.id,
      company_id: ctx.companyID,
      author_name: booking.client_name,
      rating: args.rating,
      text: args.text,
      status: 'pending',
      source: 'booking',
      catalog_item_id: null,
      reply: '',
      booking_id: booking.id,
      master_id: booking.master_id,
      created_at: args.createdAt,
      updated_at: args.createdAt,
    });
  }),

  /** In-app notifications the member has seen. */
  markRead: dotMutator(markReadArgs, async ({tx, args, ctx}) => {
    assertMember(ctx);
    const rows = await tx.run(companyRows('notification', ctx).where('member_id', ctx.memberID).where('read_at', 'IS', null));
    for (const n of rows) if (args.ids.includes(n.id)) await tx.mutate.notification.update({id: n.id, read_at: args.at});
  }),
};
