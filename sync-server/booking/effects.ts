// What booking writes set off, from what the mutator did (its outcome): a
// client is told their visit was booked, moved or cancelled; a master's mass
// message is queued; and a time taken by someone else comes back with the
// nearest free ones.
import type {AuthContext} from '#shared/auth/context.ts';
import {alternativesFor} from '#shared/mutators/booking-access.ts';
import type {BookingOutcome} from '#shared/mutators/booking.ts';
import {mutators} from '#shared/mutators/index.ts';
import {companyRows} from '#shared/queries/scope.ts';
import {enqueue} from '../jobs/queue.ts';
import type {ServerDeps} from '../module/define.ts';
import {afterWrite, onConflict, type Effect} from '../zero/effects.ts';
import {enqueueEvent} from './jobs.ts';

const by = (ctx: AuthContext) => (ctx.kind === 'public' ? 'client' : 'master');
const outcomeOf = (o: unknown) => (o ?? {}) as NonNullable<BookingOutcome>;

export function bookingEffects(deps: ServerDeps): Effect[] {
  // Two clients took the same slot at the same moment: the database let one
  // in; the other gets the nearest free slots, read after the refusal.
  const alternatives = async (
    args: {masterId?: string; placeId?: string; serviceId?: string | null; startsAt: number; endsAt?: number; at?: number; createdAt?: number},
    ctx: AuthContext,
    bookingId?: string,
  ) =>
    deps.zdb.transaction(async (tx) => {
      const booking = bookingId ? await tx.run(companyRows('booking', ctx).where('id', bookingId).one()) : undefined;
      const masterId = String(booking?.master_id ?? args.masterId ?? '');
      const placeId = String(args.placeId ?? booking?.place_id ?? '');
      const master = await tx.run(companyRows('booking_master', ctx).where('id', masterId).one());
      const place = await tx.run(companyRows('booking_place', ctx).where('id', placeId).one());
      if (!master || !place) return {};
      let durationMin = 0;
      let bufferMin = 0;
      if (booking) {
        durationMin = (booking.ends_at - booking.starts_at) / 60_000;
        bufferMin = (booking.blocked_until - booking.ends_at) / 60_000;
      } else {
        const service = args.serviceId ? await tx.run(companyRows('booking_service', ctx).where('id', String(args.serviceId)).one()) : undefined;
        durationMin = service?.duration_min ?? (Number(args.endsAt) - Number(args.startsAt)) / 60_000;
        bufferMin = service?.buffer_min ?? 0;
      }
      const now = ctx.kind === 'public' ? deps.clock.now() : Number(args.at ?? args.createdAt ?? deps.clock.now());
      return {
        field: 'startsAt',
        messageKey: 'booking.slotTaken' as const,
        alternatives: await alternativesFor(tx, ctx, {
          master,
          place,
          durationMin,
          bufferMin,
          wanted: Number(args.startsAt),
          now,
          ...(bookingId && {ignoreBookingId: bookingId}),
        }),
      };
    });

  return [
    afterWrite(mutators.booking.create, async ({sql, args, ctx, outcome}) => {
      if (outcomeOf(outcome).created !== 'visit') return;
      await enqueueEvent(sql, deps.clock, ctx.companyID, {bookingId: args.id, event: 'created', by: by(ctx)});
    }),
    afterWrite(mutators.booking.move, async ({sql, args, ctx, outcome}) => {
      const moved = outcomeOf(outcome).moved;
      if (moved === undefined) return;
      await enqueueEvent(sql, deps.clock, ctx.companyID, {bookingId: args.id, event: 'moved', by: by(ctx), startsAt: moved});
    }),
    afterWrite(mutators.booking.cancel, async ({sql, args, ctx, outcome}) => {
      if (!outcomeOf(outcome).cancelled) return;
      await enqueueEvent(sql, deps.clock, ctx.companyID, {bookingId: args.id, event: 'cancelled', by: by(ctx)});
    }),
    afterWrite(mutators.booking.notifyClients, async ({sql, args, ctx}) => {
      await enqueue(sql, deps.clock, {queue: 'booking.mass', companyId: ctx.companyID, payload: {id: args.id}, dedupeKey: `booking:mass:${args.id}`});
    }),
    onConflict(mutators.booking.create, (args, ctx) => alternatives(args, ctx)),
    onConflict(mutators.booking.move, (args, ctx) => alternatives(args, ctx, args.id)),
  ];
}
