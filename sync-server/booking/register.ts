// Booking's part in the shared machinery, in one place: its jobs and due
// scans (jobs/), what its writes set off (effects in the write's transaction),
// and the nearest free slots added to a conflict the database raised.
import type pg from 'pg';
import type {AuthContext} from '../../shared/auth/context.ts';
import {alternativesFor} from '../../shared/mutators/booking-access.ts';
import {companyRows} from '../../shared/queries/scope.ts';
import type {Clock} from '../clock.ts';
import {enqueue} from '../jobs/queue.ts';
import {registerJobs} from '../jobs/registry.ts';
import type {NotifyDeps} from '../notify/notifier.ts';
import type {ZeroDb} from '../zero/db.ts';
import {onConflict, onWrite} from '../zero/effects.ts';
import {bookingJobs, enqueueEvent} from './jobs.ts';

const by = (ctx: AuthContext) => (ctx.kind === 'public' ? 'client' : 'master');

export function registerBooking(deps: {pool: pg.Pool; zdb: ZeroDb; clock: Clock; notify: NotifyDeps; origin: () => string}): void {
  registerJobs(bookingJobs(deps));

  onWrite('booking.create', async (sql, args, ctx) => {
    const rows = await sql(`select kind, (extract(epoch from starts_at) * 1000)::bigint as starts_at from booking where id = $1 and company_id = $2`, [args.id, ctx.companyID]);
    if (rows[0]?.kind !== 'visit') return;
    await enqueueEvent(sql, deps.clock, ctx.companyID, {bookingId: String(args.id), event: 'created', by: by(ctx)});
  });
  onWrite('booking.move', async (sql, args, ctx) => {
    // Only a move that changed something in this transaction (not a replay) is news.
    const rows = await sql(
      `select (extract(epoch from starts_at) * 1000)::bigint as starts_at from booking where id = $1 and company_id = $2 and updated_at = now()::timestamptz(3)`,
      [args.id, ctx.companyID],
    );
    if (!rows[0]) return;
    await enqueueEvent(sql, deps.clock, ctx.companyID, {bookingId: String(args.id), event: 'moved', by: by(ctx), startsAt: Number(rows[0].starts_at)});
  });
  onWrite('booking.cancel', async (sql, args, ctx) => {
    const rows = await sql(`select 1 from booking where id = $1 and company_id = $2 and status = 'cancelled' and updated_at = now()::timestamptz(3)`, [args.id, ctx.companyID]);
    if (!rows[0]) return;
    await enqueueEvent(sql, deps.clock, ctx.companyID, {bookingId: String(args.id), event: 'cancelled', by: by(ctx)});
  });
  onWrite('booking.notifyClients', async (sql, args, ctx) => {
    await enqueue(sql, deps.clock, {queue: 'booking.mass', companyId: ctx.companyID, payload: {id: args.id}, dedupeKey: `booking:mass:${String(args.id)}`});
  });

  // Two clients took the same slot at the same moment: the database let one
  // in; the other gets the nearest free slots, read after the refusal.
  const alternatives = async (args: Record<string, unknown>, ctx: AuthContext, bookingId?: string) =>
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
        alternatives: await alternativesFor(tx, ctx, {master, place, durationMin, bufferMin, wanted: Number(args.startsAt), now, ...(bookingId && {ignoreBookingId: bookingId})}),
      };
    });
  onConflict('booking.create', (args, ctx) => alternatives(args, ctx));
  onConflict('booking.move', (args, ctx) => alternatives(args, ctx, String(args.id)));
}
