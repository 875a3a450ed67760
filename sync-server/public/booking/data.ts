// The public reads of booking: a master with the places and services a client
// may book, and the free slots of a service at a place by the server clock.
// Through companyRows() with the visitor's public context, like every read.
import type {Row} from '@rocicorp/zero';
import type {PublicContext} from '../../../shared/auth/context.ts';
import {computeSlots} from '../../../shared/booking/compute.ts';
import type {Slot} from '../../../shared/booking/slots.ts';
import {scheduleOf} from '../../../shared/booking/working-ranges.ts';
import {companyRows} from '../../../shared/queries/scope.ts';
import type {ZeroDb} from '../../zero/db.ts';

export type PublicMaster = Row['booking_master'] & {places: readonly Row['booking_place'][]; services: readonly Row['booking_service'][]};

export async function activeMasters(zdb: ZeroDb, ctx: PublicContext): Promise<Row['booking_master'][]> {
  return zdb.run(companyRows('booking_master', ctx).where('active', true).orderBy('created_at', 'asc'));
}

export async function masterBySlug(zdb: ZeroDb, ctx: PublicContext, slug: string): Promise<PublicMaster | undefined> {
  const m = await zdb.run(
    companyRows('booking_master', ctx)
      .where('slug', slug.toLowerCase())
      .where('active', true)
      .related('places', (p) => p.where('archived_at', 'IS', null).orderBy('position', 'asc'))
      .related('services', (s) => s.where('archived_at', 'IS', null).orderBy('position', 'asc'))
      .one(),
  );
  if (!m) return undefined;
  const placeIds = new Set(m.places.map((p) => p.id));
  // A service nobody can book (no live place) is not shown.
  return {...m, services: m.services.filter((s) => s.place_ids.some((id) => placeIds.has(id)))};
}

export function placesOf(master: PublicMaster, service: Row['booking_service']): Row['booking_place'][] {
  return master.places.filter((p) => service.place_ids.includes(p.id));
}

export async function freeSlots(
  zdb: ZeroDb,
  ctx: PublicContext,
  o: {master: PublicMaster; place: Row['booking_place']; durationMin: number; bufferMin: number; now: number; ignoreBookingId?: string; window?: {start: number; end: number}},
): Promise<Slot[]> {
  // Only the bookings that can matter: from now (or the window) to its end.
  let bookingsQ = companyRows('booking', ctx).where('master_id', o.master.id).where('status', 'confirmed').where('blocked_until', '>', Math.max(o.now, o.window?.start ?? 0));
  if (o.window) bookingsQ = bookingsQ.where('starts_at', '<', o.window.end);
  const [exceptions, bookings] = await Promise.all([zdb.run(companyRows('booking_exception', ctx).where('place_id', o.place.id)), zdb.run(bookingsQ)]);
  return computeSlots({
    schedule: scheduleOf(o.place, exceptions),
    bookings,
    service: {duration_min: o.durationMin, buffer_min: o.bufferMin},
    master: o.master,
    now: o.now,
    ignoreBookingId: o.ignoreBookingId,
    window: o.window,
  });
}

export async function bookingById(zdb: ZeroDb, ctx: PublicContext, id: string) {
  return zdb.run(companyRows('booking', ctx).where('id', id).related('place').one());
}

export async function reviewOfBooking(zdb: ZeroDb, ctx: PublicContext, bookingId: string) {
  return zdb.run(companyRows('review', ctx).where('booking_id', bookingId).one());
}
