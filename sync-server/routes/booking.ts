// /api/v1/booking/*: masters, places, exceptions, services, bookings, free
// slots, mass messages, the send log and the calendar feed — the same named
// queries and mutators the app uses, so scoping and validation are those of
// sync. A write that is one mutator is derived from it (rest/write-route.ts);
// who sees which master is shared/booking/access.ts.
import type express from 'express';
import type pg from 'pg';
import {z} from 'zod';
import type {MemberContext} from '#shared/auth/context.ts';
import {visibleBookings, visibleMasters} from '#shared/booking/access.ts';
import {clientsOf} from '#shared/booking/rules.ts';
import {domainError} from '#shared/errors.ts';
import {masterFor, offeredSlots} from '#shared/mutators/booking-access.ts';
import {mutators} from '#shared/mutators/index.ts';
import {queries} from '#shared/queries/index.ts';
import {route} from '../rest/route.ts';
import {rowSchema, toCamel} from '../rest/rows.ts';
import {writeRoute} from '../rest/write-route.ts';
import type {ZeroDb} from '../zero/db.ts';
import type {Executor} from '../zero/execute.ts';

const masterRow = rowSchema('booking_master');
const placeRow = rowSchema('booking_place');
const serviceRow = rowSchema('booking_service');
const bookingRow = rowSchema('booking');
const notificationRow = rowSchema('notification');
const id = z.object({id: z.string().max(64)});

export function bookingRoutes(deps: {pool: pg.Pool; zdb: ZeroDb; executor: Executor; now: () => number; publicUrl: (req: express.Request) => string}) {
  const {zdb} = deps;
  const found = <T>(row: T | undefined): T => {
    if (!row) throw domainError('not_found');
    return row;
  };
  const masters = (ctx: MemberContext) => zdb.run(queries.booking.masters.fn({args: undefined, ctx}));
  const master = async (ctx: MemberContext, masterId: string) => found((await masters(ctx)).find((m) => m.id === masterId));
  const booking = async (ctx: MemberContext, bookingId: string) => found(await zdb.run(visibleBookings(ctx).where('id', bookingId).one()));
  const bookingWrite = {
    tag: 'booking',
    entity: 'booking',
    response: bookingRow,
    read: (ctx: MemberContext, args: {id: string}) => booking(ctx, args.id),
  } as const;

  return [
    route({
      method: 'get',
      path: '/booking/masters',
      tag: 'booking',
      auth: 'member',
      summary: 'Masters you may see (all for managers, yourself for a master), with places, exceptions and services',
      response: z.object({data: z.array(masterRow)}),
      async handler({ctx}) {
        return {body: {data: toCamel(await masters(ctx))}};
      },
    }),
    writeRoute(deps, {
      mutator: mutators.booking.saveMaster,
      method: 'put',
      path: '/booking/masters/:id',
      tag: 'booking',
      entity: 'master',
      summary: 'Create or change a master profile: link, name, booking rules, reminders',
      response: masterRow,
      read: async (ctx, args) => {
        const {member: _m, places: _p, services: _s, ...row} = await master(ctx, args.id);
        return row;
      },
    }),
    writeRoute(deps, {
      mutator: mutators.booking.savePlace,
      method: 'put',
      path: '/booking/places/:id',
      tag: 'booking',
      entity: 'place',
      summary: 'Create or change a place of work: name, address, time zone, weekly hours with breaks',
      response: placeRow,
      read: async (ctx, args) => {
        const {exceptions: _e, ...row} = found((await master(ctx, args.masterId)).places.find((p) => p.id === args.id));
        return row;
      },
    }),
    writeRoute(deps, {
      mutator: mutators.booking.setException,
      method: 'put',
      path: '/booking/places/:id/exceptions/:day',
      pathArgs: {id: 'placeId'},
      tag: 'booking',
      entity: 'place',
      summary: 'A dated exception to the week: a day off (open=false) or other hours',
      status: 204,
    }),
    writeRoute(deps, {
      mutator: mutators.booking.clearException,
      method: 'delete',
      path: '/booking/places/:id/exceptions/:day',
      pathArgs: {id: 'placeId'},
      tag: 'booking',
      entity: 'place',
      summary: 'Remove a dated exception (the weekly hours apply again)',
      status: 204,
    }),
    writeRoute(deps, {
      mutator: mutators.booking.saveService,
      method: 'put',
      path: '/booking/services/:id',
      tag: 'booking',
      entity: 'service',
      summary: 'Create or change a service: duration, buffer after, price (tiyn), the places that offer it',
      response: serviceRow,
      read: async (ctx, args) => found((await master(ctx, args.masterId)).services.find((s) => s.id === args.id)),
    }),
    route({
      method: 'get',
      path: '/booking/masters/:id/slots',
      tag: 'booking',
      auth: 'member',
      summary: 'Free start times a client may book now for a service at a place (epoch ms)',
      params: id,
      query: z.object({
        serviceId: z.string().max(64),
        placeId: z.string().max(64),
        from: z.coerce.number().int().optional(),
        to: z.coerce.number().int().optional(),
      }),
      response: z.object({data: z.array(z.object({start: z.number(), end: z.number()}))}),
      async handler({params, query, ctx}) {
        const m = await master(ctx, params.id);
        const place = m.places.find((p) => p.id === query.placeId);
        const service = m.services.find((s) => s.id === query.serviceId);
        if (!place || !service) throw domainError('not_found');
        const now = deps.now();
        const slots = await zdb.transaction(async (tx) =>
          offeredSlots(tx, ctx, {
            master: (await masterFor(tx, ctx, m.id))!,
            place,
            durationMin: service.duration_min,
            bufferMin: service.buffer_min,
            now,
            ...(query.from !== undefined && query.to !== undefined && {window: {start: query.from, end: query.to}}),
          }),
        );
        return {body: {data: slots}};
      },
    }),
    route({
      method: 'get',
      path: '/booking/bookings',
      tag: 'booking',
      auth: 'member',
      summary: "Bookings between two moments (epoch ms), in time order: one master's, or without masterId every master's the caller may see (the salon's day)",
      query: z.object({masterId: z.string().max(64).optional(), from: z.coerce.number().int(), to: z.coerce.number().int()}),
      response: z.object({data: z.array(bookingRow)}),
      async handler({query: {masterId, from, to}, ctx}) {
        const q = masterId ? queries.booking.bookings.fn({args: {masterId, from, to}, ctx}) : queries.booking.teamBookings.fn({args: {from, to}, ctx});
        return {body: {data: toCamel(await zdb.run(q))}};
      },
    }),
    writeRoute(deps, {
      mutator: mutators.booking.create,
      method: 'post',
      path: '/booking/bookings',
      tag: 'booking',
      entity: 'booking',
      summary: 'Book a client (or block time). A taken time answers 409 with `alternatives`: the nearest free slots',
      response: bookingRow,
      read: (ctx, args) => booking(ctx, args.id),
    }),
    writeRoute(deps, {
      ...bookingWrite,
      mutator: mutators.booking.move,
      method: 'post',
      path: '/booking/bookings/:id/move',
      summary: 'Move a booking to another time (and place); the client is told. 409 with `alternatives` if taken',
    }),
    writeRoute(deps, {
      ...bookingWrite,
      mutator: mutators.booking.cancel,
      method: 'post',
      path: '/booking/bookings/:id/cancel',
      summary: 'Cancel a booking with a reason the client is told',
    }),
    writeRoute(deps, {
      ...bookingWrite,
      mutator: mutators.booking.update,
      method: 'patch',
      path: '/booking/bookings/:id',
      summary: "Change the client's name, phone, email or the note; mark a no-show",
    }),
    route({
      method: 'get',
      path: '/booking/masters/:id/clients',
      tag: 'booking',
      auth: 'member',
      summary: "The master's clients (one per phone): who a message to all clients reaches",
      params: id,
      async handler({params, ctx}) {
        await master(ctx, params.id);
        const rows = await zdb.run(queries.booking.bookings.fn({args: {masterId: params.id, from: 0, to: 8.64e15}, ctx}));
        return {body: {data: clientsOf(rows)}};
      },
    }),
    writeRoute(deps, {
      mutator: mutators.booking.notifyClients,
      method: 'post',
      path: '/booking/masters/:id/notify',
      pathArgs: {id: 'masterId'},
      tag: 'booking',
      entity: 'master',
      summary: 'Send a message to all clients of the master: through each client’s messenger chat (not to those who said “stop”), else by email',
      status: 202,
      response: z.object({id: z.string()}),
      read: async (_ctx, args) => ({id: args.id}),
    }),
    route({
      method: 'get',
      path: '/booking/notifications',
      tag: 'booking',
      auth: 'member',
      summary: "What was sent on a master's behalf and how it went (delivered / failed / skipped, and why)",
      query: z.object({masterId: z.string().max(64).optional()}),
      response: z.object({data: z.array(notificationRow)}),
      async handler({query, ctx}) {
        // Without a master named: the caller's own profile.
        const masterId = query.masterId ?? (await zdb.run(visibleMasters(ctx).where('member_id', ctx.memberID).one()))?.id;
        if (!masterId) return {body: {data: []}};
        return {body: {data: toCamel(await zdb.run(queries.booking.sendLog.fn({args: {masterId}, ctx})))}};
      },
    }),
  ];
}
