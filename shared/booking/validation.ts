// Arguments of the booking writes, shared by the app's forms, the mutators,
// REST and the public booking pages. Messages are i18n keys.
import {z} from 'zod';
import {weeklyHoursField} from '../company/validation.ts';
import {dayProblem, isTime} from '../company/hours.ts';
import {LOCALES} from '../i18n/locales.ts';
import {MAX_PRICE_TIYN} from '../catalog/price.ts';
import {epochMs, idField, optionalEmailField, optionalPhoneField, optionalText, phoneField, requiredText} from '../validation/schemas.ts';
import {isDayKey, isTimeZone} from './zone.ts';

const opId = z.string().max(64).optional();

export const MASTER_SLUG = /^[a-z0-9][a-z0-9-]{0,39}$/;
export const BOOKING_STATUSES = ['confirmed', 'cancelled', 'no_show'] as const;
export type BookingStatus = (typeof BOOKING_STATUSES)[number];

const minutes = (min: number, max: number) => z.number().int('v.invalid').min(min, 'booking.v.range').max(max, 'booking.v.range');

export const masterSlugField = z
  .string()
  .trim()
  .toLowerCase()
  .refine((v) => MASTER_SLUG.test(v), 'booking.v.slug');

export const timeZoneField = z.string().trim().min(1, 'v.required').max(64).refine(isTimeZone, 'booking.v.timezone');

const interval = z.object({from: z.string().refine(isTime, 'v.time'), to: z.string().refine(isTime, 'v.time')});

export const saveMasterArgs = z.object({
  id: idField,
  /**
   * Whose profile: a master (booking.own) may only write their own; a manager
   * (booking.manage) any, and may leave it null — a master without a login —
   * or link a login later.
   */
  memberId: idField.nullable(),
  masterSlug: masterSlugField,
  displayName: requiredText(120),
  about: optionalText(2000).default(''),
  tr: z.partialRecord(z.enum(LOCALES), z.object({displayName: optionalText(120).optional(), about: optionalText(2000).optional()})).optional(),
  active: z.boolean().default(true),
  slotStepMin: z
    .union([z.literal(5), z.literal(10), z.literal(15), z.literal(20), z.literal(30), z.literal(45), z.literal(60)], {message: 'booking.v.range'})
    .default(30),
  minNoticeMin: minutes(0, 10080).default(60),
  horizonDays: minutes(1, 180).default(30),
  cancelBeforeMin: minutes(0, 10080).default(180),
  reminderOffsets: z.array(minutes(5, 10080)).max(4, 'v.tooLong').default([1440, 120]),
  reviewAfterMin: minutes(0, 10080).nullable().default(120),
  createdAt: epochMs,
  opId,
});
export type SaveMasterArgs = z.input<typeof saveMasterArgs>;

export const savePlaceArgs = z.object({
  id: idField,
  masterId: idField,
  name: requiredText(120),
  address: optionalText(300).default(''),
  timezone: timeZoneField,
  hours: weeklyHoursField,
  position: z.number().finite().default(0),
  createdAt: epochMs,
  opId,
});
export type SavePlaceArgs = z.input<typeof savePlaceArgs>;

export const archiveArgs = z.object({id: idField, archived: z.boolean(), at: epochMs, opId});
export type ArchiveArgs = z.input<typeof archiveArgs>;

export const setExceptionArgs = z
  .object({
    placeId: idField,
    day: z.string().refine(isDayKey, 'booking.v.day'),
    open: z.boolean(),
    intervals: z.array(interval).max(6).default([]),
    note: optionalText(200).default(''),
    createdAt: epochMs,
    opId,
  })
  .refine((e) => !e.open || dayProblem({open: true, intervals: e.intervals}) === null, {message: 'v.hours', path: ['intervals']});
export type SetExceptionArgs = z.input<typeof setExceptionArgs>;

export const clearExceptionArgs = z.object({placeId: idField, day: z.string().refine(isDayKey, 'booking.v.day'), opId});

export const saveServiceArgs = z.object({
  id: idField,
  masterId: idField,
  title: requiredText(200),
  description: optionalText(2000).default(''),
  durationMin: minutes(5, 1440),
  bufferMin: minutes(0, 240).default(0),
  price: z.number().int('v.price').min(0, 'v.price').max(MAX_PRICE_TIYN, 'v.price').nullable().default(null),
  placeIds: z.array(idField).min(1, 'booking.v.places').max(20),
  position: z.number().finite().default(0),
  /** The catalog's service this is: its title, description, price and duration are read from there. */
  catalogItemId: idField.nullable().default(null),
  createdAt: epochMs,
  opId,
});
export type SaveServiceArgs = z.input<typeof saveServiceArgs>;

const client = {
  clientName: requiredText(120),
  clientPhone: phoneField,
  clientEmail: optionalEmailField.default(''),
};

/** A visit (or, for the master, time blocked for themselves). */
export const createBookingBase = z.object({
  id: idField,
  masterId: idField,
  placeId: idField,
  kind: z.enum(['visit', 'block']).default('visit'),
  serviceId: idField.nullable().default(null),
  startsAt: epochMs,
  /** Only for a block: its end. A visit lasts as long as its service. */
  endsAt: epochMs.optional(),
  clientName: optionalText(120).default(''),
  clientPhone: optionalPhoneField.default(''),
  clientEmail: optionalEmailField.default(''),
  clientLocale: z.enum(LOCALES).default('ru'),
  note: optionalText(1000).default(''),
  source: z.string().max(48).default('manual'),
  createdAt: epochMs,
  opId,
});
export const createBookingArgs = createBookingBase.superRefine((b, ctx) => {
  if (b.kind === 'visit') {
    if (!b.serviceId) ctx.addIssue({code: 'custom', path: ['serviceId'], message: 'v.required'});
    if (!b.clientName) ctx.addIssue({code: 'custom', path: ['clientName'], message: 'v.required'});
    if (!b.clientPhone) ctx.addIssue({code: 'custom', path: ['clientPhone'], message: 'v.required'});
  } else if (!b.endsAt || b.endsAt <= b.startsAt) {
    ctx.addIssue({code: 'custom', path: ['endsAt'], message: 'booking.v.end'});
  }
});
export type CreateBookingArgs = z.input<typeof createBookingArgs>;

/** What a client types on the public page (the server adds the rest). */
export const publicBookingForm = z.object(client);

export const moveBookingArgs = z.object({
  id: idField,
  startsAt: epochMs,
  placeId: idField.optional(),
  /** The client moves it (from their manage link): within the master's rules. */
  byClient: z.boolean().default(false),
  at: epochMs,
  opId,
});
export type MoveBookingArgs = z.input<typeof moveBookingArgs>;

export const cancelBookingArgs = z.object({
  id: idField,
  reason: optionalText(500).default(''),
  byClient: z.boolean().default(false),
  at: epochMs,
  opId,
});
export type CancelBookingArgs = z.input<typeof cancelBookingArgs>;

export const updateBookingArgs = z.object({
  id: idField,
  clientName: requiredText(120).optional(),
  clientPhone: phoneField.optional(),
  clientEmail: optionalEmailField.optional(),
  note: optionalText(1000).optional(),
  status: z.enum(['confirmed', 'no_show']).optional(),
  opId,
});
export type UpdateBookingArgs = z.input<typeof updateBookingArgs>;

export const massNotifyArgs = z.object({
  id: idField,
  masterId: idField,
  body: requiredText(1000),
  createdAt: epochMs,
  opId,
});
export type MassNotifyArgs = z.input<typeof massNotifyArgs>;

export const leaveReviewArgs = z.object({
  id: idField,
  bookingId: idField,
  rating: z.number().int('v.rating').min(1, 'v.rating').max(5, 'v.rating'),
  text: requiredText(3000),
  createdAt: epochMs,
  opId,
});
export type LeaveReviewArgs = z.input<typeof leaveReviewArgs>;

export const markReadArgs = z.object({ids: z.array(idField).min(1).max(200), at: epochMs, opId});
