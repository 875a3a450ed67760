// What the booking writes look up before they write: the master (and whether
// this person may act for them), a place, a service, the taken time, and the
// nearest free slots when the wanted time is taken. The same reads run on the
// device (its replica) and on the server (authoritative).
import type {Row} from '@rocicorp/zero';
import type {AuthContext} from '../auth/context.ts';
import {mayActFor, maySeeMaster} from '../booking/access.ts';
import {nearestSlots} from '../booking/alternatives.ts';
import {computeSlots} from '../booking/compute.ts';
import {scheduleOf} from '../booking/working-ranges.ts';
import {DAY_MS} from '../booking/zone.ts';
import {domainError} from '../errors.ts';
import {companyRows} from '../queries/scope.ts';
import type {ServerOrClientTx} from './tx.ts';

export type MasterRow = Row['booking_master'];
export type PlaceRow = Row['booking_place'];
export type ServiceRow = Row['booking_service'];
export type BookingRow = Row['booking'];

export const notFound = () => domainError('not_found');
export const invalid = (
  field: string,
  code: 'v.invalid' | 'booking.v.places' | 'booking.v.slugTaken' | 'booking.v.alreadyMaster' | 'booking.v.notOffered' | 'booking.v.placeArchived' = 'v.invalid',
) => domainError('validation', {fields: [{field, code}]});

/**
 * The master, checked (shared/booking/access.ts): a member must be allowed to
 * act for them; a public visitor only reaches active masters. Undefined on a
 * device that has not synced the row yet (the server, which has it, decides).
 */
export async function masterFor(tx: ServerOrClientTx, ctx: AuthContext | undefined, masterId: string): Promise<MasterRow | undefined> {
  if (!ctx) throw notFound();
  const row = await tx.run(companyRows('booking_master', ctx).where('id', masterId).one());
  if (!row) {
    if (tx.location === 'server' || ctx.kind === 'public') throw notFound();
    return undefined;
  }
  if (!maySeeMaster(ctx, row)) throw notFound();
  return row;
}

export async function placeOf(tx: ServerOrClientTx, ctx: AuthContext, id: string, masterId?: string): Promise<PlaceRow | undefined> {
  const row = await tx.run(companyRows('booking_place', ctx).where('id', id).one());
  if (row && masterId && row.master_id !== masterId) throw notFound();
  if (!row && (tx.location === 'server' || ctx.kind === 'public')) throw notFound();
  return row;
}

export async function serviceOf(tx: ServerOrClientTx, ctx: AuthContext, id: string, masterId: string): Promise<ServiceRow | undefined> {
  const row = await tx.run(companyRows('booking_service', ctx).where('id', id).one());
  if (row && row.master_id !== masterId) throw notFound();
  if (!row && (tx.location === 'server' || ctx.kind === 'public')) throw notFound();
  return row;
}

/** Live bookings of the master that share a moment with [start, end). */
export async function overlapping(tx: ServerOrClientTx, ctx: AuthContext, masterId: string, start: number, end: number, ignoreId?: string) {
  const rows = await tx.run(
    companyRows('booking', ctx).where('master_id', masterId).where('status', 'confirmed').where('starts_at', '<', end).where('blocked_until', '>', start),
  );
  return rows.filter((b) => b.id !== ignoreId);
}

/** The free slots of a place for a visit of this length, nearest to the wanted start. */
export async function alternativesFor(
  tx: SlotReader,
  ctx: AuthContext,
  o: {master: MasterRow; place: PlaceRow; durationMin: number; bufferMin: number; wanted: number; now: number; ignoreBookingId?: string},
): Promise<{start: number; end: number}[]> {
  const window = {start: Math.max(o.now, o.wanted - 3 * DAY_MS), end: o.wanted + 7 * DAY_MS};
  // Staff booking for a client may take a slot sooner than the public notice allows.
  const master = ctx.kind === 'public' ? o.master : {...o.master, min_notice_min: 0};
  const slots = await offeredSlots(tx, ctx, {
    master,
    place: o.place,
    durationMin: o.durationMin,
    bufferMin: o.bufferMin,
    now: o.now,
    ignoreBookingId: o.ignoreBookingId,
    window,
  });
  return nearestSlots(slots, o.wanted);
}

/** Where offeredSlots reads: a write's transaction, or the server's ZQL database for the public pages. */
export type SlotReader = Pick<ServerOrClientTx, 'run'>;

/**
 * The slots a client may pick right now (the public rules: notice, horizon):
 * what the public pages offer and what a booking write accepts, one rule.
 */
export async function offeredSlots(
  tx: SlotReader,
  ctx: AuthContext,
  o: {
    master: MasterRow;
    place: PlaceRow;
    durationMin: number;
    bufferMin: number;
    now: number;
    ignoreBookingId?: string | undefined;
    window?: {start: number; end: number} | undefined;
  },
) {
  // Only the bookings that can touch a slot: still blocking after now (or the
  // window's start), and starting before the last slot's visit and buffer end.
  let bookingsQ = companyRows('booking', ctx)
    .where('master_id', o.master.id)
    .where('status', 'confirmed')
    .where('blocked_until', '>', Math.max(o.now, o.window?.start ?? 0));
  if (o.window) bookingsQ = bookingsQ.where('starts_at', '<', o.window.end + (o.durationMin + o.bufferMin) * 60_000);
  const [exceptions, bookings] = await Promise.all([tx.run(companyRows('booking_exception', ctx).where('place_id', o.place.id)), tx.run(bookingsQ)]);
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

/** The one refusal for a taken time: a conflict that carries the nearest free slots. */
export async function takenTime(tx: ServerOrClientTx, ctx: AuthContext, o: Parameters<typeof alternativesFor>[2]) {
  return domainError('conflict', {field: 'startsAt', messageKey: 'booking.slotTaken', alternatives: await alternativesFor(tx, ctx, o)});
}

/** A master may publish the reviews of their own visits; managers any (review.moderate). */
export async function mayModerateBookingReview(tx: ServerOrClientTx, ctx: AuthContext | undefined, masterId: string | null | undefined): Promise<boolean> {
  if (!masterId || !ctx) return false;
  const master = await tx.run(companyRows('booking_master', ctx).where('id', masterId).one());
  return !!master && mayActFor(ctx, master);
}
