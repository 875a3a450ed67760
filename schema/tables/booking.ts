// Booking for masters: their public profile, places with weekly hours and
// dated exceptions, services, bookings, and messages to all their clients.
// Times are epoch ms (UTC); each place has its own zone.
import {boolean, json, number, relationships, string, table} from '@rocicorp/zero';
import {member} from './core.ts';
import {catalogItem} from './catalog.ts';
import {client} from './crm.ts';
import {notification} from './notify.ts';
import {review, type HoursJson, type TranslationsJson} from './site.ts';

export type IntervalsJson = readonly {readonly from: string; readonly to: string}[];

export const bookingMaster = table('booking_master')
  .columns({
    id: string(),
    company_id: string(),
    member_id: string().optional(),
    slug: string(),
    display_name: string(),
    about: string(),
    tr: json<TranslationsJson>(),
    active: boolean(),
    slot_step_min: number(),
    min_notice_min: number(),
    horizon_days: number(),
    cancel_before_min: number(),
    reminder_offsets: json<readonly number[]>(),
    review_after_min: number().optional(),
    created_at: number(),
    updated_at: number(),
  })
  .primaryKey('id');

export const bookingPlace = table('booking_place')
  .columns({
    id: string(),
    company_id: string(),
    master_id: string(),
    name: string(),
    address: string(),
    timezone: string(),
    hours: json<HoursJson>(),
    position: number(),
    archived_at: number().optional(),
    created_at: number(),
    updated_at: number(),
  })
  .primaryKey('id');

export const bookingException = table('booking_exception')
  .columns({
    id: string(),
    company_id: string(),
    master_id: string(),
    place_id: string(),
    day: string(),
    open: boolean(),
    intervals: json<IntervalsJson>(),
    note: string(),
    created_at: number(),
    updated_at: number(),
  })
  .primaryKey('id');

export const bookingService = table('booking_service')
  .columns({
    id: string(),
    company_id: string(),
    master_id: string(),
    title: string(),
    description: string(),
    tr: json<TranslationsJson>(),
    duration_min: number(),
    buffer_min: number(),
    price: number().optional(),
    /** The catalog item this service is (0305): its title, price and duration come from there. */
    catalog_item_id: string().optional(),
    place_ids: json<readonly string[]>(),
    position: number(),
    archived_at: number().optional(),
    created_at: number(),
    updated_at: number(),
  })
  .primaryKey('id');

export const booking = table('booking')
  .columns({
    id: string(),
    company_id: string(),
    master_id: string(),
    place_id: string(),
    service_id: string().optional(),
    kind: string<'visit' | 'block'>(),
    starts_at: number(),
    ends_at: number(),
    blocked_until: number(),
    status: string<'confirmed' | 'cancelled' | 'no_show'>(),
    service_title: string(),
    price: number().optional(),
    client_name: string(),
    client_phone: string(),
    client_email: string(),
    // The CRM client this booking is from (matched by shared/crm/link.ts; moved by merges).
    client_id: string().optional(),
    client_locale: string<'ru' | 'kk' | 'en'>(),
    note: string(),
    source: string(),
    cancel_reason: string(),
    cancelled_by: string<'client' | 'master'>().optional(),
    created_by: string().optional(),
    created_at: number(),
    updated_at: number(),
  })
  .primaryKey('id');

export const massNotification = table('mass_notification')
  .columns({
    id: string(),
    company_id: string(),
    master_id: string(),
    body: string(),
    status: string<'pending' | 'sent'>(),
    recipients: number(),
    created_by: string().optional(),
    created_at: number(),
    sent_at: number().optional(),
  })
  .primaryKey('id');

export const bookingMasterRelationships = relationships(bookingMaster, ({one, many}) => ({
  member: one({sourceField: ['member_id'], destField: ['id'], destSchema: member}),
  places: many({sourceField: ['id'], destField: ['master_id'], destSchema: bookingPlace}),
  services: many({sourceField: ['id'], destField: ['master_id'], destSchema: bookingService}),
}));

export const bookingPlaceRelationships = relationships(bookingPlace, ({many, one}) => ({
  exceptions: many({sourceField: ['id'], destField: ['place_id'], destSchema: bookingException}),
  master: one({sourceField: ['master_id'], destField: ['id'], destSchema: bookingMaster}),
}));

// Every master-owned row names its master, so a query can keep a master to their own rows.
export const bookingServiceRelationships = relationships(bookingService, ({one}) => ({
  master: one({sourceField: ['master_id'], destField: ['id'], destSchema: bookingMaster}),
  catalogItem: one({sourceField: ['catalog_item_id'], destField: ['id'], destSchema: catalogItem}),
}));

export const bookingExceptionRelationships = relationships(bookingException, ({one}) => ({
  master: one({sourceField: ['master_id'], destField: ['id'], destSchema: bookingMaster}),
}));

export const massNotificationRelationships = relationships(massNotification, ({one}) => ({
  master: one({sourceField: ['master_id'], destField: ['id'], destSchema: bookingMaster}),
}));

export const bookingRelationships = relationships(booking, ({one}) => ({
  place: one({sourceField: ['place_id'], destField: ['id'], destSchema: bookingPlace}),
  service: one({sourceField: ['service_id'], destField: ['id'], destSchema: bookingService}),
  master: one({sourceField: ['master_id'], destField: ['id'], destSchema: bookingMaster}),
  client: one({sourceField: ['client_id'], destField: ['id'], destSchema: client}),
}));

/** A review left after a visit names its master (0300). */
export const reviewMasterRelationships = relationships(review, ({one}) => ({
  master: one({sourceField: ['master_id'], destField: ['id'], destSchema: bookingMaster}),
}));

/**
 * What a message was about, when it was a booking or a message to a master's
 * clients: a master's send log is read through these (a master without a
 * login has no member to file the log under).
 */
export const notificationSubjectRelationships = relationships(notification, ({one}) => ({
  booking: one({sourceField: ['subject_id'], destField: ['id'], destSchema: booking}),
  mass: one({sourceField: ['subject_id'], destField: ['id'], destSchema: massNotification}),
}));
