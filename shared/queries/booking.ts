// Booking reads, as far as this person's booking reaches (shared/booking/access.ts):
// managers (booking.manage) every master of the company; a master
// (booking.own) only their own profile, places, services, bookings and sends;
// anyone else nothing.
import {defineQuery} from '@rocicorp/zero';
import {v} from '../validation/args.ts';
import {visibleBookingReviews, visibleBookings, visibleMasters, visibleMassNotifications, visibleSends} from '../booking/access.ts';
import {companyRows} from './scope.ts';

const masterArgs = v.object({masterId: v.string().max(64)});

export const bookingQueries = {
  /** The masters this person may see, with their places (and exceptions) and services. */
  masters: defineQuery(({ctx}) =>
    visibleMasters(ctx)
      .related('member')
      .related('places', (p) => p.orderBy('position', 'asc').related('exceptions', (e) => e.orderBy('day', 'asc')))
      .related('services', (s) => s.orderBy('position', 'asc'))
      .orderBy('created_at', 'asc'),
  ),

  /** Bookings of a master between two moments (epoch ms): the week view, the day list. */
  bookings: defineQuery(v.object({masterId: v.string().max(64), from: v.number(), to: v.number()}), ({args, ctx}) =>
    visibleBookings(ctx).where('master_id', args.masterId).where('starts_at', '<', args.to).where('blocked_until', '>', args.from).orderBy('starts_at', 'asc'),
  ),

  /** Messages to all clients of a master, newest first. */
  mass: defineQuery(masterArgs, ({args, ctx}) => visibleMassNotifications(ctx).where('master_id', args.masterId).orderBy('created_at', 'desc')),

  /** Reviews of a master's visits (public once the master publishes them). */
  reviews: defineQuery(masterArgs, ({args, ctx}) => visibleBookingReviews(ctx).where('master_id', args.masterId).orderBy('created_at', 'desc')),

  /** What was sent about a master's visits and to their clients (reminders, confirmations…), with how it went. */
  sendLog: defineQuery(masterArgs, ({args, ctx}) =>
    visibleSends(ctx)
      .where(({or, exists}) =>
        or(
          exists('booking', (b) => b.where('master_id', args.masterId)),
          exists('mass', (n) => n.where('master_id', args.masterId)),
        ),
      )
      .orderBy('created_at', 'desc')
      .limit(200),
  ),

  /**
   * Every master's bookings between two moments: the salon's day and week,
   * one column per master. A master (booking.own) gets only their own.
   */
  teamBookings: defineQuery(v.object({from: v.number(), to: v.number()}), ({args, ctx}) =>
    visibleBookings(ctx).where('starts_at', '<', args.to).where('blocked_until', '>', args.from).orderBy('starts_at', 'asc'),
  ),
};

export const notificationQueries = {
  /** My in-app notifications, newest first. */
  mine: defineQuery(({ctx}) =>
    companyRows('notification', ctx?.kind === 'member' ? ctx : undefined)
      .where('member_id', ctx?.kind === 'member' ? ctx.memberID : '')
      .where('channel', 'inapp')
      .orderBy('created_at', 'desc')
      .limit(50),
  ),
};
