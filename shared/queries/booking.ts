// Booking reads. Managers (booking.manage) see every master of the company; a
// master (booking.own) sees only their own profile, places, services, bookings
// and sends; anyone else nothing.
import {defineQuery} from '@rocicorp/zero';
import {z} from 'zod';
import {can} from '../auth/can.ts';
import type {AuthContext} from '../auth/context.ts';
import {companyRows} from './scope.ts';

const masterArgs = z.object({masterId: z.string().max(64)});

/** A master's own rows only, unless the reader manages booking for everyone. */
const mine = (ctx: AuthContext | undefined): boolean => !can(ctx, 'booking.manage');
const allowed = (ctx: AuthContext | undefined): boolean => can(ctx, 'booking.manage') || can(ctx, 'booking.own');

export const bookingQueries = {
  /** The masters this person may see, with their places (and exceptions) and services. */
  masters: defineQuery(({ctx}) => {
    let q = companyRows('booking_master', allowed(ctx) ? ctx : undefined)
      .related('member')
      .related('places', (p) => p.orderBy('position', 'asc').related('exceptions', (e) => e.orderBy('day', 'asc')))
      .related('services', (s) => s.orderBy('position', 'asc'))
      .orderBy('created_at', 'asc');
    if (ctx?.kind === 'member' && mine(ctx)) q = q.where('member_id', ctx.memberID);
    return q;
  }),

  /** Bookings of a master between two moments (epoch ms): the week view, the day list. */
  bookings: defineQuery(z.object({masterId: z.string().max(64), from: z.number(), to: z.number()}), ({args, ctx}) => {
    let q = companyRows('booking', allowed(ctx) ? ctx : undefined)
      .where('master_id', args.masterId)
      .where('starts_at', '<', args.to)
      .where('blocked_until', '>', args.from)
      .orderBy('starts_at', 'asc');
    if (ctx?.kind === 'member' && mine(ctx)) q = q.whereExists('master', (m) => m.where('member_id', ctx.memberID));
    return q;
  }),

  /** Messages to all clients of a master, newest first. */
  mass: defineQuery(masterArgs, ({args, ctx}) => {
    let q = companyRows('mass_notification', allowed(ctx) ? ctx : undefined).where('master_id', args.masterId).orderBy('created_at', 'desc');
    if (ctx?.kind === 'member' && mine(ctx)) q = q.whereExists('master', (m) => m.where('member_id', ctx.memberID));
    return q;
  }),

  /** Reviews of a master's visits (public once the master publishes them). */
  reviews: defineQuery(masterArgs, ({args, ctx}) => {
    let q = companyRows('review', allowed(ctx) ? ctx : undefined).where('master_id', args.masterId).orderBy('created_at', 'desc');
    if (ctx?.kind === 'member' && mine(ctx)) q = q.whereExists('master', (m) => m.where('member_id', ctx.memberID));
    return q;
  }),

  /** What was sent about a master's visits and to their clients (reminders, confirmations…), with how it went. */
  sendLog: defineQuery(masterArgs, ({args, ctx}) => {
    let q = companyRows('notification', allowed(ctx) ? ctx : undefined)
      .where(({or, exists}) => or(exists('booking', (b) => b.where('master_id', args.masterId)), exists('mass', (n) => n.where('master_id', args.masterId))))
      .orderBy('created_at', 'desc')
      .limit(200);
    // A master of their own rows only: what was filed under them (a master's sends name their member).
    if (ctx?.kind === 'member' && mine(ctx)) q = q.where('audience_member_id', ctx.memberID);
    return q;
  }),

  /**
   * Every master's bookings between two moments: the salon's day and week,
   * one column per master. A master (booking.own) gets only their own.
   */
  teamBookings: defineQuery(z.object({from: z.number(), to: z.number()}), ({args, ctx}) => {
    let q = companyRows('booking', allowed(ctx) ? ctx : undefined)
      .where('starts_at', '<', args.to)
      .where('blocked_until', '>', args.from)
      .orderBy('starts_at', 'asc');
    if (ctx?.kind === 'member' && mine(ctx)) q = q.whereExists('master', (m) => m.where('member_id', ctx.memberID));
    return q;
  }),
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
