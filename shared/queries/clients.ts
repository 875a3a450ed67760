// CRM reads. Client records need `clients.read`; their phones, emails and
// messenger ids live in client_contact and need `clients.contacts` — the
// server builds each query from its own context, so a role without it never
// receives a contact row (and a device cannot ask for one). The device keeps
// the whole base (offline search, filters, stats) and works it out locally.
import {defineQuery} from '@rocicorp/zero';
import {v} from '../validation/args.ts';
import {can} from '../auth/can.ts';
import {visibleRequests} from '../requests/access.ts';
import {companyRows} from './scope.ts';
import {visibleBookings} from '../booking/access.ts';

const id = v.string().max(64);

export const clientQueries = {
  /** Every client record, merged ones included (the card shows "merged into …" and the undo). */
  list: defineQuery(({ctx}) => companyRows('client', ctx, 'clients.read').orderBy('created_at', 'desc')),

  one: defineQuery(v.object({id}), ({args, ctx}) => companyRows('client', ctx, 'clients.read').where('id', args.id).one()),

  /** Personal data: only with `clients.contacts`. */
  // Oldest first (the client's own number before one a merge brought), the id breaking a tie: a stable order everywhere.
  contacts: defineQuery(({ctx}) => companyRows('client_contact', ctx, 'clients.contacts').orderBy('created_at', 'asc').orderBy('id', 'asc')),

  /** Requests linked to a client, as far as this person may see requests (stats, timeline). */
  requests: defineQuery(({ctx}) =>
    can(ctx, 'clients.read') ? visibleRequests(ctx).where('client_id', 'IS NOT', null) : companyRows('request', ctx, 'clients.read'),
  ),

  /**
   * Bookings linked to a client, as far as this person may see bookings
   * (stats, timeline): every master's with `booking.manage`, their own with
   * `booking.own`, none otherwise — the booking module's own rule, so the
   * CRM opens no second door to a master's diary.
   */
  bookings: defineQuery(({ctx}) =>
    visibleBookings(can(ctx, 'clients.read') ? ctx : undefined)
      .where('client_id', 'IS NOT', null)
      .related('master')
      .orderBy('starts_at', 'desc'),
  ),

  notes: defineQuery(v.object({clientId: id}), ({args, ctx}) =>
    companyRows('client_note', ctx, 'clients.read').where('client_id', args.clientId).related('author').orderBy('created_at', 'desc'),
  ),

  merges: defineQuery(({ctx}) => companyRows('client_merge', ctx, 'clients.read').related('actor').orderBy('created_at', 'desc')),

  dismissals: defineQuery(({ctx}) => companyRows('client_dismissal', ctx, 'clients.read')),

  /** Status changes of the given requests (the client's timeline). */
  requestHistory: defineQuery(v.object({ids: v.array(id).max(500)}), ({args, ctx}) =>
    companyRows('audit_log', ctx, can(ctx, 'clients.read') ? 'requests.read' : 'clients.read')
      .where('entity', 'request')
      .where('action', 'update')
      .where('entity_id', 'IN', args.ids)
      .related('actor')
      .orderBy('created_at', 'asc'),
  ),

  /** Who exported the client base, when, and how much (P5). */
  exports: defineQuery(({ctx}) => companyRows('client_export', ctx, 'clients.export').orderBy('created_at', 'desc')),
};
