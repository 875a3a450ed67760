// Who sees which part of the dashboards. Opening them needs `analytics.read`;
// each section also needs the read of the records it counts, so a figure never
// tells more than the person could count by hand in the module itself — and a
// switched-off module withholds its permission, so its tile disappears with it.
// The server (SQL path) and the device (replica path) both take the grants
// from here: the same viewer gets the same dashboard either way.
import type {AuthContext} from '../auth/context.ts';
import {can} from '../auth/can.ts';
import type {Permission} from '../auth/permissions.ts';
import {companyRows, type CompanyTable} from '../queries/scope.ts';
import {SECTIONS, type Section} from './types.ts';

/** The permission each section needs besides analytics.read. */
export const SECTION_PERMISSION: Record<Section, Permission> = {
  requests: 'requests.read',
  funnel: 'site.manage',
  clients: 'clients.read',
  bookings: 'booking.manage',
  people: 'requests.read',
  workload: 'tasks.read',
  finance: 'finance.read',
};

export type AnalyticsGrants = {
  readonly sections: readonly Section[];
  /** The funnel's booked / came / came again columns: only for who sees bookings (else 0). */
  readonly funnelBookings: boolean;
  /** Conversations started from a source count in the funnel's "wrote": only for who reads the inbox. */
  readonly funnelChats: boolean;
};

export const NO_GRANTS: AnalyticsGrants = {sections: [], funnelBookings: false, funnelChats: false};

export function grantsOf(ctx: AuthContext | undefined): AnalyticsGrants {
  if (!can(ctx, 'analytics.read')) return NO_GRANTS;
  return {
    sections: SECTIONS.filter((s) => can(ctx, SECTION_PERMISSION[s])),
    funnelBookings: can(ctx, 'booking.manage'),
    funnelChats: can(ctx, 'inbox.read'),
  };
}

/** Rows a dashboard section reads on the device: the company's, only with analytics.read and the section's permission. */
export function analyticsRows<T extends CompanyTable>(table: T, ctx: AuthContext | undefined, permission: Permission) {
  return companyRows(table, can(ctx, 'analytics.read') ? ctx : undefined, permission);
}
