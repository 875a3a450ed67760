// The public reads of booking: a master with the places and services a client
// may book, and a booking with its review. Free slots come from offeredSlots()
// (shared/mutators/booking-access.ts), the rule the booking write checks too.
// Through companyRows() with the visitor's public context, like every read.
import type {Row} from '@rocicorp/zero';
import type {PublicContext} from '#shared/auth/context.ts';
import {companyRows} from '#shared/queries/scope.ts';
import type {ZeroDb} from '../../zero/db.ts';

export type PublicMaster = Row['booking_master'] & {places: readonly Row['booking_place'][]; services: readonly Row['booking_service'][]};

export async function activeMasters(zdb: ZeroDb, ctx: PublicContext): Promise<Row['booking_master'][]> {
  return zdb.run(companyRows('booking_master', ctx).where('active', true).orderBy('created_at', 'asc'));
}

/** Does any master take bookings? (The site's "Записаться" depends on it.) */
export async function hasActiveMaster(zdb: ZeroDb, ctx: PublicContext): Promise<boolean> {
  return (await zdb.run(companyRows('booking_master', ctx).where('active', true).limit(1))).length > 0;
}

/** Every active master with the services a client can book (a live place offers them): the site's "Записаться". */
export async function mastersWithServices(zdb: ZeroDb, ctx: PublicContext): Promise<PublicMaster[]> {
  const rows = await zdb.run(
    companyRows('booking_master', ctx)
      .where('active', true)
      .related('places', (p) => p.where('archived_at', 'IS', null).orderBy('position', 'asc'))
      .related('services', (s) => s.where('archived_at', 'IS', null).orderBy('position', 'asc'))
      .orderBy('created_at', 'asc'),
  );
  return rows.map(liveServices);
}

function liveServices<M extends PublicMaster>(m: M): M {
  const placeIds = new Set(m.places.map((p) => p.id));
  return {...m, services: m.services.filter((s) => s.place_ids.some((id) => placeIds.has(id)))};
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
  // A service nobody can book (no live place) is not shown.
  return liveServices(m);
}

/** An active master by id, with the places and services a client can book (the messenger bots). */
export async function masterById(zdb: ZeroDb, ctx: PublicContext, id: string): Promise<PublicMaster | undefined> {
  const m = await zdb.run(
    companyRows('booking_master', ctx)
      .where('id', id)
      .where('active', true)
      .related('places', (p) => p.where('archived_at', 'IS', null).orderBy('position', 'asc'))
      .related('services', (s) => s.where('archived_at', 'IS', null).orderBy('position', 'asc'))
      .one(),
  );
  return m ? liveServices(m) : undefined;
}

export function placesOf(master: PublicMaster, service: Row['booking_service']): Row['booking_place'][] {
  return master.places.filter((p) => service.place_ids.includes(p.id));
}

export async function bookingById(zdb: ZeroDb, ctx: PublicContext, id: string) {
  return zdb.run(companyRows('booking', ctx).where('id', id).related('place').one());
}

export async function reviewOfBooking(zdb: ZeroDb, ctx: PublicContext, bookingId: string) {
  return zdb.run(companyRows('review', ctx).where('booking_id', bookingId).one());
}
