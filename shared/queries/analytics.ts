// What the dashboards read on the device (issue 17): the recent window of the
// records each section counts, kept subscribed so the dashboard opens offline
// and computes there (shared/analytics/compute/). Older ranges are asked of the
// server. Every query is gated by analytics.read and its section's permission
// (shared/analytics/access.ts); `since` is the window's first moment (ms) and
// `sinceDay` its day in the company's zone, rounded to the day so the query
// stays the same all day.
import {defineQuery} from '@rocicorp/zero';
import {v} from '../validation/args.ts';
import {analyticsRows} from '../analytics/access.ts';

const since = v.object({since: v.number().int().min(0)});
const sinceDay = v.object({sinceDay: v.string().regex(/^\d{4}-\d{2}-\d{2}$/)});

export const analyticsQueries = {
  /** Requests created in the window, their statuses' history, and the request types (status kinds come from the workflow). */
  requests: defineQuery(since, ({args, ctx}) => analyticsRows('request', ctx, 'requests.read').where('created_at', '>=', args.since)),
  stages: defineQuery(since, ({args, ctx}) => analyticsRows('request_stage', ctx, 'requests.read').where('entered_at', '>=', args.since)),
  types: defineQuery(({ctx}) => analyticsRows('request_type', ctx, 'requests.read')),
  /** Reviews of masters (an executor's rating from clients). */
  reviews: defineQuery(since, ({args, ctx}) =>
    analyticsRows('review', ctx, 'requests.read').where('created_at', '>=', args.since).where('master_id', 'IS NOT', null),
  ),

  /** Page counters (views, unique visitors, clicks, requests) of the window's days. */
  siteStats: defineQuery(sinceDay, ({args, ctx}) => analyticsRows('site_stat', ctx, 'site.manage').where('day', '>=', args.sinceDay)),
  /** Conversations started in the window (the funnel's "wrote" from a messenger). */
  conversations: defineQuery(since, ({args, ctx}) => analyticsRows('conversation', ctx, 'inbox.read').where('created_at', '>=', args.since)),

  /** Bookings made or starting in the window, and the masters with their places and exceptions (occupancy). */
  bookings: defineQuery(since, ({args, ctx}) =>
    analyticsRows('booking', ctx, 'booking.manage').where(({or, cmp}) => or(cmp('starts_at', '>=', args.since), cmp('created_at', '>=', args.since))),
  ),
  masters: defineQuery(({ctx}) =>
    analyticsRows('booking_master', ctx, 'booking.manage')
      .related('places', (q) => q.related('exceptions'))
      .related('services'),
  ),

  /** Clients created in the window: a client active in it but not here is a repeat one. */
  clients: defineQuery(since, ({args, ctx}) => analyticsRows('client', ctx, 'clients.read').where('created_at', '>=', args.since)),

  /** Tasks open now or closed in the window (workload). */
  tasks: defineQuery(since, ({args, ctx}) =>
    analyticsRows('task', ctx, 'tasks.read').where(({or, cmp}) => or(cmp('closed_at', 'IS', null), cmp('closed_at', '>=', args.since))),
  ),

  /** Invoices created in the window and the budget lines with all their invoices (plan vs actual). */
  invoices: defineQuery(since, ({args, ctx}) => analyticsRows('invoice', ctx, 'finance.read').where('created_at', '>=', args.since)),
  budget: defineQuery(({ctx}) => analyticsRows('budget_line', ctx, 'finance.read').related('invoices')),
};
