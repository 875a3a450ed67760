// Who sees and acts for which master, and so whose bookings, places,
// exceptions, services, messages to clients, reviews and sends — written once,
// used by the named queries (shared/queries/booking.ts), the mutators
// (shared/mutators/booking*.ts) and REST (sync-server/routes/booking.ts):
// - `booking.manage`: every master of the company (a master without a login
//   of their own has only the managers);
// - `booking.own`: the one master linked to their own member, nobody else's;
// - anyone else in the app, and the server's jobs: nothing through these reads;
// - a visitor of the public pages: the active masters, and a booking only
//   through its signed link (the public pages read it by id).
import type {Query} from '@rocicorp/zero';
import type {Schema} from '#schema/zero-schema.ts';
import type {AuthContext} from '../auth/context.ts';
import {companyRows} from '../queries/scope.ts';

/** How far this person's booking reaches: every master, one member's own, or none. */
export type BookingReach = {readonly kind: 'all'} | {readonly kind: 'own'; readonly memberId: string} | {readonly kind: 'none'};

export function bookingReach(ctx: AuthContext | undefined): BookingReach {
  if (ctx?.kind !== 'member') return {kind: 'none'};
  if (ctx.permissions.includes('booking.manage')) return {kind: 'all'};
  if (ctx.permissions.includes('booking.own')) return {kind: 'own', memberId: ctx.memberID};
  return {kind: 'none'};
}

/** Sees booking at all (a manager or a master): the app's booking section. */
export function seesBooking(ctx: AuthContext | undefined): boolean {
  return bookingReach(ctx).kind !== 'none';
}

/** Sees (and runs) every master's diary: adds masters, links their logins. */
export function managesBooking(ctx: AuthContext | undefined): boolean {
  return bookingReach(ctx).kind === 'all';
}

/**
 * May this member act for this master — see their diary, change their rules,
 * places and services, book for them, publish their visits' reviews?
 */
export function mayActFor(ctx: AuthContext | undefined, master: {member_id: string | null}): boolean {
  const reach = bookingReach(ctx);
  return reach.kind === 'all' || (reach.kind === 'own' && master.member_id === reach.memberId);
}

/** May this person see this master: a member acting for them; a public visitor an active one. */
export function maySeeMaster(ctx: AuthContext | undefined, master: {member_id: string | null; active: boolean}): boolean {
  return ctx?.kind === 'public' ? master.active : mayActFor(ctx, master);
}

/**
 * May this profile be saved as belonging to `memberId` (null: a master without
 * a login)? A manager links anyone; a master writes only their own profile and
 * may not hand it to someone else (`current`: whose it is now, if it exists).
 */
export function maySaveMasterAs(ctx: AuthContext | undefined, memberId: string | null, current?: {member_id: string | null}): boolean {
  if (!mayActFor(ctx, {member_id: memberId})) return false;
  return !current || current.member_id === memberId || managesBooking(ctx);
}

// The reads. A member without the reach gets companyRows() without a context: nothing, on the device and in SQL.
const scoped = <T extends 'booking_master' | 'booking' | 'mass_notification' | 'review' | 'notification'>(
  table: T,
  reach: BookingReach,
  ctx: AuthContext | undefined,
) => companyRows(table, reach.kind === 'none' ? undefined : ctx);

/** The masters this person may see (and act for). */
export function visibleMasters(ctx: AuthContext | undefined): Query<'booking_master', Schema> {
  const reach = bookingReach(ctx);
  const q = scoped('booking_master', reach, ctx);
  return reach.kind === 'own' ? q.where('member_id', reach.memberId) : q;
}

/** The bookings (visits and blocked time) of the masters this person may see. */
export function visibleBookings(ctx: AuthContext | undefined): Query<'booking', Schema> {
  const reach = bookingReach(ctx);
  const q = scoped('booking', reach, ctx);
  return reach.kind === 'own' ? q.whereExists('master', (m) => m.where('member_id', reach.memberId)) : q;
}

/** Messages to all clients of the masters this person may see. */
export function visibleMassNotifications(ctx: AuthContext | undefined): Query<'mass_notification', Schema> {
  const reach = bookingReach(ctx);
  const q = scoped('mass_notification', reach, ctx);
  return reach.kind === 'own' ? q.whereExists('master', (m) => m.where('member_id', reach.memberId)) : q;
}

/** Reviews of the visits of the masters this person may see (booking's view; the site's moderators have their own). */
export function visibleBookingReviews(ctx: AuthContext | undefined): Query<'review', Schema> {
  const reach = bookingReach(ctx);
  const q = scoped('review', reach, ctx);
  return reach.kind === 'own' ? q.whereExists('master', (m) => m.where('member_id', reach.memberId)) : q;
}

/**
 * What was sent about bookings and to clients (reminders, confirmations, mass
 * messages): managers all of it; a master what was filed under them (a
 * master's sends name their member as the audience).
 */
export function visibleSends(ctx: AuthContext | undefined): Query<'notification', Schema> {
  const reach = bookingReach(ctx);
  const q = scoped('notification', reach, ctx);
  return reach.kind === 'own' ? q.where('audience_member_id', reach.memberId) : q;
}
